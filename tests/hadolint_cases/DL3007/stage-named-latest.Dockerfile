# DL3007: platform flag plus latest, and lowercase "from"
from --platform=linux/amd64 debian:latest as base
run echo hi
