# DL3001: ordinary build commands (mkdir, chmod, useradd) are fine
FROM debian:12
RUN mkdir -p /run/sshd && chmod 0755 /run/sshd
RUN useradd -r -u 10001 app
USER app
