# DL3014: learner snippet without FROM, and an ONBUILD trigger
RUN apt-get install python3
ONBUILD RUN apt-get update && apt-get install --no-install-recommends curl=7.88.1-10+deb12u8
