# DL3066: numeric uid with a group name
FROM alpine:3.22
USER 10001:app
