# DL3041: capability and path provides (python3dist(flask), /usr/bin/pg_config)
FROM fedora:40
RUN dnf install -y 'python3dist(flask)' /usr/bin/pg_config && dnf clean all
