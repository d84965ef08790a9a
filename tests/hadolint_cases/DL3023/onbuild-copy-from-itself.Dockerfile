# DL3023: ONBUILD COPY --from naming the current stage
FROM node:20-alpine AS base
ONBUILD COPY --from=base /app /app
