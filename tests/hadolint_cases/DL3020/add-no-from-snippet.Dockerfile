# DL3020: snippet without FROM, ADD of a local dir
ADD ./config /etc/myapp/
