# DL3028: gem install without a version
FROM ruby:3.3-slim
RUN gem install rails
