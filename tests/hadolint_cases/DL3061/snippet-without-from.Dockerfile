# DL3061: learner snippet without any FROM
RUN apt-get update
RUN apt-get install -y python3
CMD ["python3"]
