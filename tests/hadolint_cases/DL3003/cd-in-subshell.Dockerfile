# DL3003: cd inside a ( ... ) subshell, which is the idiomatic scoped form
FROM debian:12
RUN (cd /tmp && tar xzf /opt/pkg.tar.gz) && rm /opt/pkg.tar.gz
USER 1000
