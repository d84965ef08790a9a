# DL4003: one CMD and one ENTRYPOINT
FROM alpine:3.22
ENTRYPOINT ["echo"]
CMD ["hello"]
