# DL3025: CMD and ENTRYPOINT in JSON form
FROM python:3.12-slim
ENTRYPOINT ["python"]
CMD ["app.py"]
