# DL3002: snippet without FROM ending with USER root
RUN apt-get update
USER root
