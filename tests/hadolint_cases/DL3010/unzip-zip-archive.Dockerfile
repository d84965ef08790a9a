# DL3010: a .zip is not auto-extracted by ADD, so COPY + unzip is fine
FROM debian:12
COPY terraform_1.9.5_linux_amd64.zip /tmp/
RUN unzip /tmp/terraform_1.9.5_linux_amd64.zip -d /usr/local/bin && rm /tmp/terraform_1.9.5_linux_amd64.zip
USER nobody
