# DL3013: other specifiers: >=,<  ~=  ===  and extras with a version, in quotes
FROM python:3.12-slim
RUN pip install --no-cache-dir 'django>=4.2,<5.0' "requests[socks]~=2.32" uvloop===0.19.0
USER 1000
