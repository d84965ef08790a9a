# DL3041: dnf alias "in" with an unpinned package
FROM fedora:40
RUN dnf -y in nginx && dnf clean all
