# DL3003: plain "cd dir && make" is reported
FROM gcc:14
COPY . /src
RUN cd /src && make
USER 1000
