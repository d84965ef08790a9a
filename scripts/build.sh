#!/usr/bin/env bash
# Build the WebAssembly outputs: the JS package in pkg/ and the static playground in www/dist/.
# Assumes scripts/setup.sh has run.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\033[1m[build]\033[0m %s\n' "$*"; }
target=target/wasm32-unknown-unknown/wasm-release
wasm_opt=node_modules/.bin/wasm-opt
# The wasm features Rust's wasm32-unknown-unknown target enables by default.
wasm_features=(--enable-bulk-memory --enable-bulk-memory-opt --enable-nontrapping-float-to-int
  --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue --strip-debug --strip-producers)

log "core → pkg/ (wasm-bindgen, --target web)"
cargo build --profile wasm-release --target wasm32-unknown-unknown --lib --no-default-features --features wasm,docs,spdx,docker-run,picture
rm -rf pkg && mkdir -p pkg
wasm-bindgen --target web --typescript --experimental-reset-state-function --out-dir pkg "$target/dockplay.wasm"
cp src/wasm/index.js src/wasm/index.d.ts src/wasm/share-link.js src/wasm/share-link.d.ts pkg/
cp src/wasm/README.md LICENSE pkg/
node scripts/catalogue.mjs pkg
"$wasm_opt" -Oz "${wasm_features[@]}" pkg/dockplay_bg.wasm -o pkg/dockplay_bg.wasm
version=$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)
cat > pkg/package.json <<JSON
{
  "name": "dockplay",
  "version": "$version",
  "description": "Dockerfile and docker-compose analysis in WebAssembly: lint, build cache, network, explanations (en, zh)",
  "type": "module",
  "main": "index.js",
  "types": "index.d.ts",
  "exports": {
    ".": { "types": "./index.d.ts", "default": "./index.js" },
    "./share-link": { "types": "./share-link.d.ts", "default": "./share-link.js" },
    "./widget": { "types": "./widget.d.ts", "default": "./widget.js" },
    "./dockplay_bg.wasm": "./dockplay_bg.wasm",
    "./catalogue.en.json": "./catalogue.en.json",
    "./catalogue.zh.json": "./catalogue.zh.json",
    "./package.json": "./package.json"
  },
  "files": ["index.js", "index.d.ts", "dockplay.js", "dockplay.d.ts", "dockplay_bg.wasm", "dockplay_bg.wasm.d.ts",
            "share-link.js", "share-link.d.ts", "catalogue.en.json", "catalogue.zh.json", "README.md", "LICENSE",
            "widget.js", "widget.d.ts", "widget.css", "widget-worker.js", "widget-explain-worker.js", "widget-engine.js", "dockplay_widget.js",
            "dockplay_widget_bg.wasm", "style.css", "large-editor.js", "large-editor.css", "rules.en.json", "rules.zh.json"],
  "keywords": ["dockerfile", "docker-compose", "lint", "hadolint", "webassembly"],
  "engines": { "node": ">=18" },
  "sideEffects": ["./widget.js"],
  "license": "MIT"
}
JSON

log "playground → www/dist/"
cargo build --profile wasm-release --target wasm32-unknown-unknown -p dockplay-www
rm -rf www/dist && mkdir -p www/dist
wasm-bindgen --target web --no-typescript --out-name dockplay_www --out-dir www/dist "$target/dockplay-www.wasm"
# -Os --converge: about 1 KB smaller after brotli than -Oz for this module. --low-memory-unused
# (Rust places a 1 MB stack first and its data after it; only a nearly full stack would reach
# the first 1 KB) saves 3.5 KB more.
"$wasm_opt" -Os --converge --low-memory-unused "${wasm_features[@]}" www/dist/dockplay_www_bg.wasm -o www/dist/dockplay_www_bg.wasm
cp www/index.html www/style.css www/large-editor.css www/boot.js www/worker.js www/dist/
# The first load's CSS and JS are minified (esbuild; about 2.8 KB less after brotli): comments
# and layout stay in the sources, the site gets the short form.
for f in style.css boot.js worker.js dockplay_www.js; do
  case $f in *.js) format=(--format=esm) ;; *) format=() ;; esac
  node_modules/.bin/esbuild "www/dist/$f" --minify "${format[@]}" --log-level=warning \
    --outfile="www/dist/$f" --allow-overwrite
