# DL3045: ADD (not COPY) to a relative destination
FROM debian:12-slim
ADD vendor.tar.gz vendor/
