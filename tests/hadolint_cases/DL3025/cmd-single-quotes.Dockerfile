# DL3025: CMD with single-quoted "JSON" is not JSON (shell form)
FROM python:3.12-slim
CMD ['python', 'app.py']
