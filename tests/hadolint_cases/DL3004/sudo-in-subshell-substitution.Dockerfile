# DL3004: sudo inside $( ... ) and in a subshell
FROM ubuntu:24.04
RUN echo "$(sudo cat /etc/shadow | wc -l)" > /n && (sudo true)
USER 1000
