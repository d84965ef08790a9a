# DL3066: user:group names
FROM alpine:3.22
RUN addgroup -S app && adduser -S -G app app
USER app:app
