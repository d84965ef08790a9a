# DL3034: zypper addrepo / dist-upgrade with -n (no install)
FROM opensuse/leap:15.6
RUN zypper addrepo https://download.opensuse.org/repositories/devel:/tools/15.6/devel:tools.repo && zypper -n dup && zypper clean
