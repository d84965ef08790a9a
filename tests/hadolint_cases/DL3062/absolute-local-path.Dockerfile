# DL3062: go install /abs/path/to/module (local directory)
FROM golang:1.24
COPY . /src
RUN cd /src && go install /src/cmd/app
