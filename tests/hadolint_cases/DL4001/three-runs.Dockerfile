# DL4001: curl, wget, curl in three RUNs
FROM debian:12.7
RUN curl -fsSL https://example.com/a -o /a
RUN wget -q https://example.com/b
RUN curl -fsSL https://example.com/c -o /c
