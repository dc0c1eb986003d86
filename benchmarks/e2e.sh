#!/usr/bin/env bash
# End-to-end start-up (issue 17): hwcalc, the Python peer (benchmarks/peers/compare.py) and an
# empty JVM main, timed in one sitting. Rounds run every command once, in turn, so a noisy moment
# hits all of them; each run is timed by a small Python runner with os.wait4, which gives its wall
# time, CPU time (user + system, to the microsecond) and peak RSS. (GNU time resolves 10 ms, too
# coarse beside a 35 ms JVM; hyperfine reports no CPU or RSS per run.) Prints a Markdown table
# docs/benchmarks.md can paste.
#   benchmarks/e2e.sh                           # ./hwcalc, 21 runs each after 3 warm-up runs
#   RUNS=31 benchmarks/e2e.sh
#   HWCALC=/tmp/before/hwcalc benchmarks/e2e.sh  # another launcher (e.g. an older jar), same table
#   EPOCH=/tmp/epoch-sheets benchmarks/e2e.sh    # the Epoch import (made here if missing)
# Needs python3 with PyYAML (package python3-yaml; its C loader, libyaml, is used when present).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
for tool in python3 javac; do
  if ! command -v "$tool" >/dev/null; then
    echo "e2e.sh: needs $tool; see the comment at the top of this script for how to get it" >&2
    exit 3
  fi
done
python3 -c 'import yaml' 2>/dev/null || { echo "e2e.sh: needs PyYAML (apt-get install python3-yaml, or pip install pyyaml)" >&2; exit 3; }
runs="${RUNS:-21}"
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
echo "e2e.sh: $warmup + $runs rounds of ${#cmds[@]} commands" >&2
python3 - "$warmup" "$runs" "${cmds[@]}" <<'PY'
import os, shlex, statistics, subprocess, sys, time
warmup, runs, cmds = int(sys.argv[1]), int(sys.argv[2]), [c.split("|", 1) for c in sys.argv[3:]]
times = {label: [] for label, _ in cmds}
null = os.open(os.devnull, os.O_WRONLY)
for r in range(warmup + runs):
    for label, cmd in cmds:   # a command that fails is timed all the same
        start = time.perf_counter()
        p = subprocess.Popen(shlex.split(cmd), stdout=null, stderr=null)
        _, _, usage = os.wait4(p.pid, 0)
        wall = time.perf_counter() - start
        if r >= warmup:
            times[label].append((wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024))
rows = []
for label, _ in cmds:
    t = times[label]
    rows.append((label, statistics.median(x[0] for x in t), statistics.median(x[1] for x in t), statistics.median(x[2] for x in t)))
floor_wall, floor_cpu, peer_cpu = rows[0][1], rows[0][2], rows[1][2]
print("| command | wall (median) | x empty JVM | CPU user+sys (median) | x empty JVM CPU | x peer CPU | peak RSS (median) |")
print("|---|---|---|---|---|---|---|")
for label, wall, cpu, rss in rows:
    print(f"| {label} | {wall*1000:.1f} ms | {wall/floor_wall:.2f}x | {cpu*1000:.1f} ms | {cpu/floor_cpu:.2f}x | {cpu/peer_cpu:.2f}x | {rss:.0f} MB |")
print(f"\n{runs} runs each after {warmup} warm-up runs, in {runs + warmup} rounds; times from os.wait4.")
PY
