# DL3054: free text Proprietary
FROM alpine:3.22
LABEL org.opencontainers.image.licenses="Proprietary"
