#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when any C++ file tracked in the source tree differs from .clang-format.

Usage: check_format.py SOURCE_DIR CLANG_FORMAT

Every *.cpp and *.h under app/, core/, chart/, report/, ui/, tests/ and fuzz/ is checked with
`clang-format --dry-run --Werror`; each file that would change is named. A file that
is well formatted but that clang-format cannot read also fails, so the check cannot
pass by skipping files.
"""
import pathlib
import subprocess
import sys


def main() -> int:
    if len(sys.argv) != 3:
        print("usage: check_format.py SOURCE_DIR CLANG_FORMAT", file=sys.stderr)
        return 2
    root = pathlib.Path(sys.argv[1]).resolve()
    tool = sys.argv[2]
    files = []
    for part in ("app", "core", "chart", "report", "ui", "tests", "fuzz"):
        for pattern in ("*.cpp", "*.h"):
            files.extend(p for p in (root / part).rglob(pattern) if "build" not in p.parts)
    files = sorted(set(files))
    if not files:
        print(f"check_format: no C++ files under {root}", file=sys.stderr)
        return 1
    bad = []
    for f in files:
        run = subprocess.run([tool, "--style=file", "--dry-run", "--Werror", str(f)],
                             cwd=root, capture_output=True, text=True)
        if run.returncode != 0:
            bad.append(f.relative_to(root))
    if bad:
        print(f"check_format: {len(bad)} of {len(files)} files differ from .clang-format "
              f"(run: {tool} -i FILE):")
        for f in bad:
            print(f"  {f}")
        return 1
    print(f"check_format: all {len(files)} files match .clang-format")
    return 0


if __name__ == "__main__":
    sys.exit(main())
