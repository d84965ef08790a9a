# DL3059: RUN with a two-command && chain followed by a single RUN
FROM alpine:3.22
RUN mkdir -p /app && chown nobody /app
RUN touch /app/ready
