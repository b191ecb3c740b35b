#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the release preset and runs the benchmarks of tests/bench, printing a table of
# medians. The figures go into docs/quality.md.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target backlog_bench backlog_ui_bench backlog_chart_bench backlog_minimal_app \
  backlog backlog-cli backlog-generate
export QT_QPA_PLATFORM=offscreen
for bench in backlog_bench backlog_ui_bench backlog_chart_bench; do
  ./build/release/tests/bench/$bench --benchmark_repetitions=9 \
    --benchmark_report_aggregates_only=true --benchmark_time_unit=ms "$@"
done
python3 tests/bench/startup_bench.py build/release
