# DL3047: two wgets in one RUN, only the second is missing -q
FROM debian:12.7
RUN wget -q https://example.com/a.tgz \
 && wget https://example.com/b.tgz
