# DL4006: PowerShell SHELL (pipefail does not apply)
FROM mcr.microsoft.com/powershell:7.5-ubuntu-24.04
SHELL ["pwsh", "-Command"]
RUN Get-ChildItem C:\ | Select-Object Name
