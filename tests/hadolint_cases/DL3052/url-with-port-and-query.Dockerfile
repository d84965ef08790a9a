# DL3052: URL with a port, path, query and fragment
FROM alpine:3.22
LABEL org.opencontainers.image.url="http://localhost:8080/docs/index.html?lang=en#setup"
