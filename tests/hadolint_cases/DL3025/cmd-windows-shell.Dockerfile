# escape=`
# DL3025: Windows image, shell-form CMD with a Windows path
FROM mcr.microsoft.com/windows/servercore:ltsc2022
CMD C:\app\app.exe --serve
