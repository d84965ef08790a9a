# DL3009: the only rm -rf removes something else ("$GNUPGHOME"), the lists stay
FROM debian:12
RUN export GNUPGHOME="$(mktemp -d)" \
    && apt-get update \
    && apt-get install -y --no-install-recommends gnupg=2.2.40-1.1 \
    && rm -rf "$GNUPGHOME"
USER nobody
