# DL3066: Windows USER ContainerUser
FROM mcr.microsoft.com/windows/nanoserver:ltsc2022
USER ContainerUser
