# DL3063: FROM scratch as the base image (not a stage name) is fine
FROM scratch AS artifact
COPY app /app
