#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds the libFuzzer targets of fuzz/ (the "fuzz" preset: clang,
# AddressSanitizer, UndefinedBehaviorSanitizer) and runs each for a while, one after
# another (quality.md R3):
#
#   bash scripts/fuzz.sh [--seconds N] [TARGET...]     # targets: bundle csv cli (default all)
#
# Each target starts from its committed seeds (fuzz/corpus/TARGET), copied into a working
# corpus under build/fuzz/corpus/TARGET that keeps what earlier runs found; the seeds are
# never modified. Prints for each target the runs, speed, coverage and corpus size, and
# whether it found anything: a crash, a sanitizer report, a broken invariant, a leak, a
# timeout or too much memory. Inputs of findings are saved under build/fuzz/findings/TARGET/.
# Exits 1 when anything was found, 2 on wrong arguments. On a shared machine run it under
# nice -n 19.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() {
  echo "usage: bash scripts/fuzz.sh [--seconds N] [bundle|csv|cli ...]" >&2
  exit 2
}

seconds=60
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) [ $# -ge 2 ] || usage; seconds="$2"; shift 2 ;;
    --seconds=*) seconds="${1#--seconds=}"; shift ;;
    -h|--help) awk 'NR > 2 && /^#/ { sub(/^# ?/, ""); print; next } NR > 2 { exit }' "$0"; exit 0 ;;
    bundle|fuzz_bundle) targets+=(bundle); shift ;;
    csv|fuzz_csv) targets+=(csv); shift ;;
    cli|fuzz_cli) targets+=(cli); shift ;;
    *) echo "fuzz.sh: unknown argument $1" >&2; usage ;;
  esac
done
[[ "$seconds" =~ ^[1-9][0-9]*$ ]] || { echo "fuzz.sh: --seconds needs a whole number > 0" >&2; exit 2; }
[ ${#targets[@]} -gt 0 ] || targets=(bundle csv cli)

# The longest input each target is given: bundles are the largest seeds (about 6 KB).
max_len() {
  case "$1" in
    bundle) echo 16384 ;;
    csv) echo 8192 ;;
    cli) echo 1024 ;;
  esac
}

bash scripts/install-deps.sh
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

build=build/fuzz
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}"

found=0
summary=()
for target in "${targets[@]}"; do
  corpus="$build/corpus/$target"
  findings="$build/findings/$target"
  log="$build/logs/$target.log"
  mkdir -p "$corpus" "$findings" "$(dirname "$log")"
  cp -n fuzz/corpus/"$target"/* "$corpus"/ 2>/dev/null || true
  dict=()
  [ -f "fuzz/$target.dict" ] && dict=(-dict="fuzz/$target.dict")

  echo "fuzz.sh: fuzz_$target for $seconds s (log: $log)"
  status=0
  started=$(date +%s)
  "$build/fuzz/fuzz_$target" "$corpus" "${dict[@]}" \
    -max_total_time="$seconds" -rss_limit_mb=2048 -max_len="$(max_len "$target")" \
    -timeout=25 -print_final_stats=1 -artifact_prefix="$findings/" \
    >"$log" 2>&1 || status=$?
  elapsed=$(( $(date +%s) - started ))

  done_line=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -n 1 || true)
  [ -n "$done_line" ] || done_line=$(grep -E '^#[0-9]+[[:space:]]' "$log" | tail -n 1 || true)
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  [ -n "$runs" ] || runs=$(sed -n 's/^#\([0-9]*\).*/\1/p' <<<"$done_line")
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
  cov=$(grep -oE 'cov: [0-9]+' <<<"$done_line" | grep -oE '[0-9]+' || true)
  ft=$(grep -oE 'ft: [0-9]+' <<<"$done_line" | grep -oE '[0-9]+' || true)
  units=$(grep -oE 'corp: [0-9]+' <<<"$done_line" | grep -oE '[0-9]+' || true)
  files=$(find "$corpus" -type f | wc -l)

  if [ "$status" -eq 0 ]; then
    result="no finding"
  else
    found=1
    artifact=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -n 1)
    kind=$(grep -m 1 -oE 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer): [a-z-]+|runtime error: .*|invariant broken' "$log" || true)
    result="FINDING (${kind:-exit status $status}) ${artifact:+-> $artifact}"
    grep -m 1 -A 3 'invariant broken\|runtime error\|ERROR: ' "$log" | sed 's/^/    /' || true
  fi
  summary+=("$(printf '%-12s %5ss %10s runs %6s exec/s  cov: %-5s ft: %-6s corpus: %s (%s files)  %s' \
    "fuzz_$target" "$elapsed" "${runs:-?}" "${speed:-?}" "${cov:-?}" "${ft:-?}" "${units:-?}" "$files" "$result")")
done

echo
echo "fuzz.sh: results"
printf '  %s\n' "${summary[@]}"
exit "$found"
