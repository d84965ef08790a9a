#!/usr/bin/env bash
# Install what is missing, then run every test: format, lints, Rust tests (unit, conformance, corpus),
# the release wasm build, the JS API tests in Node, and the browser tests in headless Chromium.
# Ends with one line adding up what every test runner reported.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n\033[1;34m==> %s\033[0m\n' "$*"; }
log=$(mktemp)
trap 'rm -f "$log"' EXIT

step "setup"
bash scripts/setup.sh

step "cargo fmt --check"
cargo fmt --all --check

step "cargo clippy (native and wasm32)"
cargo clippy --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown --lib --no-default-features --features wasm,docs,spdx,docker-run,picture -- -D warnings
cargo clippy --target wasm32-unknown-unknown -p dockplay-www -- -D warnings
cargo clippy --target wasm32-unknown-unknown -p dockplay-www --features widget -- -D warnings

step "cargo test (core, CLI, conformance, corpus; the playground's and the widget's state natively)"
cargo test 2>&1 | tee -a "$log"
cargo test -p dockplay-www --features widget 2>&1 | tee -a "$log"
cargo bench --no-run -q   # the benchmarks build (run them with scripts/bench.sh)

step "fuzz targets build and run briefly (long runs: scripts/fuzz.sh SECONDS)"
bash scripts/fuzz.sh --smoke

step "release wasm build"
bash scripts/build.sh

step "JS API tests (node --test)"
node --test tests/js/ 2>&1 | tee -a "$log"

step "browser tests (Playwright, Debian chromium)"
npx playwright test --config tests/e2e/playwright.config.mjs 2>&1 | tee -a "$log"

# Totals from the runners' own summary lines: cargo's "test result", node's "# pass/# fail",
# Playwright's "N passed" / "N failed" (a runner with no such line adds 0).
set +e +o pipefail
passed=$(( $(grep -oE 'test result: [a-z]+\. [0-9]+ passed' "$log" | awk '{s+=$4} END {print s+0}') \
  + $(grep -oE '^# pass [0-9]+' "$log" | awk '{s+=$3} END {print s+0}') \
  + $(grep -oE '^ +[0-9]+ passed' "$log" | awk '{s+=$1} END {print s+0}') ))
failed=$(( $(grep -oE 'test result: [a-z]+\. [0-9]+ passed; [0-9]+ failed' "$log" | awk '{s+=$6} END {print s+0}') \
  + $(grep -oE '^# fail [0-9]+' "$log" | awk '{s+=$3} END {print s+0}') \
  + $(grep -oE '^ +[0-9]+ failed' "$log" | awk '{s+=$1} END {print s+0}') ))
printf '\nall: %d passed, %d failed\n' "$passed" "$failed"
[ "$failed" -eq 0 ]
