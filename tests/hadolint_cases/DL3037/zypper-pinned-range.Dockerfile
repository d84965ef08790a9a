# DL3037: version ranges (quoted >= and <)
FROM opensuse/leap:15.6
RUN zypper -n install 'nginx>=1.21' "curl<9" && zypper clean
