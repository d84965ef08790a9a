# DL3020: ADD --checksum of a URL, and ADD --chown of a local file
FROM alpine:3.20
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool-1.0.bin /usr/local/bin/tool
ADD --chown=1000:1000 entrypoint.sh /usr/local/bin/
