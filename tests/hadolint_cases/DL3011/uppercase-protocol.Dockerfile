# DL3011: upper-case protocol (8080/TCP) with a valid number
FROM alpine:3.20
EXPOSE 8080/TCP 5353/UDP
