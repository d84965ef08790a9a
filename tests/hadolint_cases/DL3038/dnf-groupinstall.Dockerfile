# DL3038: dnf groupinstall / group install without -y
FROM fedora:40
RUN dnf groupinstall "Development Tools" && dnf clean all
RUN dnf group install "C Development Tools and Libraries" && dnf clean all
