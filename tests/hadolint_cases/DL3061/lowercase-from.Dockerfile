# DL3061: lowercase from still counts as FROM
from alpine:3.22
run echo hello
