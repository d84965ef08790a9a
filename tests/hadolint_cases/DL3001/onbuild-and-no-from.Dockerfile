# DL3001: snippet without FROM, plus an ONBUILD RUN trigger
RUN service postgresql start
ONBUILD RUN ssh-keyscan github.com >> /etc/ssh/ssh_known_hosts && ssh -T git@github.com
