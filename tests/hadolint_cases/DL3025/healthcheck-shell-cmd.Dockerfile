# DL3025: HEALTHCHECK CMD in shell form is not CMD/ENTRYPOINT
FROM nginx:1.27-alpine
HEALTHCHECK --interval=30s CMD wget -q -O /dev/null http://localhost/ || exit 1
CMD ["nginx", "-g", "daemon off;"]
