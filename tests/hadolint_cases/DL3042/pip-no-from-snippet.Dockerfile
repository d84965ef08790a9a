# DL3042: snippet without FROM, pip install on a continuation line
RUN apt-get update && \
    pip install requests==2.32.3
