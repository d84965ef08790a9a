# DL3006: a dotted registry with a port but no tag (registry.example.com:5000/team/app) is untagged
FROM registry.example.com:5000/team/app
RUN echo hi
