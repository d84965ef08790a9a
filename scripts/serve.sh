#!/usr/bin/env bash
# Install what is missing, build, and serve the playground on http://127.0.0.1:8080
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
echo "dockplay playground: http://127.0.0.1:${PORT:-8080}/"
exec python3 -m http.server "${PORT:-8080}" --bind 127.0.0.1 --directory www/dist
