# DL3002: USER "root" in quotes (BuildKit's word processing strips the quotes, so it is root)
FROM alpine:3.20
USER "root"
CMD ["sh"]
