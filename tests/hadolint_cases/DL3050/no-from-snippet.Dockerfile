# DL3050: snippet without FROM with an extra label
LABEL build-host="ci-7"
