# DL3000: WORKDIR ${APP_HOME} with a variable only defined in the base image, and a relative variable suffix
FROM bitnami/python:3.12
WORKDIR ${APP_HOME}
WORKDIR build/$TARGET
USER 1001
