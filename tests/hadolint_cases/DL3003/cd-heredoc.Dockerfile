# DL3003: cd inside a RUN heredoc script
FROM python:3.12-slim
RUN <<EOF
set -eux
cd /usr/src
python -m compileall .
EOF

USER 1000
