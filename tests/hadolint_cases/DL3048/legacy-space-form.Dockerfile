# DL3048: legacy LABEL key value form with a valid key
FROM alpine:3.22
LABEL description A small web image
