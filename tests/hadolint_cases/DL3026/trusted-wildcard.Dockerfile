# DL3026: registry matching the *.gcr.io wildcard, and one that does not
FROM eu.gcr.io/my-project/app:1.0 AS app
FROM gcr.io/distroless/static-debian12:nonroot
