# DL3059: snippet without FROM with two RUNs
RUN apt-get update
RUN apt-get install -y python3
