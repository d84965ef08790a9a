# DL3003: using WORKDIR instead of cd is fine
FROM gcc:14
COPY . /src
WORKDIR /src
RUN make
USER 1000
