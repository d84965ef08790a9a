# DL3064: sensitive ENV inside an ONBUILD trigger
FROM alpine:3.22
ONBUILD ENV API_TOKEN=abc
