# DL3015: learner snippet without FROM, and an ONBUILD trigger
RUN apt-get install -y python3
ONBUILD RUN apt-get update && apt-get install -y curl=7.88.1-10+deb12u8
