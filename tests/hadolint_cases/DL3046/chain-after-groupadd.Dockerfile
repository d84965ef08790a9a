# DL3046: useradd in the middle of an && chain with a continuation
FROM debian:12.7
RUN groupadd -g 123456 app \
 && useradd -u 123456 -g app -s /bin/sh app \
 && mkdir -p /home/app
