# DL3038: -y combined with other short options (-qy)
FROM fedora:40
RUN dnf -qy install nginx-1.26.1 && dnf clean all
