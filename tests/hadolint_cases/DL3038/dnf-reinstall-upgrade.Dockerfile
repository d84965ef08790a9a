# DL3038: dnf reinstall / upgrade without -y
FROM fedora:40
RUN dnf reinstall bash && dnf upgrade && dnf clean all
