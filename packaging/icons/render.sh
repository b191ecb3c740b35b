#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the PNG icons of the hicolor theme from org.backlog.BackLog.svg. The PNGs are
# committed, so the build needs no SVG renderer; run this after changing the SVG.
# Needs rsvg-convert (Debian package librsvg2-bin); optipng, when present, shrinks the
# files losslessly.
set -euo pipefail
cd "$(dirname "$0")"
id=org.backlog.BackLog
if ! command -v rsvg-convert >/dev/null 2>&1; then
  echo "render.sh: rsvg-convert is missing (sudo apt-get install librsvg2-bin)" >&2
  exit 1
fi
for size in 16 24 32 48 64 128 256 512; do
  out="hicolor/${size}x${size}/apps/$id.png"
  mkdir -p "$(dirname "$out")"
  rsvg-convert --width "$size" --height "$size" --format png "$id.svg" --output "$out"
  if command -v optipng >/dev/null 2>&1; then
    optipng -quiet -o5 -strip all "$out"
  fi
  echo "render.sh: $out"
done
