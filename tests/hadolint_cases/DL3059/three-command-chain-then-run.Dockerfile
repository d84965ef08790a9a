# DL3059: RUN with three chained commands followed by a single RUN (deliberate split)
FROM alpine:3.22
RUN mkdir -p /app && chown nobody /app && chmod 750 /app
RUN touch /app/ready
