# DL3011: boundary values 0 and 65535 are valid, 65536 is not
FROM alpine:3.20
EXPOSE 0 65535
EXPOSE 65536
