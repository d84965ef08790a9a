# DL3008: learner snippet without FROM
RUN apt-get install python
