# DL3018: comparison constraints (pkg>=1.0, pkg<2) in quotes
FROM alpine:3.20
RUN apk add --no-cache 'python3>=3.12' "openssl<3.4"
USER nobody
