# DL3036: the zypper cache is a cache mount
FROM opensuse/leap:15.6
RUN --mount=type=cache,target=/var/cache/zypp zypper -n install nginx=1.21.5
