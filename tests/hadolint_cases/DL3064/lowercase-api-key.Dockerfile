# DL3064: lowercase api_key
FROM alpine:3.22
ARG api_key
