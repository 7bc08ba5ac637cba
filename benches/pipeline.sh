#!/usr/bin/env bash
# Whole-pipeline benchmark: the default analyzers.toml over the Reuters-21578 corpus,
# from reading the files to the last line written.
#   1. --jobs 1 and --jobs 2 over the folder: wall time, CPU time, peak RSS, MB/s;
#   2. a JSON Lines stream of the corpus repeated 10 times, piped on stdin: peak RSS
#      stays flat whatever the number of articles.
# Usage: benches/pipeline.sh [CORPUS_DIR] (default ../shared/data/corpus/reuters21578)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/data/corpus/reuters21578}
if [ ! -d "$corpus" ]; then
  echo "skipped: corpus folder $corpus not found (give its path as the first argument)"
  exit 0
fi
cargo build --release -q -p newslens
bin=target/release/newslens
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mb=$(python3 - "$corpus" <<'PY'
import os, sys
total = 0
for name in os.listdir(sys.argv[1]):
    text = open(os.path.join(sys.argv[1], name), encoding="utf-8").read()
    parts = text.split("---\n", 2)
    total += len((parts[2] if text.startswith("---\n") and len(parts) == 3 else text).encode())
print(f"{total / 1e6:.2f}")
PY
)
echo "corpus: $corpus ($mb MB of article text)"
for jobs in 1 2; do
  /usr/bin/time -f "%e %U %S %M" -o "$tmp/time" "$bin" run -q -j "$jobs" -o "$tmp/out.jsonl" "$corpus" || true
  read -r wall user sys rss < "$tmp/time"
  python3 -c "w,u,s,r,mb=$wall,$user,$sys,$rss,$mb; print(f'--jobs $jobs: wall {w:.2f} s, CPU {u+s:.2f} s, peak RSS {r/1024:.1f} MiB, {mb/w:.1f} MB/s')"
done
python3 - "$corpus" "$tmp/corpus.jsonl" <<'PY'
import json, os, sys
src, dst = sys.argv[1], sys.argv[2]
with open(dst, "w", encoding="utf-8") as out:
    for name in sorted(os.listdir(src)):
        text = open(os.path.join(src, name), encoding="utf-8").read()
        parts = text.split("---\n", 2)
        body = parts[2] if text.startswith("---\n") and len(parts) == 3 else text
        out.write(json.dumps({"id": name, "text": body}) + "\n")
PY
for i in $(seq 10); do cat "$tmp/corpus.jsonl"; done > "$tmp/stream.jsonl"
/usr/bin/time -f "%e %U %S %M" -o "$tmp/time" "$bin" run -q -j 2 - < "$tmp/stream.jsonl" > /dev/null || true
read -r wall user sys rss < "$tmp/time"
python3 -c "w,r,mb=$wall,$rss,$mb*10; print(f'stdin stream, 10 x corpus ({mb:.0f} MB), --jobs 2: wall {w:.2f} s, peak RSS {r/1024:.1f} MiB, {mb/w:.1f} MB/s')"
