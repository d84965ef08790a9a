# DL3012: learner snippet without FROM
HEALTHCHECK CMD curl -f http://localhost:8080/ || exit 1
HEALTHCHECK CMD curl -f http://localhost:8080/health || exit 1
