# DL4003: ONBUILD CMD plus a CMD
FROM alpine:3.22
ONBUILD CMD ["echo", "child"]
CMD ["echo", "parent"]
