# DL3036: zypper --non-interactive in without clean, with global options before in
FROM opensuse/leap:15.6
RUN zypper --non-interactive --gpg-auto-import-keys in nginx=1.21.5
