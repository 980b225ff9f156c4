#!/usr/bin/env bash
# tests/fuzz/run.sh - builds the fuzz preset and runs each fuzz target for a bounded time (default 20 s each,
# six targets: 120 s in all).
# Usage: tests/fuzz/run.sh [SECONDS] [BUILD_DIR]   Exit status non-zero when a target finds a crash.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-20}
build=${2:-build/fuzz}
if [ "$build" = build/fuzz ]; then
  [ -f build/fuzz/build.ninja ] || cmake --preset fuzz >/dev/null
  cmake --build --preset fuzz -j 2
else
  [ -f "$build/build.ninja" ] || cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 -DEST_BUILD_TESTS=OFF -DEST_BUILD_FUZZERS=ON >/dev/null
  cmake --build "$build" -j 2 --target fuzz_csv fuzz_scenario fuzz_xlsx fuzz_dependencies fuzz_engine fuzz_json
fi
status=0
for name in fuzz_csv fuzz_scenario fuzz_xlsx fuzz_dependencies fuzz_engine fuzz_json; do
  corpus="$build/corpus/$name"
  mkdir -p "$corpus"
  if "$build/tests/fuzz/$name" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 "$corpus" "tests/fuzz/seeds/$name" \
       > "$build/$name.log" 2>&1; then
    echo "$name: ok ($(grep -E '^(#[0-9]+|Done)' "$build/$name.log" | tail -n 1))"
  else
    echo "$name: FAILED"; tail -n 30 "$build/$name.log"; status=1
  fi
done
exit $status
