# DL3018: --virtual / -t take a name (.build-deps) that is not a package to pin
FROM alpine:3.20
RUN apk add --no-cache --virtual .build-deps gcc=13.2.1_git20240309-r0 musl-dev=1.2.5-r0 \
    && apk add --no-cache -t .rt-deps libffi=3.4.6-r0 \
    && apk del .build-deps
USER nobody
