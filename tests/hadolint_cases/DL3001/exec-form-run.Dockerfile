# DL3001: exec (JSON) form RUN ["service", ...]
FROM debian:12
RUN ["service", "nginx", "start"]
RUN ["/bin/sh", "-c", "ps aux"]
USER nobody
