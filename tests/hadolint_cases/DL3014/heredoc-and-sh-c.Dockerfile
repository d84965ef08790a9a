# DL3014: apt-get install without -y inside a heredoc and inside sh -c
FROM debian:12
RUN <<EOF
apt-get update
apt-get install --no-install-recommends jq=1.6-2.1
rm -rf /var/lib/apt/lists/*
EOF

RUN sh -c 'apt-get update && apt-get install --no-install-recommends jq=1.6-2.1'
USER nobody
