#!/usr/bin/env bash
# Coverage-guided fuzzing of the public entry points with cargo-fuzz (libFuzzer).
#   scripts/fuzz.sh [SECONDS] [TARGET...]   run each target (default: all) for SECONDS (default 60)
#   scripts/fuzz.sh --smoke                 build every target and run each for 20 s (CI)
# Seeds come from ../shared/corpus (Dockerfiles, compose files) and the tests' fixtures; the
# dictionaries are in fuzz/dict. A crash, timeout or out-of-memory input is kept in
# fuzz/artifacts/<target>/ and the run fails: turn it into a regression test.
# cargo-fuzz needs nightly: the nightly toolchain where the machine has one, else
# RUSTC_BOOTSTRAP=1 on stable.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=60
if [ "${1:-}" = "--smoke" ]; then seconds=20; shift; elif [[ "${1:-}" =~ ^[0-9]+$ ]]; then seconds=$1; shift; fi
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(dockerfile compose cache config dockerignore explain docker_run share picture)

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "[fuzz] installing cargo-fuzz"
  cargo install cargo-fuzz --locked
fi
if rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
  fuzz=(cargo +nightly fuzz)
else
  export RUSTC_BOOTSTRAP=1
  fuzz=(cargo fuzz)
fi

# Seed corpora (the fuzzer adds what it finds; fuzz/corpus is not committed).
seed() {
  local target=$1; shift
  mkdir -p "fuzz/corpus/$target"
  for src in "$@"; do
    [ -e "$src" ] || continue
    find "$src" -type f -size -64k | head -2000 | while read -r f; do
      cp -n "$f" "fuzz/corpus/$target/$(echo "$f" | md5sum | cut -c1-16)" 2>/dev/null || true
    done
  done
}
seed dockerfile ../shared/corpus/dockerfiles ../shared/seed-examples tests/fixtures/rules
seed compose ../shared/corpus/compose ../shared/seed-examples
seed cache ../shared/corpus/dockerfiles ../shared/seed-examples tests/fixtures/cache
seed config tests/fixtures/check/hadolint-config tests/fixtures/config
seed dockerignore tests/fixtures/cache
seed explain ../shared/seed-examples tests/fixtures/rules tests/fixtures/docker-run
seed docker_run ../shared/seed-examples/docker-run-commands.sh tests/fixtures/docker-run
# Mode byte 0: a compose file as it is (other first bytes build a graph from the bytes).
mkdir -p fuzz/corpus/picture
for f in ../shared/seed-examples/*compose*.yml; do
  { printf '\000'; cat "$f"; } > "fuzz/corpus/picture/$(basename "$f")"
done
printf '\027\001\002\003\001\003\002\001\002\001\002\005\001' > fuzz/corpus/picture/graph
# Mode byte 2: the JSON state, compressed by the target.
mkdir -p fuzz/corpus/share
for f in tests/fixtures/share/*.json; do
  { printf '\002'; cat "$f"; } > "fuzz/corpus/share/$(basename "$f" .json)"
done

dict_of() {
  case $1 in
    compose | picture) echo fuzz/dict/compose.dict ;;
    config) echo fuzz/dict/compose.dict ;;
    docker_run) echo fuzz/dict/docker-run.dict ;;
    share) echo fuzz/dict/share.dict ;;
    *) echo fuzz/dict/dockerfile.dict ;;
  esac
}

status=0
mkdir -p fuzz/logs
for t in "${targets[@]}"; do
  echo "[fuzz] $t: ${seconds}s"
  set +e
  "${fuzz[@]}" run --fuzz-dir fuzz "$t" "fuzz/corpus/$t" -- \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=262144 \
    -dict="$(dict_of "$t")" -print_final_stats=1 > "fuzz/logs/$t.log" 2>&1
  rc=$?
  set -e
  grep -E "^#[0-9]+ *DONE|^Done|stat::number_of_executed_units|stat::peak_rss|ERROR|SUMMARY|panicked|artifact" "fuzz/logs/$t.log" | tail -n 12
  if [ $rc -ne 0 ]; then
    tail -n 20 "fuzz/logs/$t.log"
    echo "[fuzz] $t FAILED (exit $rc): see fuzz/logs/$t.log and fuzz/artifacts/$t/"
    status=1
  fi
done
exit $status