done
# The explanation worker runs the core's JS package, fetched when the Explain panel first opens.
cp www/explain-worker.js www/dist/
cp pkg/index.js www/dist/engine.js
cp pkg/share-link.js www/dist/
cp pkg/dockplay.js pkg/dockplay_bg.wasm www/dist/
node scripts/bundle-editor.mjs www/dist
node scripts/catalogue.mjs www/dist
node scripts/rules-docs.mjs www/dist

log "widget → pkg/ (<dockplay-widget>: the playground's components in a build of their own)"
cargo build --profile wasm-release --target wasm32-unknown-unknown -p dockplay-www --features widget
wasm-bindgen --target web --no-typescript --experimental-reset-state-function --out-name dockplay_widget --out-dir pkg "$target/dockplay-www.wasm"
"$wasm_opt" -Os --converge --low-memory-unused "${wasm_features[@]}" pkg/dockplay_widget_bg.wasm -o pkg/dockplay_widget_bg.wasm
sed 's#\./dockplay_www\.js#./dockplay_widget.js#' www/worker.js > pkg/widget-worker.js
# The widget's Explain panel and network picture run in a worker of their own over the same
# module (widget-engine.js), so a page downloads one engine.
sed "s#'\./engine\.js'#'./widget-engine.js'#" www/explain-worker.js > pkg/widget-explain-worker.js
grep -q "'./widget-engine.js'" pkg/widget-explain-worker.js && grep -q "./dockplay_widget.js" pkg/widget-worker.js
cp www/widget.js www/widget-engine.js www/widget.d.ts www/style.css www/large-editor.css www/dist/large-editor.js pkg/
node scripts/widget-css.mjs pkg
node scripts/rules-docs.mjs pkg
# The demo page (www/dist/embed.html) loads the widget from the site itself.
cp www/embed.html www/embed.css pkg/widget.js pkg/widget.css pkg/widget-worker.js pkg/dockplay_widget.js \
  pkg/dockplay_widget_bg.wasm pkg/widget-explain-worker.js pkg/widget-engine.js www/dist/

# Precompressed copies (.br, .gz) that scripts/serve.py sends to browsers that accept them.
node scripts/compress.mjs www/dist

for f in pkg/dockplay_bg.wasm www/dist/dockplay_www_bg.wasm pkg/catalogue.en.json pkg/catalogue.zh.json; do
  log "$(printf '%-32s %7d bytes, %7d gzipped' "$f" "$(stat -c %s "$f")" "$(gzip -9c "$f" | wc -c)")"
done

# The playground's first load: everything the page fetches before it is usable (the rule
# documentation and the explanation catalogue of a language come later, when first shown),
# as the browser receives it from scripts/serve.py (brotli).
log "first load of the playground (budget 500 KB compressed):"
node scripts/compress.mjs --budget $((500 * 1024)) www/dist/index.html www/dist/style.css www/dist/boot.js \
  www/dist/worker.js www/dist/dockplay_www.js www/dist/dockplay_www_bg.wasm

# The widget's budgets (issue #16), printed for the record, not enforced: its module before the
# wasm ≤ 20 KB gzip; the wasm and data of one language ≤ 400 KB gzip, counted until the widget
# is interactive (its wasm, glue, worker, styles and rule docs) and with the Explain panel's
# engine and catalogue, which load when that panel first opens.
gz() { local n=0 f; for f in "$@"; do n=$((n + $(gzip -9c "$f" | wc -c))); done; echo "$n"; }
budget() { [ "$1" -le "$2" ] && echo within || echo over; }
w=$(gz pkg/widget.js)
log "$(printf 'pkg/widget.js: %7d bytes gzipped (budget 20480: %s)' "$w" "$(budget "$w" 20480)")"
for lang in en zh; do
  first=$(gz pkg/widget.js pkg/dockplay_widget.js pkg/dockplay_widget_bg.wasm pkg/widget-worker.js pkg/widget.css "pkg/rules.$lang.json")
  all=$((first + $(gz pkg/widget-explain-worker.js pkg/widget-engine.js "pkg/catalogue.$lang.json")))
  log "$(printf 'widget (%s): interactive %7d, with Explain %7d bytes gzipped (budget 409600: %s, %s)' "$lang" \
    "$first" "$all" "$(budget "$first" 409600)" "$(budget "$all" 409600)")"
done
