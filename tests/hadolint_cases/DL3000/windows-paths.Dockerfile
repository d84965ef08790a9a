# DL3000: Windows drive-letter paths, forward and back slashes
FROM mcr.microsoft.com/windows/servercore:ltsc2022
WORKDIR C:\app
WORKDIR c:/tools
WORKDIR D:\\data
USER ContainerUser
