# DL3059: a piped RUN followed by a single RUN
FROM alpine:3.22
SHELL ["/bin/ash", "-eo", "pipefail", "-c"]
RUN echo hello | tee /greeting
RUN touch /app-ready
