# DL3028: the short alias "gem i"
FROM ruby:3.3-slim
RUN gem i bundler
