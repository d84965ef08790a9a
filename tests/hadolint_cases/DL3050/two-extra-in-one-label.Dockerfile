# DL3050: two extra labels in one LABEL over continuation lines
FROM alpine:3.22
LABEL org.opencontainers.image.version="1.4.0" \
      build-host="ci-7" \
      build-number="42"
