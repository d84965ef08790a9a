# DL3020: ADD of a git repository URL (git@ / git://) is a remote source, not a local file
FROM alpine:3.20
ADD git@github.com:moby/buildkit.git#v0.13.0 /src/buildkit
ADD https://github.com/moby/moby.git#v26.0.0 /src/moby
