# DL3023: later stage reuses an earlier alias name and copies from it
FROM alpine:3.20 AS base
RUN echo one > /one
FROM alpine:3.20 AS base
COPY --from=base /one /one
