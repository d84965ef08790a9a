# DL3003: "cd" only as an argument (echo cd, git clone .../cd.git) is not a cd command
FROM alpine:3.20
RUN echo cd /tmp > /notes.txt && git clone https://example.com/cd.git /opt/cd
USER 1000
