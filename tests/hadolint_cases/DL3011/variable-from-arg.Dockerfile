# DL3011: EXPOSE $PORT with a valid ARG default, and with an out-of-range ARG default
FROM alpine:3.20
ARG PORT=8080
ARG DEBUG_PORT=99999
EXPOSE $PORT
EXPOSE ${DEBUG_PORT}
