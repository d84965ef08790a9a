# DL3002: no USER instruction at all (hadolint does not report this)
FROM alpine:3.20
RUN apk add --no-cache curl=8.9.1-r1
CMD ["sh"]
