# DL3018: unpinned apk add in a non-final stage and inside sh -c
FROM alpine:3.20 AS build
RUN apk add --no-cache build-base
RUN sh -c 'apk add --no-cache cmake'
FROM alpine:3.20
COPY --from=build /usr/bin/make /usr/bin/make
USER nobody
