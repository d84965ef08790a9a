# DL3041: snippet without FROM, unpinned package
RUN dnf install -y python3
