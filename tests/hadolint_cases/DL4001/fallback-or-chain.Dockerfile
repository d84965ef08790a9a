# DL4001: wget with a curl fallback (`||`)
FROM alpine:3.22
RUN wget -q -O /a.tgz https://example.com/a.tgz || curl -fsSL -o /a.tgz https://example.com/a.tgz
