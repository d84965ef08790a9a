# DL4004: snippet without FROM
ENTRYPOINT ["/a"]
ENTRYPOINT ["/b"]
