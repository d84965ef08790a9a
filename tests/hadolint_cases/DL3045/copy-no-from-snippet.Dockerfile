# DL3045: snippet without FROM
COPY requirements.txt ./
