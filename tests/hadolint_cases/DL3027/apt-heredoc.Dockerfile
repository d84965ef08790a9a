# DL3027: apt inside a RUN heredoc
FROM ubuntu:24.04
RUN <<EOT
apt update
apt install -y curl=8.5.0-2ubuntu10
rm -rf /var/lib/apt/lists/*
EOT
