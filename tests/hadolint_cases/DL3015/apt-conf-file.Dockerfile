# DL3015: recommends disabled globally in /etc/apt/apt.conf.d, then a plain install
FROM debian:12
RUN echo 'APT::Install-Recommends "false";' > /etc/apt/apt.conf.d/99norecommends
RUN apt-get update && apt-get install -y curl=7.88.1-10+deb12u8 && rm -rf /var/lib/apt/lists/*
USER nobody
