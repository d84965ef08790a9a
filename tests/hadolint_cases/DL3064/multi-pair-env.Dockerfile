# DL3064: one ENV with several pairs over continuation lines, one sensitive
FROM alpine:3.22
ENV APP_PORT=8080 \
    APP_SECRET_KEY=dev \
    APP_MODE=prod
