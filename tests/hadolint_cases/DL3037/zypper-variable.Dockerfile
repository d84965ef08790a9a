# DL3037: packages in a shell variable set in the same RUN
FROM opensuse/leap:15.6
RUN PKGS="nginx curl"; zypper -n install $PKGS && zypper clean
