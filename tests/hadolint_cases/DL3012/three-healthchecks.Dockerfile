# DL3012: three HEALTHCHECKs: the second and the third are reported
FROM redis:7.4-alpine
HEALTHCHECK CMD redis-cli ping
HEALTHCHECK --retries=5 CMD redis-cli ping
HEALTHCHECK --start-period=10s CMD redis-cli ping
