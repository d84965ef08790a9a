# DL3018: apk del / apk info / apk upgrade do not install a named package
FROM alpine:3.20
RUN apk upgrade --no-cache && apk info -v && apk del --no-cache curl
USER nobody
