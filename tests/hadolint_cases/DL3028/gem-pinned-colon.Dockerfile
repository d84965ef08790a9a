# DL3028: gem install with name:version
FROM ruby:3.3-slim
RUN gem install rails:7.1.3 bundler:2.5.6
