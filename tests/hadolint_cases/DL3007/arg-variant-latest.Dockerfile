# DL3007: FROM elixir:${VARIANT} where ARG VARIANT=latest (hadolint does not expand ARGs)
ARG VARIANT=latest
FROM elixir:${VARIANT}
RUN elixir --version
