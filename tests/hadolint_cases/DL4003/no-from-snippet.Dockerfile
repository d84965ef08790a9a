# DL4003: snippet without FROM with two CMDs
CMD ["python3", "app.py"]
CMD ["python3", "main.py"]
