# DL3041: packages in a shell variable set in the same RUN
FROM fedora:40
RUN PKGS="nginx curl"; dnf install -y $PKGS && dnf clean all
