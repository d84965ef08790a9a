# DL3059: a comment between two RUNs does not separate them
FROM alpine:3.22
RUN mkdir -p /app
# make the entrypoint executable
RUN touch /app/ready
