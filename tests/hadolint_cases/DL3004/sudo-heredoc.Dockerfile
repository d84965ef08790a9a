# DL3004: sudo inside a RUN heredoc
FROM ubuntu:24.04
RUN <<EOF
set -e
sudo mkdir -p /opt/tool
EOF

USER 1000
