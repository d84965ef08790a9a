# DL3034: zypper refresh / update without a switch (update also asks)
FROM opensuse/leap:15.6
RUN zypper refresh && zypper update && zypper clean
