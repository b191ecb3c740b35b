#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds BackLog with its tests (debug) and runs the whole test
# suite with ctest. BACKLOG_KILL_COUNT raises the number of kills of the kill test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset debug >/dev/null
cmake --build --preset debug
export QT_QPA_PLATFORM=offscreen
ctest --preset debug -j2
