# DL3040: microdnf install without microdnf clean all
FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4
RUN microdnf install -y nginx-1.20.1
