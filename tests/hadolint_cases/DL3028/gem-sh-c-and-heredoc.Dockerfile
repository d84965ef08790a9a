# DL3028: gem install inside sh -c and inside a heredoc
FROM ruby:3.3-slim
RUN sh -c 'gem install rubocop'
RUN <<EOF
gem install solargraph
EOF
