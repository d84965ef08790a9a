# DL3034: zypper source-install / si without a switch
FROM opensuse/leap:15.6
RUN zypper si nginx && zypper clean
