# DL4006: snippet without FROM
RUN curl -fsSL https://example.com/install.sh | bash
