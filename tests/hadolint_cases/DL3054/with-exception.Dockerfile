# DL3054: SPDX expression with WITH exception
FROM alpine:3.22
LABEL org.opencontainers.image.licenses="Apache-2.0 WITH LLVM-exception"
