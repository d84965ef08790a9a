# DL3034: zypper install without a non-interactive switch
FROM opensuse/leap:15.6
RUN zypper install nginx=1.21.5 && zypper clean
