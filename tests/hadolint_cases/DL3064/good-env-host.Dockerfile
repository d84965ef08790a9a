# DL3064: ENV with a harmless name
FROM alpine:3.22
ENV DB_HOST=db
