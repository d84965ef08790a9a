# DL3038: dnf install without -y in a heredoc and in ONBUILD
FROM fedora:40
RUN <<EOT
dnf install nginx-1.26.1
dnf clean all
EOT

ONBUILD RUN dnf install curl-8.6.0 && dnf clean all
