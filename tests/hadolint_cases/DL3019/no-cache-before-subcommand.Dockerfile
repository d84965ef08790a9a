# DL3019: --no-cache given as a global option before add (apk --no-cache add)
FROM alpine:3.20
RUN apk --no-cache add curl=8.9.1-r1
USER nobody
