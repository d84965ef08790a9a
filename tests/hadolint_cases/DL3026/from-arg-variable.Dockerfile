# DL3026: base image from an ARG whose default is an untrusted registry
ARG BASE=ghcr.io/astral-sh/uv:python3.12-bookworm
FROM ${BASE}
