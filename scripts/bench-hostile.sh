#!/usr/bin/env bash
# Time and peak memory of every hostile input (tests/hostile/cases.json) in the release CLI and
# in WebAssembly (pkg/), printed as a Markdown table. Not part of the test run.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cargo build --release -q
[ -f pkg/index.js ] || bash scripts/build.sh
node tests/bench/hostile.mjs
