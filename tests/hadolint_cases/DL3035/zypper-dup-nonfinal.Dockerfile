# DL3035: dist-upgrade in a builder stage
FROM opensuse/leap:15.6 AS build
RUN zypper -n dup && zypper -n in gcc=13 && zypper clean
FROM opensuse/leap:15.6
COPY --from=build /usr/bin/gcc /usr/local/bin/
