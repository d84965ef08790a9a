# DL3040: snippet without FROM
RUN dnf install -y git-2.45.2
