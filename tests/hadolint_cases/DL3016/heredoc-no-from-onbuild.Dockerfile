# DL3016: learner snippet without FROM: npm install in a heredoc and in an ONBUILD trigger
RUN <<EOF
npm install --save-dev eslint
EOF

ONBUILD RUN npm install --omit=dev left-pad
