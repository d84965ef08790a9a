#!/usr/bin/env bash
# Install what is missing, then run every test: format, lints, Rust tests (unit, conformance, corpus),
# the release wasm build, the JS API tests in Node, and the browser tests in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n\033[1;34m==> %s\033[0m\n' "$*"; }

step "setup"
bash scripts/setup.sh

step "cargo fmt --check"
cargo fmt --all --check

step "cargo clippy (native and wasm32)"
cargo clippy --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown --lib --no-default-features --features wasm -- -D warnings
cargo clippy --target wasm32-unknown-unknown -p dockplay-www -- -D warnings

step "cargo test"
cargo test
cargo bench --no-run -q   # the benchmarks build (run them with scripts/bench.sh)

step "release wasm build"
bash scripts/build.sh

step "JS API tests (node --test)"
node --test tests/js/

step "browser tests (Playwright, Debian chromium)"
npx playwright test --config tests/e2e/playwright.config.mjs
