# DL3034: zypper remove and patch without a non-interactive switch
FROM opensuse/leap:15.6
RUN zypper remove vim && zypper patch && zypper clean
