# DL3009: learner snippet without FROM
RUN apt-get update && apt-get install -y --no-install-recommends python3=3.11.2-1+b1
