# DL3002: the last USER of the final stage is root
FROM ubuntu:24.04
RUN useradd -r -u 10001 app
USER app
RUN id
USER root
CMD ["bash"]
