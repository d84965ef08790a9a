# DL3041: local rpm file without a version in its name
FROM fedora:40
COPY app.rpm /tmp/
RUN dnf install -y /tmp/app.rpm && dnf clean all
