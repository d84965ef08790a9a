# DL3024: duplicate alias with lowercase "as" keyword
from alpine:3.20 as base
run echo a
from alpine:3.20 as base
run echo b
