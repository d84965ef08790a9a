# DL3019: apk add without --no-cache in a build stage that does not reach the final image
FROM alpine:3.20 AS build
RUN apk add build-base=0.5-r3
RUN make -C /src
FROM alpine:3.20
COPY --from=build /src/app /app
USER nobody
