# DL3035: dist-upgrade after ; and || in a chain
FROM opensuse/leap:15.6
RUN zypper -n ref; zypper -n dup || zypper -n dist-upgrade --allow-vendor-change; zypper clean
