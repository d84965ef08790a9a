# DL3028: snippet without FROM
RUN gem install jekyll
