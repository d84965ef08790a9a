# DL3047: wget inside a RUN heredoc
FROM debian:12.7
RUN <<EOF
set -e
wget https://example.com/app.tar.gz
tar -xzf app.tar.gz
EOF
