# DL3046: UID passed through a build ARG (value unknown at lint time)
FROM debian:12.7
ARG APP_UID=1000
RUN useradd -u ${APP_UID} -m app
