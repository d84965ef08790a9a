# DL4001: snippet without FROM
RUN curl -fsSL https://example.com/a -o /a
RUN wget -q https://example.com/b
