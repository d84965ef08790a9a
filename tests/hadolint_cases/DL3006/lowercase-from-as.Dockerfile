# DL3006: lowercase instruction keywords (from ... as ...) with an untagged image
from python as base
run echo hi
