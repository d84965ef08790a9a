# DL3018: global options before the subcommand (apk --no-cache add, apk -U add)
FROM alpine:3.20
RUN apk --no-cache add git
RUN apk -U --no-cache add bash=5.2.26-r0
USER nobody
