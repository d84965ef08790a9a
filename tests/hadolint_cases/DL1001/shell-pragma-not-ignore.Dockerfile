# DL1001: a "# hadolint shell=" pragma is not an ignore pragma
FROM mcr.microsoft.com/powershell:7.4-ubuntu-22.04
# hadolint shell=pwsh
SHELL ["pwsh", "-Command"]
RUN Write-Host "hello"
USER nobody
