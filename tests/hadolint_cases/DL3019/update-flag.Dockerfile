# DL3019: apk add --update (-U) without --no-cache keeps the index
FROM alpine:3.20
RUN apk add --update curl=8.9.1-r1
RUN apk add -U jq=1.7.1-r0
USER nobody
