# DL3034: zypper install without switch inside a heredoc
FROM opensuse/leap:15.6
RUN <<EOF
zypper install nginx=1.21.5
zypper clean
EOF
