# DL3011: EXPOSE ${PORT} and $PORT/udp where PORT comes from the base image's ENV
FROM bitnami/node:20
EXPOSE ${PORT}
EXPOSE $PORT/udp
