# DL1001: a "# hadolint stage ignore=" pragma inside a build stage
FROM alpine:3.20 AS build
# hadolint stage ignore=DL3018
RUN apk add --no-cache gcc musl-dev

FROM alpine:3.20
COPY --from=build /usr/bin/gcc /usr/bin/gcc
USER nobody
