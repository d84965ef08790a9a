# DL3025: CMD in JSON form split over continuation lines
FROM python:3.12-slim
CMD ["gunicorn", \
     "--bind", "0.0.0.0:8000", \
     "app:app"]
