# DL3059: two consecutive exec-form RUNs
FROM alpine:3.22
RUN ["mkdir", "-p", "/app"]
RUN ["touch", "/app/ready"]
