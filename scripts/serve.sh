#!/usr/bin/env bash
# Install what is missing, build, and serve the playground on http://127.0.0.1:8080
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
exec python3 scripts/serve.py --dir www/dist --port "${PORT:-8080}"
