# DL4005: ln -t DIR form (link name implied)
FROM debian:12.7
RUN ln -sf -t /bin /bin/bash
