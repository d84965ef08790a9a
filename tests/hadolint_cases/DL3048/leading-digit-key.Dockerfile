# DL3048: a key that starts with a digit
FROM alpine:3.22
LABEL 2fa.enabled="true"
