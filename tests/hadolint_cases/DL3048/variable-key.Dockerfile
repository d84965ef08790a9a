# DL3048: a key built from a variable
FROM alpine:3.22
ARG NS=org.example
LABEL ${NS}.team="payments"
