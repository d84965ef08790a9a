# DL3064: GPG_KEY holding a public key fingerprint (as in official images)
FROM alpine:3.22
ENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D
