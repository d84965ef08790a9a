# DL3028: gem update --system is not an install
FROM ruby:3.3-slim
RUN gem update --system 3.5.6 && gem cleanup
