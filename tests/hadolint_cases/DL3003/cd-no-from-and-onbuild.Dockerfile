# DL3003: snippet without FROM, and an ONBUILD RUN cd
RUN cd /app && npm install
ONBUILD RUN cd /app && npm run build
