# DL3037: snippet without FROM, continuation lines
RUN zypper -n install \
      python3 \
    && zypper clean
