# DL3038: snippet without FROM, install on a continuation line
RUN dnf update -y && \
    dnf install python3-3.12.3 && \
    dnf clean all
