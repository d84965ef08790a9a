# DL3038: microdnf install without -y (microdnf never prompts)
FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4
RUN microdnf install nginx-1.20.1 && microdnf clean all
