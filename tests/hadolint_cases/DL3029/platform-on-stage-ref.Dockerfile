# DL3029: --platform on FROM of a previous stage
FROM python:3.12-slim AS base
FROM --platform=linux/amd64 base
