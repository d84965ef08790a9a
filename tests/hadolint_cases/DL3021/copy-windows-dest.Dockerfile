# escape=`
# DL3021: Windows image: several sources to a destination ending in a backslash
FROM mcr.microsoft.com/windows/servercore:ltsc2022
COPY app.exe app.dll C:\app\
COPY app.exe app.dll C:\app
