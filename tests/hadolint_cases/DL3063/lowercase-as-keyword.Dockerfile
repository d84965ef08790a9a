# DL3063: lowercase `as` keyword with lowercase reserved name
from alpine:3.22 as scratch
run echo hi
