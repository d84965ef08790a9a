# DL4001: curl in RUN and wget in an ONBUILD RUN trigger
FROM debian:12.7
RUN curl -fsSL https://example.com/a.sh -o /a.sh
ONBUILD RUN wget -q https://example.com/b.tgz
