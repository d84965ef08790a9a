# DL3006: a registry port is not a tag (localhost:5000/team/app is untagged)
FROM localhost:5000/team/app
RUN echo hi
