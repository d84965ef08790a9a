# DL3048: com.docker.* label keys are reserved
FROM alpine:3.22
LABEL com.docker.version="1.0"
