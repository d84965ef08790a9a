# DL3013: unpinned names whose versions come from a constraints file (-c / --constraint)
FROM python:3.12-slim
COPY constraints.txt /tmp/
RUN pip install --no-cache-dir -c /tmp/constraints.txt flask gunicorn
RUN pip install --no-cache-dir --constraint=/tmp/constraints.txt celery
USER 1000
