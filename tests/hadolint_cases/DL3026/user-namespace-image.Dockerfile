# DL3026: Docker Hub user/repo image without a registry host (docker.io)
FROM bitnami/redis:7.2
