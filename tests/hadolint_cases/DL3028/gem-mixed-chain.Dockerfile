# DL3028: one pinned and one unpinned gem across a && chain and continuation
FROM ruby:3.3-slim
RUN gem install bundler:2.5.6 && \
    gem install foreman --no-document
