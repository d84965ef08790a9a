# DL3007: tag spelled LATEST / Latest (tags are case sensitive: not the "latest" tag)
FROM nginx:Latest
RUN echo hi
