# DL3061: instructions after a later FROM are fine
FROM alpine:3.22 AS build
RUN echo build > /out
FROM alpine:3.22
COPY --from=build /out /out
