# DL3011: a reversed range (9000-8000), which Docker rejects as an invalid range
FROM alpine:3.20
EXPOSE 9000-8000
