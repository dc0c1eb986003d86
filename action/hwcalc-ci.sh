#!/usr/bin/env bash
# What the hwcalc GitHub Action (action.yml) runs; runs the same way on any machine with bash and
# a JDK 17+ (tested by hwcalc.cli.ActionScriptTest):
#   hwcalc check --format github on the spec paths: one annotation per finding
#   hwcalc verify on each claims file: one annotation per claim whose verdict is not the expected one
#   hwcalc scan on articles, once hwcalc has that command (until then a warning says it was skipped)
# Exits 1 when anything was found, 2 when hwcalc could not be built or run, else 0.
#
# Inputs, from the environment (the action maps its inputs onto them); lists are separated by
# spaces or newlines:
#   INPUT_PATHS     spec files or folders to check (empty: skip check)
#   INPUT_STRICT    "true": warnings fail the check too
#   INPUT_CLAIMS    claims files or folders to verify (empty: skip verify)
#   INPUT_SPECS     extra spec folders that verify and scan load beside the bundled sheets
#   INPUT_ARTICLES  articles to scan (empty: skip scan)
#   HWCALC          the command to run hwcalc with (default: the jar of this checkout, built with
#                   Maven when missing)
set -uo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# split a list on spaces and newlines (so paths without spaces; globs expand, e.g. specs/*.yaml)
words() { local w; for w in ${1:-}; do printf '%s\n' "$w"; done; }
mapfile -t paths < <(words "${INPUT_PATHS:-}")
mapfile -t claims < <(words "${INPUT_CLAIMS:-}")
mapfile -t articles < <(words "${INPUT_ARTICLES:-}")
specs=()
while read -r d; do [ -n "$d" ] && specs+=(--specs "$d"); done < <(words "${INPUT_SPECS:-}")

# hwcalc itself: the given command, or this checkout's jar (built when missing)
if [ -n "${HWCALC:-}" ]; then
  read -ra hw <<< "$HWCALC"
else
  jar="$home/target/hwcalc.jar"
  if [ ! -f "$jar" ]; then
    echo "::group::building hwcalc (mvn package)"
    (cd "$home" && mvn -B -q -DskipTests -Dhwcalc.man.skip=true -Dhwcalc.dist.skip=true package) \
      || { echo "::error title=hwcalc::could not build hwcalc in $home"; echo "::endgroup::"; exit 2; }
    echo "::endgroup::"
  fi
  hw=("${JAVA_HOME:+$JAVA_HOME/bin/}java" -jar "$jar")
fi

failed=0
broken=0
summary() { [ -n "${GITHUB_STEP_SUMMARY:-}" ] && printf '%s\n' "$1" >> "$GITHUB_STEP_SUMMARY"; return 0; }

if [ ${#paths[@]} -gt 0 ]; then
  strict=(); [ "${INPUT_STRICT:-false}" = "true" ] && strict=(--strict)
  echo "hwcalc check --format github ${strict[*]:+${strict[*]} }${paths[*]}"
  out="$("${hw[@]}" check --format github "${strict[@]}" "${paths[@]}")"; rc=$?
  [ -n "$out" ] && printf '%s\n' "$out"
  summary "- check: ${out##*$'\n'}"
  case $rc in 0) ;; 1) failed=1 ;; *) broken=1; echo "::error title=hwcalc check::exit $rc (bad input or an internal error)" ;; esac
fi

for file in "${claims[@]}"; do
  echo "hwcalc verify ${specs[*]:+${specs[*]} }$file"
  err="$("${hw[@]}" verify "${specs[@]}" "$file" 2>&1 >/dev/null)"; rc=$?
  [ -n "$err" ] && printf '%s\n' "$err"
  case $rc in
    0) summary "- verify $file: every verdict as expected" ;;
    1)
      failed=1
      summary "- verify $file: ${err##*; }"
      # "... not as expected: ID (expected X, got Y), ...": one annotation per claim, at its id line
      while read -r id expected got; do
        line=""; [ -f "$file" ] && line="$(grep -n -m1 -E "id: *['\"]?$id['\"]?\s*$" "$file" | cut -d: -f1)"
        echo "::error file=$file${line:+,line=$line},title=hwcalc verify::claim $id: expected $expected, got $got"
      done < <(grep -oE '[a-z0-9][a-z0-9.-]* \(expected [a-z]+, got [a-z]+\)' <<< "$err" | tr -d '(),' | sed 's/ expected / /; s/ got / /')
      ;;
    *) broken=1; echo "::error file=$file,title=hwcalc verify::exit $rc: $(head -1 <<< "$err")" ;;
  esac
done

if [ ${#articles[@]} -gt 0 ]; then
  # an unknown subcommand with --help prints the top-level usage, so look for scan's own usage line
  if "${hw[@]}" scan --help 2>/dev/null | head -1 | grep -q '^Usage: hwcalc scan'; then
    echo "hwcalc scan ${specs[*]:+${specs[*]} }${articles[*]}"
    "${hw[@]}" scan "${specs[@]}" "${articles[@]}"; rc=$?
    case $rc in 0) ;; 1) failed=1 ;; *) broken=1; echo "::error title=hwcalc scan::exit $rc" ;; esac
  else
    echo "::warning title=hwcalc scan::this hwcalc has no scan command yet; the articles were not scanned"
  fi
fi

[ $broken -ne 0 ] && exit 2
exit $failed
