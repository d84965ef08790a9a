# DL3020: ADD of a local .zip (ADD does not unpack zip files)
FROM debian:12-slim
ADD release.zip /opt/release/
