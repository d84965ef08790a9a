# DL3037: local rpm file
FROM opensuse/leap:15.6
COPY app.rpm /tmp/
RUN zypper -n install /tmp/app.rpm && zypper clean
