# DL3060: yarn --cwd DIR install (option before the subcommand)
FROM node:22
COPY . /src
RUN yarn --cwd /src install --frozen-lockfile
