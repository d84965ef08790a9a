# DL3065: a literal platform is not redundant
FROM --platform=linux/amd64 alpine:3.22
