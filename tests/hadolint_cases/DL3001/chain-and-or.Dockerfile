# DL3001: commands later in && / || / ; chains (ps, kill, free)
FROM ubuntu:24.04
RUN ps aux | grep nginx || true
RUN pkill -f nginx; kill -9 1 || echo "no process"
RUN free -m && df -h
USER nobody
