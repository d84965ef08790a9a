# DL3048: a quoted valid key is fine
FROM alpine:3.22
LABEL "org.example.team"="payments"
