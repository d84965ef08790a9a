# DL3026: untrusted registry with a digest reference
FROM mcr.microsoft.com/dotnet/runtime@sha256:7b8a9f4c5e4b1c3e8a1a6f2d0f3e4c9b8a7d6e5f4c3b2a1908f7e6d5c4b3a291
