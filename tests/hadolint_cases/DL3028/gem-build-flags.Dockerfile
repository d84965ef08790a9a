# DL3028: options after -- are build flags, not gems
FROM ruby:3.3-slim
RUN gem install pg:1.5.6 -- --with-pg-config=/usr/bin/pg_config
