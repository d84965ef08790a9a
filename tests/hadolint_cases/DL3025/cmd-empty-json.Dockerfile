# DL3025: CMD [] (empty JSON array) resets the command
FROM python:3.12-slim
ENTRYPOINT ["/docker-entrypoint.sh"]
CMD []
