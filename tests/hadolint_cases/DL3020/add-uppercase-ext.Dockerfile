# DL3020: archive extensions in upper case (.TAR.GZ, .TGZ)
FROM debian:12-slim
ADD BACKUP.TAR.GZ /restore/
ADD site.TGZ /srv/
