# DL3027: read-only apt subcommands (apt list / apt show) are still apt
FROM ubuntu:24.04
RUN apt list --installed > /tmp/pkgs.txt
RUN apt show bash
