#!/usr/bin/env bash
# Runs every fuzz target in turn for SECONDS seconds each (default 150), one at a time,
# logging to fuzz/logs/<target>.log. Stops at nothing: a crash ends that target's run
# and its input lands in fuzz/artifacts/<target>/. SANITIZER=none runs without
# AddressSanitizer (several times more executions per second; Rust's own checks stay).
set -uo pipefail
cd "$(dirname "$0")"
seconds=${1:-150}
sanitizer=${SANITIZER:-address}
shift || true
targets=${*:-$(cargo +nightly fuzz list)}
mkdir -p logs
for t in $targets; do
  mkdir -p "corpus/$t"
  echo "== $t ($seconds s)"
  cargo +nightly fuzz run -O --sanitizer "$sanitizer" "$t" "corpus/$t" -- \
    -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 -max_len=16384 \
    > "logs/$t.log" 2>&1
  echo "   exit $?: $(grep -E '^(Done|==[0-9]+==|SUMMARY|thread)' "logs/$t.log" | tail -2 | tr '\n' ' ')"
done
