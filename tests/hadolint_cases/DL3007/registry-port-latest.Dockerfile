# DL3007: :latest after a registry with a port (registry.example.com:5000/app:latest)
FROM registry.example.com:5000/team/app:latest
RUN echo hi
