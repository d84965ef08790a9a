# DL3059: a heredoc RUN followed by a single-command RUN (blank line: hadolint needs it after EOF)
FROM alpine:3.22
RUN <<EOF
mkdir -p /app
EOF

RUN touch /app/ready
