# DL3026: image from quay.io, which is not in trustedRegistries
FROM quay.io/prometheus/node-exporter:v1.8.0
