# DL3046: snippet without FROM (as pasted by a learner)
RUN useradd -u 123456789 app
