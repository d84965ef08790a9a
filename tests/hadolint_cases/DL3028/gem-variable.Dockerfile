# DL3028: gem through a variable and versions through a variable
FROM ruby:3.3-slim
ARG BUNDLER_VERSION=2.5.6
RUN gem install bundler -v "$BUNDLER_VERSION"
RUN GEMS="rake rspec"; gem install $GEMS
