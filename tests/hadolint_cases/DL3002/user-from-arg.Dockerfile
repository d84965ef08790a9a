# DL3002: USER ${RUN_AS} where the ARG default is root (hadolint does not expand variables)
FROM alpine:3.20
ARG RUN_AS=root
USER ${RUN_AS}
CMD ["sh"]
