# DL3064: snippet without FROM
ENV SECRET_KEY=dev
