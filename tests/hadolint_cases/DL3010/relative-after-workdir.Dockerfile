# DL3010: archive copied to WORKDIR and extracted by a relative name (tar xf, old-style options)
FROM debian:12
WORKDIR /opt/app
COPY dist.tar.xz .
RUN tar xf dist.tar.xz && rm dist.tar.xz
USER nobody
