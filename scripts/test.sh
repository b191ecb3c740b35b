#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds BackLog with its tests (debug) and runs the whole test
# suite with ctest; then builds it again under AddressSanitizer and UndefinedBehaviorSanitizer
# (the asan preset) and runs the whole suite once more (quality.md R6).
# BACKLOG_KILL_COUNT raises the number of kills of the kill tests;
# BACKLOG_SANITIZERS=0 leaves out the sanitizer pass (it roughly triples the time).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh

# The independent FHIR validator of the suite (tests/tools/fhir) runs on Node.js packages
# pinned by its committed package-lock.json. npm ci installs exactly those, and only when
# node_modules is missing or older than package.json or the lock file; after the first
# install it works offline from npm's cache.
fhir_tools=tests/tools/fhir
fhir_installed="$fhir_tools/node_modules/.package-lock.json"
if [ ! -f "$fhir_installed" ] || [ "$fhir_tools/package-lock.json" -nt "$fhir_installed" ] ||
   [ "$fhir_tools/package.json" -nt "$fhir_installed" ]; then
  echo "test.sh: installing the FHIR validator's packages (npm ci in $fhir_tools)"
  (cd "$fhir_tools" && npm ci --prefer-offline --no-audit --no-fund)
fi

export QT_QPA_PLATFORM=offscreen
cmake --preset debug >/dev/null
cmake --build --preset debug
ctest --preset debug -j2

if [ "${BACKLOG_SANITIZERS:-1}" != 0 ]; then
  echo "test.sh: the whole suite again under AddressSanitizer and UndefinedBehaviorSanitizer"
  cmake --preset asan >/dev/null
  cmake --build --preset asan
  # The package test builds and checks the .deb of the debug tree above; a package of
  # sanitizer builds is nothing anyone installs.
  ctest --preset asan -j2 -E '^deb_package'
fi
