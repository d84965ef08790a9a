# DL3029: lowercase from with --platform and an alias
from --platform=linux/amd64 ubuntu:24.04 as base
