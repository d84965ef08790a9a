# DL3044: global ARG before FROM (not in scope in the stage) then a same-statement reference
ARG BASE_DIR=/opt
FROM python:3.12-slim
ENV BASE_DIR=/srv APP=$BASE_DIR/app
