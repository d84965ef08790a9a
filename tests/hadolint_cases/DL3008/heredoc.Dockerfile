# DL3008: apt-get install inside a RUN heredoc
FROM debian:12
RUN <<EOF
set -eux
apt-get update
apt-get install -y --no-install-recommends jq
rm -rf /var/lib/apt/lists/*
EOF

