# DL3034: -y combined with other short options (-yl) and -n after other global options
FROM opensuse/leap:15.6
RUN zypper --gpg-auto-import-keys -n install nginx=1.21.5 && zypper clean
RUN zypper install -yl curl=8.6.0 && zypper clean
