# DL3057: lowercase healthcheck instruction in exec form
FROM python:3.13-slim
healthcheck CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://localhost:8000/health')"]
CMD ["python", "-m", "http.server"]
