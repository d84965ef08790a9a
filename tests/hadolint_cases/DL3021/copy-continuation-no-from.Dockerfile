# DL3021: snippet without FROM, sources over continuation lines
COPY src/main.py \
     src/util.py \
     /app
