# DL3028: installing a local .gem file
FROM ruby:3.3-slim
COPY pkg/mygem-0.1.0.gem /tmp/
RUN gem install /tmp/mygem-0.1.0.gem
