# DL3003: cd inside a for loop and an if block
FROM debian:12
RUN for d in /opt/a /opt/b; do cd "$d" && ./configure; done
RUN if [ -d /opt/c ]; then cd /opt/c; fi
USER 1000
