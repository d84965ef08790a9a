# DL3002: app:root (non-root user in the root group, OpenShift style) is not root
FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4
USER 1001:0
CMD ["id"]
