# DL3022: COPY --from an undefined stage inside ONBUILD
FROM node:20-alpine
ONBUILD COPY --from=deps /app/node_modules ./node_modules
