# DL3044: an escaped \$ is not a reference
FROM python:3.12-slim
ENV PREFIX=/opt MSG="cost is \$PREFIX"
