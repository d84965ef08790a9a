# DL3024: aliases that differ only in case (Docker treats stage names case-insensitively)
FROM node:20-alpine AS Deps
RUN npm ci
FROM node:20-alpine AS deps
RUN npm ci --omit=dev
