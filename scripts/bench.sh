#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The one entry point of the benchmarks: builds the release preset, runs every benchmark
# of quality.md P1-P8 (tests/bench) and prints one table (id, what, figure, bar, met),
# also written to build/release/bench-table.md for docs/quality.md.
#
#   backlog_bench        P3, P4, P5, P8 (engine, save, CSV, import, the analysis)
#   backlog_ui_bench     P5 (PDF report), P7 (pages of the 10-year diary)
#   backlog_chart_bench  P2 (chart against a bare QCustomPlot), P7 (Progress series)
#   startup_bench.py     P1 (exec to first paint), P6 (peak resident memory)
#
# A bar missed in the first pass is measured once more (the same benchmarks, the same
# repetitions) to tell a miss from noise; the table shows both.
#
# Settings (environment): REPETITIONS (Google Benchmark repetitions, default 15),
# ROUNDS and RUNS (start-up: rounds of runs of each program, default 5 x 9).
# The raw results (JSON, console output, load samples) stay in build/release/bench-results.
set -euo pipefail
cd "$(dirname "$0")/.."

repetitions=${REPETITIONS:-15}
rounds=${ROUNDS:-5}
runs=${RUNS:-9}
command="./scripts/bench.sh"
[ "$repetitions$rounds$runs" = "1559" ] || command="REPETITIONS=$repetitions ROUNDS=$rounds RUNS=$runs $command"

bash scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target backlog_bench backlog_ui_bench backlog_chart_bench \
  backlog_minimal_app backlog backlog-cli backlog-generate backlog_core_tests

export QT_QPA_PLATFORM=offscreen
out=build/release/bench-results
rm -rf "$out"
mkdir -p "$out"

sample_load() { echo "$1 $(date -u +%FT%TZ) $(cat /proc/loadavg)" >>"$out/load.txt"; }

# gbench KEY PROGRAM PREFIX [FILTER]: one Google Benchmark program, JSON to PREFIXKEY.json.
gbench() {
  local key=$1 program=$2 prefix=$3 filter=${4:-}
  sample_load "$prefix$key"
  echo "bench: $program${filter:+ --benchmark_filter=$filter} ($repetitions repetitions)" >&2
  "./build/release/tests/bench/$program" \
    --benchmark_repetitions="$repetitions" \
    --benchmark_enable_random_interleaving=true \
    --benchmark_report_aggregates_only=true \
    --benchmark_out="$out/$prefix$key.json" --benchmark_out_format=json \
    ${filter:+--benchmark_filter="$filter"} </dev/null >"$out/$prefix$key.txt" 2>&1 ||
    { cat "$out/$prefix$key.txt" >&2; exit 1; }
}

# startup PREFIX: P1 and P6, whole processes.
startup() {
  sample_load "${1}startup"
  echo "bench: startup_bench.py ($rounds rounds x $runs runs of each program)" >&2
  python3 tests/bench/startup_bench.py build/release "$runs" --rounds "$rounds" \
    --json "$out/${1}startup.json" </dev/null >"$out/${1}startup.txt"
}

gbench engine backlog_bench ""
gbench ui backlog_ui_bench ""
gbench chart backlog_chart_bench ""
startup ""

python3 tests/bench/report.py "$out" --missed >"$out/missed.txt"
while read -r key filter; do
  case $key in
    engine) gbench engine backlog_bench rerun- "$filter" ;;
    ui) gbench ui backlog_ui_bench rerun- "$filter" ;;
    chart) gbench chart backlog_chart_bench rerun- "$filter" ;;
    startup) startup rerun- ;;
  esac
done <"$out/missed.txt"
sample_load end

echo >&2
python3 tests/bench/report.py "$out" --out build/release/bench-table.md --command "$command"

# The large proof of "is massage helping me?" (the suite runs 1,000 diaries): SIMULATED
# diaries (default 10,000) where massage does nothing and half as many where it helps,
# seeded, so the same figures every time.
simulated=${SIMULATED:-10000}
echo "bench: the analysis on $simulated simulated diaries" >&2
BACKLOG_SIMULATED_DIARIES=$simulated ./build/release/tests/backlog_core_tests \
  --gtest_filter='SessionEffectSimulation.*' | tee "$out/simulation.txt" | grep -E 'diaries|OK|FAILED'
