# DL3008: apt-get install inside sh -c '...'
FROM debian:12
RUN sh -c 'apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*'
