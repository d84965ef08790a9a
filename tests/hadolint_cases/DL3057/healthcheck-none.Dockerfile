# DL3057: HEALTHCHECK NONE explicitly disables the inherited check
FROM nginx:1.27
HEALTHCHECK NONE
