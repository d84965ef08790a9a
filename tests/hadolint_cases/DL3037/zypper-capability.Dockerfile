# DL3037: capability syntax (perl(Foo)) and name.arch
FROM opensuse/leap:15.6
RUN zypper -n install 'perl(JSON)' glibc-32bit && zypper clean
