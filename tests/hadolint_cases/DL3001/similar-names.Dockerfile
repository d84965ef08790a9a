# DL3001: commands with similar names (ssh-keygen, vimdiff, pstree, killall, umount, systemctl) are not in the list
FROM debian:12
RUN ssh-keygen -A && killall -q cron; umount /mnt || true
RUN systemctl enable nginx && pstree
USER nobody
