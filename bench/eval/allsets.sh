#!/usr/bin/env bash
# usage: bash bench/eval/allsets.sh OUT [WORKTREE]
# Runs every hand-written persona set (the 68 set, dev2 … dev16) with WORKTREE's code (default: this checkout) and
# writes, per set, OUT/SET-table.txt (the tables: totals of the dev and test halves) and OUT/SET-devfails.txt (the dev
# half's failure lines only), then OUT/pooled.txt (the served row per set and half, and both halves pooled: violations
# and seekers with one summed, nDCG@10 the mean over seekers). The full outputs, with the test halves' lines that must
# not be read by whoever tunes on the dev halves, go to OUT-private/. The blind holdout is never run here.
set -eu
OUT=$(realpath -m "$1"); WT=$(realpath "${2:-.}")
HERE=$(cd "$(dirname "$0")/../.." && pwd)
PY="$HERE/.venv/bin/python"
mkdir -p "$OUT" "$OUT-private"
cd "$WT"
for n in 68 dev2 dev3 dev4 dev5 dev6 dev7 dev8 dev9 dev10 dev11 dev12 dev13 dev14 dev15 dev16; do
  if [ "$n" = 68 ]; then args=(); else
    d="bench/eval/$n/personas.json"; [ -f "$d" ] || d="$HERE/bench/eval/$n/personas.json"
    [ -f "$d" ] || continue
    args=(--data "$d")
  fi
  "$PY" -m bench.eval.personas "${args[@]}" > "$OUT-private/$n.txt" 2>&1
  grep '^|' "$OUT-private/$n.txt" > "$OUT/$n-table.txt"
  grep -E '^[0-9]+ seekers' "$OUT-private/$n.txt" >> "$OUT/$n-table.txt" || true
  grep '^- .* (dev) ' "$OUT-private/$n.txt" > "$OUT/$n-devfails.txt" || true
done
cd "$OUT"
awk -F'|' '/thin circle/ && $3 !~ /split/ {gsub(/ /,"",$3); v[$3]+=$5; s[$3]+=$6; n[$3]+=$4; nd[$3]+=$7*$4;
  f=FILENAME; sub(/-table.txt$/,"",f); printf "%s %s %d / %d / %.3f\n", f, $3, $5, $6, $7}
  END {for (k in v) printf "pooled %s: %d / %d / %.4f (%d seekers)\n", k, v[k], s[k], nd[k]/n[k], n[k]}' \
  $(ls -- *-table.txt | sort -V) > pooled.txt
cat pooled.txt
