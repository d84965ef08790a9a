# DL3028: options that take a value before a pinned gem
FROM ruby:3.3-slim
RUN gem install --no-document --install-dir /usr/local/bundle --source https://rubygems.org rake:13.1.0
