# DL3003: cd in exec-form RUN ["sh", "-c", "cd ..."] and a bare ["cd", "/x"]
FROM alpine:3.20
RUN ["sh", "-c", "cd /tmp && touch x"]
RUN ["cd", "/tmp"]
USER 1000
