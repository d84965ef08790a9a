# DL3038: --setopt=assumeyes=True instead of -y, and dnf5
FROM fedora:41
RUN dnf --setopt=assumeyes=True install nginx-1.26.1 && dnf clean all
RUN dnf5 install curl-8.9.1 && dnf5 clean all
