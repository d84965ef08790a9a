# DL3023: COPY --from with the own alias in quotes
FROM debian:12-slim AS tools
COPY --from="tools" /usr/bin/env /tmp/env
