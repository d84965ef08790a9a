# DL4004: shell-form ENTRYPOINT then exec-form ENTRYPOINT
FROM alpine:3.22
ENTRYPOINT /usr/local/bin/app --flag
ENTRYPOINT ["/usr/local/bin/app"]
