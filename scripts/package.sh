#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds BackLog for release in build/package (no tests, no
# benchmarks) with Debian's hardening flags, and makes the Debian package with CPack.
# Prints the path of the .deb; install it with: sudo apt-get install ./<that path>
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh

# The compiler and linker flags of Debian's own packages (stack protector, fortified libc
# functions, full RELRO, bind now); the build type adds its optimisation.
export DEB_BUILD_MAINT_OPTIONS="hardening=+all"
# No -g: the package ships no debug symbols.
cxxflags="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS | sed 's/\(^\| \)-g\( \|$\)/ /')"
ldflags="$(dpkg-buildflags --get LDFLAGS)"

cmake -S . -B build/package -G Ninja \
  -DCMAKE_BUILD_TYPE=Release \
  -DBACKLOG_BUILD_TESTS=OFF -DBACKLOG_BUILD_BENCHMARKS=OFF \
  -DCMAKE_CXX_FLAGS="$cxxflags" -DCMAKE_EXE_LINKER_FLAGS="$ldflags" >/dev/null
cmake --build build/package -j"$(nproc)"

rm -f build/package/backlog_*.deb
(cd build/package && cpack -G DEB >/dev/null)
deb=$(ls build/package/backlog_*.deb)
echo "$PWD/$deb"
