# DL3003: cd later in a multi-line && chain with ; and ||
FROM node:20-bookworm
RUN git clone --depth 1 https://github.com/expressjs/express.git /opt/express \
    && cd /opt/express \
    ; npm ci --omit=dev || true
USER node
