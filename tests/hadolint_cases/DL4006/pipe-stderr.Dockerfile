# DL4006: |& (pipe stdout and stderr) under SHELL bash without pipefail
FROM debian:12.7
SHELL ["/bin/bash", "-c"]
RUN make 2>&1 |& tee /tmp/build.log
