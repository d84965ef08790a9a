# DL3010: archive copied from another stage (COPY --from) and extracted; ADD cannot take --from sources of a stage and extract
FROM alpine:3.20 AS fetch
RUN wget -q -O /out.tar.gz https://example.com/tool-1.0.tar.gz
FROM debian:12
COPY --from=fetch /out.tar.gz /tmp/
RUN tar -xzf /tmp/out.tar.gz -C /opt
USER nobody
