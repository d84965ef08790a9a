# DL3066: USER $UID where UID is not a declared ARG
FROM alpine:3.22
USER $UID
