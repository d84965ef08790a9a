# DL3038: dnf aliases (in, rei, up) and upgrade-minimal without -y
FROM fedora:40
RUN dnf in nginx-1.26.1 && dnf clean all
RUN dnf rei bash && dnf clean all
RUN dnf up && dnf clean all
RUN dnf upgrade-minimal && dnf clean all
