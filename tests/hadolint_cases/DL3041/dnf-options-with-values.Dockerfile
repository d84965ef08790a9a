# DL3041: options taking a value (--enablerepo X, --setopt, --releasever=) before pinned packages
FROM rockylinux:9
RUN dnf install -y --enablerepo crb --setopt=install_weak_deps=False --releasever=9 ninja-build-1.10.2 && dnf clean all
