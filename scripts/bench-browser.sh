#!/usr/bin/env bash
# The playground measured in Debian's Chromium (tests/bench/browser.mjs): first load, first
# analysis, keystroke to repaint, the longest main-thread task on hostile inputs, memory.
# Builds www/dist when it is missing, serves it on 127.0.0.1:8766 for the run. Not part of the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
[ -f www/dist/index.html ] || bash scripts/build.sh
python3 scripts/serve.py --dir www/dist --port 8766 >/dev/null 2>&1 &
server=$!
trap 'kill $server' EXIT
for _ in $(seq 50); do curl -s -o /dev/null http://127.0.0.1:8766/ && break; sleep 0.1; done
node tests/bench/browser.mjs
