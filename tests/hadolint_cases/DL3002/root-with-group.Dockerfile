# DL3002: root:staff (user root, non-root group) is still root
FROM debian:12
USER root:staff
CMD ["id"]
