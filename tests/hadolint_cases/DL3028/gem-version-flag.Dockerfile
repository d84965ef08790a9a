# DL3028: gem install with -v / --version flags
FROM ruby:3.3-slim
RUN gem install rails -v 7.1.3
RUN gem install bundler --version '~> 2.5'
RUN gem install nokogiri --version=1.16.2
