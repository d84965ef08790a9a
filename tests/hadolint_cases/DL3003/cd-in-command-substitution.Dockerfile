# DL3003: cd inside $( ... ) command substitution
FROM debian:12
RUN echo "root is $(cd / && pwd)" > /root.txt
USER 1000
