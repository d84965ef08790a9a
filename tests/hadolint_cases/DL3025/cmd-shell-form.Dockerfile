# DL3025: CMD in shell form
FROM python:3.12-slim
CMD python app.py
