#!/usr/bin/env bash
# End-to-end start-up (issue 17): hwcalc, the Python peer (benchmarks/peers/compare.py) and an
# empty JVM main, timed in one sitting with hyperfine. Every run goes through /usr/bin/time, so
# each command gets medians of wall time, CPU time (user + system) and peak RSS over the same runs.
# Prints a Markdown table docs/benchmarks.md can paste.
#   benchmarks/e2e.sh                           # ./hwcalc, 15 runs each
#   RUNS=21 benchmarks/e2e.sh
#   HWCALC=/tmp/before/hwcalc benchmarks/e2e.sh  # another launcher (e.g. an older jar), same table
#   EPOCH=/tmp/epoch-sheets benchmarks/e2e.sh    # the Epoch import (made here if missing)
# Wants hyperfine (Debian/Ubuntu: apt-get install hyperfine; or cargo install hyperfine; or
# https://github.com/sharkdp/hyperfine/releases); without it the same runs are made by a loop,
# each round running every command once (the table comes from /usr/bin/time either way). Needs
# GNU time (/usr/bin/time, package 'time'),
# python3 with PyYAML (package python3-yaml; its C loader, libyaml, is used when present).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
for tool in /usr/bin/time python3 javac; do
  if ! command -v "$tool" >/dev/null; then
    echo "e2e.sh: needs $tool; see the comment at the top of this script for how to get it" >&2
    exit 3
  fi
done
python3 -c 'import yaml' 2>/dev/null || { echo "e2e.sh: needs PyYAML (apt-get install python3-yaml, or pip install pyyaml)" >&2; exit 3; }
runs="${RUNS:-15}"
warmup=3
hw="${HWCALC:-./hwcalc}"
epoch="${EPOCH:-/tmp/speed-epoch}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
printf 'public class Empty { public static void main(String[] a) {} }\n' > "$tmp/Empty.java"
javac -d "$tmp" "$tmp/Empty.java"
"$hw" --version >/dev/null   # builds the jar and its CDS archive if needed
if [ ! -d "$epoch" ]; then
  "$hw" import epoch "$here/../shared/data/epoch/chip-dataset.csv" --out "$epoch" --seen 2026-12-01 >/dev/null
fi
"$hw" compare nvidia-a100-sxm4-80-gb nvidia-h100-sxm5-80gb --no-bundled --specs "$epoch" >/dev/null || true  # a first run (may write a cache)

# label|command; a command that fails (exit != 0) is timed all the same (hyperfine -i)
cmds=(
  "empty JVM (java -cp . Empty)|java -cp $tmp Empty"
  "Python peer, compare dgx-1 dgx-h100 (specs/)|python3 benchmarks/peers/compare.py specs dgx-1 dgx-h100"
  "hwcalc compare dgx-1 dgx-h100|$hw compare dgx-1 dgx-h100"
  "hwcalc compare dgx-1 dgx-h100 --format table (the same, through picocli)|$hw compare dgx-1 dgx-h100 --format table"
  "hwcalc --version|$hw --version"
  "hwcalc --help|$hw --help"
  "Python peer, compare of two Epoch sheets (5,604 sheets)|python3 benchmarks/peers/compare.py $epoch nvidia-a100-sxm4-80-gb nvidia-h100-sxm5-80gb"
  "hwcalc compare of two Epoch sheets, --no-bundled --specs EPOCH|$hw compare nvidia-a100-sxm4-80-gb nvidia-h100-sxm5-80gb --no-bundled --specs $epoch"
  "hwcalc compare dgx-1 dgx-h100 --specs EPOCH (the bundled sheets and the import, layered)|$hw compare dgx-1 dgx-h100 --specs $epoch"
)
args=()
i=0
for c in "${cmds[@]}"; do
  args+=("/usr/bin/time -a -o $tmp/time.$i -f %e,%U,%S,%M ${c#*|}")
  i=$((i + 1))
done
if command -v hyperfine >/dev/null; then
  hyperfine -N -i -w "$warmup" -r "$runs" "${args[@]}" >&2
else
  echo "e2e.sh: no hyperfine; running the commands in turn, $warmup + $runs rounds" >&2
  for ((round = 0; round < warmup + runs; round++)); do
    for a in "${args[@]}"; do
      $a >/dev/null 2>&1 || true   # timed all the same, as hyperfine -i
    done
  done
fi

python3 - "$tmp" "$warmup" "${cmds[@]}" <<'PY'
import statistics, sys
tmp, warmup, cmds = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
rows = []
for i, c in enumerate(cmds):
    label, cmd = c.split("|", 1)
    lines = [l.strip() for l in open(f"{tmp}/time.{i}") if l.strip() and "," in l and not l.startswith("Command")]
    runs = [tuple(map(float, l.split(","))) for l in lines][warmup:]   # the warm-up runs append too
    wall = statistics.median(r[0] for r in runs)
    cpu = statistics.median(r[1] + r[2] for r in runs)
    rss = statistics.median(r[3] for r in runs) / 1024
    rows.append((label, wall, cpu, rss, len(runs)))
floor_wall, floor_cpu, peer_cpu = rows[0][1], rows[0][2], rows[1][2]
print(f"| command | wall (median) | x empty JVM | CPU user+sys (median) | x empty JVM CPU | x peer CPU | peak RSS (median) |")
print("|---|---|---|---|---|---|---|")
for label, wall, cpu, rss, n in rows:
    print(f"| {label} | {wall*1000:.0f} ms | {wall/floor_wall:.2f}x | {cpu*1000:.0f} ms | {cpu/floor_cpu:.2f}x | {cpu/peer_cpu:.2f}x | {rss:.0f} MB |")
print(f"\n{n} runs each after {warmup} warm-up runs; /usr/bin/time resolves 10 ms.")
PY
