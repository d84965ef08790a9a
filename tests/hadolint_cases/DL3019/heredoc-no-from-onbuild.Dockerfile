# DL3019: learner snippet without FROM: apk add in a heredoc and an ONBUILD trigger
RUN <<EOF
apk add jq=1.7.1-r0
EOF

ONBUILD RUN apk add tzdata=2024a-r1
