# DL3048: consecutive separators (..) are invalid
FROM alpine:3.22
LABEL org..example.team="payments"
