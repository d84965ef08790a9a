# DL3036: zypper update / patch also fill the cache
FROM opensuse/leap:15.6
RUN zypper -n update
RUN zypper -n patch
