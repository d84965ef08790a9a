# DL3011: an invalid port in a non-final stage and in an ONBUILD trigger
FROM alpine:3.20 AS dev
EXPOSE 123456
FROM alpine:3.20
ONBUILD EXPOSE 80000
