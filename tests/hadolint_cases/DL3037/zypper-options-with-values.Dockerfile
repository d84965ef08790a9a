# DL3037: options that take a value (--from repo, -r repo) before pinned packages
FROM opensuse/leap:15.6
RUN zypper -n install --from devel-tools -r oss nginx=1.21.5 && zypper clean
