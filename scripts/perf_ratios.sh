#!/usr/bin/env bash
# Release-mode performance checks stated as ratios, which hold on noisy machines:
#
#   1. comparison scales linearly: Comparer::disputes over 10^6 generated statements takes
#      at most 1.75x the time of 100 independent sets of 10^4 (the same number of statements,
#      as cold in cache: one small set compared again and again would stay in cache and
#      measure the memory hierarchy, not the algorithm), i.e. at most 150x one set of 10^4;
#      CPU time of the comparing thread, which other processes on a shared machine disturb
#      less than wall time, the two timed in turn (`perf_compare scaling`), best of 7.
#      Since the comparer went from ~6,000 to ~1,100 instructions per statement, what is
#      left of the gap is memory, not the algorithm: the 10^6 set's statements span about a
#      gigabyte, past cache and TLB reach (1.1-1.5x on an idle 2-core machine, noisy run to
#      run; up to 1.55 in CI; 1.15-1.31 since statements are read in batches whose cache
#      misses overlap); a super-linear step (n log n sorting, a quadratic bucket) would show as 1.5x
#      and 100x respectively, on top;
#   1b. the incremental index is linear: adding 3x10^5 statements one document at a time
#      costs at most 2x per statement what 3x10^4 does (best CPU time of 3 and 5 runs; a
#      hot story's summaries are updated statement by statement; recomputing it whole at
#      each add, as two sessions ago, was quadratic: 4-5x per statement for 10x the
#      statements). Measured 1.55-1.72 in CPU time, while instructions per statement
#      grow 1.15x (7.1k at 3e4, 8.2k at 3e5, callgrind: hot stories' summaries filling up
#      to their caps of 16 documents per holder and side and 64 intervals): the rest is
#      memory (3e5 statements span ~180 MB, past the caches);
#   2. scanning is linear: `gainsay scan --format json` over the FNC-1 bodies repeated 4x
#      takes at most 4.4x the time of 1x;
#   3. memory is bounded: peak RSS of the 32x scan is at most 4 bytes per input byte.
#
# Checks 2 and 3 need ../shared/corpora/fnc1/pairs-dev.jsonl and are skipped, with the
# reason printed, when it is absent. Every figure is printed; the exit status is 1 when a
# ratio fails (each failure says by how much), 0 otherwise.
#
# Also printed, not asserted (issue 7's targets; absolute figures vary with the machine):
# comparison throughput at 10^6 (target 5M statements/s on one core) over statements and
# over their compact briefs (what `gainsay scan` compares; the time to make the briefs is
# printed beside it), and the speedup over the naive all-pairs comparison at 10^5 (target
# 1000x; the all-pairs run takes 10-30 s).
#
# Usage: scripts/perf_ratios.sh   (honours CARGO_TARGET_DIR)
set -euo pipefail
cd "$(dirname "$0")/.."
TARGET=${CARGO_TARGET_DIR:-target}
FNC1=../shared/corpora/fnc1/pairs-dev.jsonl
MAX_COMPARE_RATIO=1.75
MAX_SCAN_RATIO=4.4
MAX_RSS_PER_BYTE=4
MAX_INCREMENTAL_RATIO=2

echo "== build (release)"
cargo build --quiet --release -p gainsay-cli
cargo build --quiet --release --example perf_compare
BIN=$TARGET/release/gainsay
EXAMPLE=$TARGET/release/examples/perf_compare

failures=0
# check NAME VALUE MAX: print the figure, count a failure when VALUE > MAX
check() {
  if python3 - "$1" "$2" "$3" <<'PY'
import sys
name, v, hi = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
ok = v <= hi
print(f"  {name} = {v:.3f} (max {hi:g}): " + ("ok" if ok else f"FAILED, {v / hi:.2f}x over the limit"))
sys.exit(0 if ok else 1)
PY
  then :; else failures=$((failures + 1)); fi
}
field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p" | tail -1; }

