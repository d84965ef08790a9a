# escape=`
# DL3020: Windows image: ADD of a local file and of a zip with Windows paths
FROM mcr.microsoft.com/windows/servercore:ltsc2022
ADD app.exe C:\app\
ADD tools.zip C:\tools\
