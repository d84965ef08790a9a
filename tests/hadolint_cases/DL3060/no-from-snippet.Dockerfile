# DL3060: snippet without FROM
RUN yarn install
