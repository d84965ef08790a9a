# DL3018: learner snippet without FROM: apk add in a heredoc and an ONBUILD trigger
RUN <<EOF
apk add --no-cache jq
EOF

ONBUILD RUN apk add --no-cache tzdata
