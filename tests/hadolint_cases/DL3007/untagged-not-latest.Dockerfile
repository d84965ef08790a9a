# DL3007: an untagged image implies latest but is DL3006's job, not DL3007's
FROM debian
RUN echo hi
