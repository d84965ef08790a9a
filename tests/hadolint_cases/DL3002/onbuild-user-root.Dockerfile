# DL3002: ONBUILD USER root in the final stage (trigger only runs in child images)
FROM alpine:3.20
USER nobody
ONBUILD USER root
CMD ["sh"]
