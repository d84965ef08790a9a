# DL3048: a key with an underscore (build_date) is invalid
FROM alpine:3.22
LABEL build_date="2026-01-02"
