# DL3058: quoted local part with a space
FROM alpine:3.22
LABEL maintainer='"ann lee"@example.com'
