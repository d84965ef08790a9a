# DL3065: lowercase from with the redundant flag
from --platform=$TARGETPLATFORM alpine:3.22
