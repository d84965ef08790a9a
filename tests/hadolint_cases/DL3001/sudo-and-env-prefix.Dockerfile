# DL3001: pointless command after a prefix (sudo, env VAR=x, VAR=x)
FROM ubuntu:24.04
RUN sudo service nginx restart
RUN env TERM=xterm top -b -n 1
RUN TERM=dumb vim -c ':q'
USER nobody
