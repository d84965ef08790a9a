# DL3048: invalid key in an ONBUILD LABEL trigger
FROM alpine:3.22
ONBUILD LABEL Build_Host="ci"
