# DL3059: RUNs separated by a COPY are not consecutive
FROM alpine:3.22
RUN mkdir -p /app
COPY . /app
RUN chmod +x /app/run.sh
