# DL3007: latest tag pinned by a digest (image:latest@sha256:...) is immutable
FROM alpine:latest@sha256:0a4eaa0eecf5f8c050e5bba433f58c052be7587ee8af3e8b3910ef9ab5fbe9f5
RUN echo hi
