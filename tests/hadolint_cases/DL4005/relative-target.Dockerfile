# DL4005: ln -sf bash /bin/sh (relative link target)
FROM debian:12.7
RUN ln -sf bash /bin/sh
