# DL3048: a key with a slash and an underscore (allowed since hadolint PR #1034)
FROM alpine:3.22
LABEL org.example/team_name="payments"
