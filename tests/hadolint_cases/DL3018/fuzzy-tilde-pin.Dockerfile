# DL3018: apk's fuzzy version constraint pkg~1.2 (and pkg=~1.2) pins a version series
FROM alpine:3.20
RUN apk add --no-cache 'nodejs~20.15' 'npm=~10.8'
USER nobody
