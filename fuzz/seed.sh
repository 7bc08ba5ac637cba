#!/usr/bin/env bash
# Seeds fuzz/corpus/<target>/ from the example articles, the test fixtures and the
# sentence gold set. Corpora are not committed (fuzz/.gitignore); run this once before
# `cargo +nightly fuzz run <target>`. Safe to re-run: it only adds files.
set -euo pipefail
cd "$(dirname "$0")"
root=..
c=corpus
mkdir -p $c/read_front_matter $c/read_json $c/read_jsonl $c/read_html $c/text_layer \
  $c/analyze_entities $c/analyze_date $c/analyze_sentiment $c/analyze_stance $c/analyze_quote

n=0
for f in $(find $root/examples/articles $root/tests/fixtures -type f | sort); do
  n=$((n + 1))
  base="seed-$n-$(basename "$f")"
  case "$f" in
    *.txt|*.md) cp "$f" "$c/read_front_matter/$base" ;;
    *.json) cp "$f" "$c/read_json/$base" ;;
    *.html) cp "$f" "$c/read_html/$base" ;;
    *.jsonl)
      # Byte 0 is the per-line cap: 0xff = the default cap, 0x20 = a 32-byte cap.
      { printf '\xff'; cat "$f"; } > "$c/read_jsonl/$base"
      { printf '\x20'; cat "$f"; } > "$c/read_jsonl/$base-capped"
      i=0
      while IFS= read -r line; do
        i=$((i + 1))
        printf '%s' "$line" > "$c/read_json/$base-line$i"
      done < "$f"
      ;;
  esac
  cp "$f" "$c/text_layer/$base"
  # Analyzer targets: byte 0 = flags (see src/lib.rs `article_from_bytes`), then for a
  # published date 4 bytes (year little-endian, month-1, day-1), then the text
  # [\x01 title [\x01 stance target]].
  for a in entities date sentiment stance quote; do
    { printf '\x00'; cat "$f"; } > "$c/analyze_$a/$base-plain"
    { printf '\x0f\xe4\x07\x00\x0d'; cat "$f";
      printf '\x01North Korea will give up its nuclear weapons\x01Talks will resume next week'; } \
      > "$c/analyze_$a/$base-dated"
  done
done
cp $root/crates/newslens-core/tests/data/sentences.gold.txt $c/text_layer/seed-sentences-gold
echo "seeded $n files into $c/"
