# escape=`
# DL3045: Windows absolute destinations (C:\ and c:/)
FROM mcr.microsoft.com/windows/servercore:ltsc2022
COPY app.exe C:\app\
COPY app.dll c:/app/
