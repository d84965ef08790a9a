# DL3049: snippet without FROM that sets one schema label
LABEL org.opencontainers.image.authors="Ann Lee"
RUN echo hello
