# DL3011: ordinary ports with and without /tcp, /udp are fine
FROM nginx:1.27-alpine
EXPOSE 80 443/tcp 53/udp
