# DL3064: a *_PASSWORD_FILE path (Docker secrets convention, no secret in the image)
FROM postgres:17
ENV POSTGRES_PASSWORD_FILE=/run/secrets/db_password
