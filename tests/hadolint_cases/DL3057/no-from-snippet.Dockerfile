# DL3057: snippet without FROM
RUN apt-get install python
