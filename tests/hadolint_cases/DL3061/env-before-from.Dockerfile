# DL3061: ENV before FROM (only ARG may precede it)
ENV APP_HOME=/app
FROM alpine:3.22
WORKDIR $APP_HOME
