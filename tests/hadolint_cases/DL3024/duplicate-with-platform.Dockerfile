# DL3024: duplicate alias on stages with --platform flags and ARG base
ARG BASE=alpine:3.20
FROM --platform=$BUILDPLATFORM ${BASE} AS tools
FROM --platform=$BUILDPLATFORM ${BASE} AS tools
