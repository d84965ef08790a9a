# DL3021: COPY with two heredoc sources to a destination without slash
FROM alpine:3.20
COPY <<one.txt <<two.txt /etc/conf
one
one.txt
two
two.txt
