# DL3013: learner snippet without FROM: pip in a heredoc and in sh -c
RUN <<EOF
pip install numpy
EOF

RUN sh -c "pip install pandas"