echo "== 1. comparison: 10^6 statements vs 100 sets of 10^4 (in turn, best of 7 runs each)"
scaling=$("$EXAMPLE" scaling 7)
echo "  $scaling"
check "time(1e6) / time(100 x 1e4)" "$(echo "$scaling" | field ratio)" $MAX_COMPARE_RATIO
echo "  (target, not asserted) throughput at 1e6 = $(python3 -c "print(round(1e6 / $(echo "$scaling" | field large)))") statements/s on one core (target 5000000)"
briefs=$("$EXAMPLE" briefs 1000000 7)
echo "  (target, not asserted) briefs: $briefs"
echo "  (target, not asserted) throughput at 1e6 over briefs (what scan compares) = $(echo "$briefs" | field per_second) statements/s on one core (target 5000000)"
pairs=$("$EXAMPLE" all-pairs 100000)
echo "  (target, not asserted) 1e5: $pairs (target speedup 1000)"

echo "== 1b. firehose: the incremental index, one document at a time, 3x10^5 vs 3x10^4 statements"
inc_small=$("$EXAMPLE" incremental 30000 5)
inc_large=$("$EXAMPLE" incremental 300000 3)
echo "  3e4: $inc_small"
echo "  3e5: $inc_large"
check "per-statement time of the index, 3e5 / 3e4" \
  "$(python3 -c "print(($(echo "$inc_large" | field incremental_seconds) / 300000) / ($(echo "$inc_small" | field incremental_seconds) / 30000))")" \
  $MAX_INCREMENTAL_RATIO
echo "  (target, not asserted) incremental / batch time at 3e5 = $(echo "$inc_large" | field ratio) (target 1)"

if [ ! -f "$FNC1" ]; then
  echo "== 2, 3: skipped: $FNC1 is absent"
else
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  python3 - "$FNC1" "$tmp" <<'PY'
import json, sys
src, out = sys.argv[1], sys.argv[2]
bodies = {}
for line in open(src, encoding="utf-8"):
    bodies.setdefault(json.loads(line)["b"]["text"], len(bodies))
for reps in (1, 4, 32):
    with open(f"{out}/bodies-{reps}x.jsonl", "w", encoding="utf-8") as f:
        for r in range(reps):
            for text, n in bodies.items():
                f.write(json.dumps({"id": f"r{r}-b{n}", "text": text}) + "\n")
PY
  # run RUNS FILE: best wall time and peak RSS of `gainsay scan --format json FILE`
  run() {
    python3 - "$BIN" "$1" "$2" <<'PY'
import os, resource, subprocess, sys, time
bin, runs, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
best, rss = float("inf"), 0
for _ in range(runs):
    t = time.perf_counter()
    subprocess.run([bin, "--quiet", "scan", "--format", "json", path], check=True,
                   stdout=subprocess.DEVNULL)
    best = min(best, time.perf_counter() - t)
    rss = max(rss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024)
print(f"bytes={os.path.getsize(path)} seconds={best:.3f} peak_rss={rss}")
PY
  }
  echo "== 2. scan --format json: FNC-1 bodies 4x vs 1x"
  one=$(run 3 "$tmp/bodies-1x.jsonl")
  four=$(run 2 "$tmp/bodies-4x.jsonl")
  echo "  1x: $one"
  echo "  4x: $four"
  b1=$(echo "$one" | field bytes)
  t1=$(echo "$one" | field seconds)
  t4=$(echo "$four" | field seconds)
  echo "  reading speed (1x) = $(python3 -c "print(f'{$b1 / $t1 / 1e6:.2f}')") MB/s"
  check "time(4x) / time(1x)" "$(python3 -c "print($t4 / $t1)")" $MAX_SCAN_RATIO

  echo "== 3. peak RSS of scan --format json over the 32x bodies"
  big=$(run 1 "$tmp/bodies-32x.jsonl")
  echo "  32x: $big"
  b32=$(echo "$big" | field bytes)
  r32=$(echo "$big" | field peak_rss)
  check "peak RSS / input byte" "$(python3 -c "print($r32 / $b32)")" $MAX_RSS_PER_BYTE
fi

if [ "$failures" -gt 0 ]; then
  echo "perf_ratios: $failures ratio(s) failed"
  exit 1
fi
echo "perf_ratios: all ratios hold"
