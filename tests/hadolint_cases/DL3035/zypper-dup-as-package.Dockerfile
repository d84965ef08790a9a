# DL3035: the word dup as an argument of another subcommand (search)
FROM opensuse/leap:15.6
RUN zypper -n search dup
