# DL3026: localhost registry (no dot in host) with a digest
FROM localhost:5000/tools@sha256:7b8a9f4c5e4b1c3e8a1a6f2d0f3e4c9b8a7d6e5f4c3b2a1908f7e6d5c4b3a291
