# DL3047: snippet without FROM
RUN wget https://example.com/app.tar.gz
