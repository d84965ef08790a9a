# DL3011: learner snippet without FROM
EXPOSE 8080
EXPOSE 80800
