# DL3037: zypper in (short) with one pinned and one unpinned package
FROM opensuse/leap:15.6
RUN zypper -n in git-core=2.43.0 vim && zypper clean
