# DL3002: USER root for setup followed by an unprivileged USER is fine
FROM ubuntu:24.04
USER root
RUN useradd -r -u 10001 app
USER app
CMD ["bash"]
