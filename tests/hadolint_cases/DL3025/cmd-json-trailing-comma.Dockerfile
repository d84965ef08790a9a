# DL3025: CMD with a trailing comma in the array is invalid JSON (shell form)
FROM python:3.12-slim
CMD ["python", "app.py",]
