# DL3002: USER ROOT (user names are case sensitive; ROOT is a different user)
FROM alpine:3.20
USER ROOT
CMD ["sh"]
