# DL3034: snippet without FROM
RUN zypper in git-core=2.43.0 && zypper cc -a
