#!/usr/bin/env bash
# End-to-end start-up: ./hwcalc compare against an empty JVM (the floor of any JVM tool).
# Needs hyperfine (Debian package 'hyperfine'). Prints medians in ms.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
tmp="$(mktemp -d)"
printf 'public class Empty { public static void main(String[] a) {} }\n' > "$tmp/Empty.java"
javac -d "$tmp" "$tmp/Empty.java"
./hwcalc --version >/dev/null   # builds the jar and its CDS archive if needed
hyperfine -N -w 3 -r "${RUNS:-15}" --export-json "$tmp/e2e.json" \
  "java -cp $tmp Empty" \
  "java -jar target/hwcalc.jar compare dgx-1 dgx-h100" \
  "./hwcalc compare dgx-1 dgx-h100" >&2
python3 -c "
import json,sys
r=json.load(open('$tmp/e2e.json'))['results']
floor=r[0]['median']
for x in r: print(f\"{x['median']*1000:8.1f} ms  {x['median']/floor:5.2f}x floor  {x['command']}\")"
