# DL3000: a relative path on a Windows image (no drive letter, backslashes) is still relative
FROM mcr.microsoft.com/windows/nanoserver:ltsc2022
WORKDIR C:\inetpub\wwwroot
WORKDIR logs\app
USER ContainerUser
