# DL3044: reference inside single quotes is not expanded
FROM python:3.12-slim
ENV A=1 B='$A'
