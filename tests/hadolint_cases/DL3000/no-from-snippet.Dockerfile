# DL3000: snippet without FROM (what learners paste)
WORKDIR code
COPY requirements.txt .
RUN pip install -r requirements.txt
