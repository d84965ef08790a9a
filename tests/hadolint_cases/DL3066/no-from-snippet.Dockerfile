# DL3066: snippet without FROM
USER app
