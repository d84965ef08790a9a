# DL3051: empty schema label in a non-final stage
FROM alpine:3.22 AS build
LABEL org.opencontainers.image.authors=""
RUN echo build > /out

FROM alpine:3.22
LABEL org.opencontainers.image.authors="Ann Lee" org.opencontainers.image.vendor="Example Corp"
COPY --from=build /out /out
