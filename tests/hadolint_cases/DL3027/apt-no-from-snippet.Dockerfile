# DL3027: snippet without FROM, apt on a continuation line
RUN apt-get update && \
    apt install -y python3
