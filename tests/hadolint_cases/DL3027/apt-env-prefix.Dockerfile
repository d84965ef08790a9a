# DL3027: apt with an environment assignment prefix
FROM ubuntu:24.04
RUN DEBIAN_FRONTEND=noninteractive apt install -y tzdata=2024a-2ubuntu1
