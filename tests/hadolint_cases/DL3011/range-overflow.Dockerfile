# DL3011: a range whose upper end exceeds 65535
FROM alpine:3.20
EXPOSE 65530-65540
