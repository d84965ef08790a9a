# DL3018: packages through a shell variable set in the same RUN
FROM alpine:3.20
RUN deps='gcc make' && apk add --no-cache $deps
USER nobody
