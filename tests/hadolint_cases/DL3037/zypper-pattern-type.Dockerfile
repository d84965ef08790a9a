# DL3037: pattern install with -t pattern
FROM opensuse/leap:15.6
RUN zypper -n install -t pattern devel_basis && zypper clean
