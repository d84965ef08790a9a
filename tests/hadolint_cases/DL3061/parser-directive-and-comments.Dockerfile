# syntax=docker/dockerfile:1
# DL3061: parser directive and comments before ARG/FROM are fine
ARG BASE=alpine:3.22
FROM ${BASE}
