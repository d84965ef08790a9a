# DL1001: no pragma at all, only ordinary comments, is clean
FROM alpine:3.20
# install curl for the healthcheck
RUN apk add --no-cache curl=8.9.1-r1
USER nobody
