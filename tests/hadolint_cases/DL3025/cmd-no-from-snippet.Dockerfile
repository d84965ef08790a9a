# DL3025: snippet without FROM, shell-form CMD
CMD node server.js
