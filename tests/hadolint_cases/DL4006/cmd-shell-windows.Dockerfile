# DL4006: cmd.exe SHELL on Windows
FROM mcr.microsoft.com/windows/servercore:ltsc2022
SHELL ["cmd", "/S", "/C"]
RUN dir C:\ | findstr Windows
