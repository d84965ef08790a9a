# DL3040: dnf upgrade / up / upgrade-minimal / reinstall / rei / in, and update, without cleanup
FROM fedora:40
RUN dnf -y upgrade
RUN dnf -y up
RUN dnf -y upgrade-minimal
RUN dnf -y reinstall bash
RUN dnf -y rei bash
RUN dnf -y in nginx-1.26.1
RUN dnf -y update
