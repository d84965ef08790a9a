# DL3012: duplicate HEALTHCHECKs written over several lines
FROM postgres:16-alpine
HEALTHCHECK --interval=10s \
    --timeout=5s \
    CMD pg_isready -U postgres
HEALTHCHECK \
    CMD pg_isready -U postgres -d app
