# DL3034: zypper install -y / --no-confirm (command options)
FROM opensuse/leap:15.6
RUN zypper install -y nginx=1.21.5 && zypper clean
RUN zypper in --no-confirm curl=8.6.0 && zypper clean
