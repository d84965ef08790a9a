# DL3019: the second apk add of a chain lacks --no-cache; one more inside sh -c
FROM alpine:3.20
RUN apk add --no-cache curl=8.9.1-r1 && apk add jq=1.7.1-r0
RUN sh -c 'apk add git=2.45.2-r0'
USER nobody
