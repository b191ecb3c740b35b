#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""quality.md P1 and P6: the whole process, from exec to the first paint of the main
window on the 10-year diary (offscreen), and its peak resident memory, against a minimal
Qt Widgets + QCustomPlot program built in the same tree, in the same run.

Each program runs RUNS times per round, the two programs alternating round by round so
that machine noise hits both alike; a figure is the median of the rounds' medians. The
peak resident memory is GNU time's %M (maximum resident set size).

Usage: startup_bench.py BUILD_DIR [RUNS] [--rounds N] [--json FILE]"""
import argparse
import datetime
import json
import os
import pathlib
import statistics
import subprocess
import tempfile
import time

parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
parser.add_argument("build", type=pathlib.Path, help="the build folder, e.g. build/release")
parser.add_argument("runs", type=int, nargs="?", default=9, help="runs of each program per round")
parser.add_argument("--rounds", type=int, default=3, help="rounds (default 3)")
parser.add_argument("--json", type=pathlib.Path, help="also write the figures to this file")
args = parser.parse_args()

build = args.build
env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BACKLOG_EXIT_AFTER_FIRST_PAINT="1")

with tempfile.TemporaryDirectory() as tmp:
    env["HOME"] = tmp
    env["XDG_CONFIG_HOME"] = tmp + "/config"
    env["XDG_DATA_HOME"] = tmp + "/data"
    bundle = f"{tmp}/ten.backlog.json"
    diary = f"{tmp}/ten.sqlite"
    start = (datetime.date.today() - datetime.timedelta(days=3649)).isoformat()  # ends today
    subprocess.run([build / "tests/backlog-generate", "--years", "10", "--seed", "1", "--start", start,
                    "-o", bundle], check=True)
    subprocess.run([build / "app/backlog-cli", "import", bundle, "--db", diary], check=True,
                   stdout=subprocess.DEVNULL)

    def measure(cmd):
        times, peaks = [], []
        for _ in range(args.runs):
            begin = time.perf_counter()
            out = subprocess.run(["/usr/bin/time", "-f", "%M", *cmd], env=env, check=True,
                                 capture_output=True, text=True)
            times.append((time.perf_counter() - begin) * 1000)
            peaks.append(int(out.stderr.strip().splitlines()[-1]) / 1024)
        return statistics.median(times), statistics.median(peaks)

    minimal = [str(build / "tests/bench/backlog_minimal_app")]
    backlog = [str(build / "app/backlog"), "--db", diary]
    measure(minimal)  # warm the page cache and the font cache for both, not counted
    measure(backlog)
    app_t, app_m, ref_t, ref_m = [], [], [], []
    for _ in range(args.rounds):
        t, m = measure(minimal); ref_t.append(t); ref_m.append(m)
        t, m = measure(backlog); app_t.append(t); app_m.append(m)
    a_t, r_t = statistics.median(app_t), statistics.median(ref_t)
    a_m, r_m = statistics.median(app_m), statistics.median(ref_m)
    print("| id | what | BackLog | minimal program | result | bar |")
    print("|----|------|---------|-----------------|--------|-----|")
    print(f"| P1 | exec to first paint, 10-year diary, offscreen (median) | {a_t:.0f} ms | {r_t:.0f} ms | ratio {a_t / r_t:.2f} | <= 1.5 |")
    print(f"| P6 | peak resident memory after start-up (median) | {a_m:.1f} MiB | {r_m:.1f} MiB | +{a_m - r_m:.1f} MiB | <= +20 MiB |")
    if args.json:
        args.json.write_text(json.dumps({
            "runs_per_round": args.runs,
            "rounds": args.rounds,
            "startup_ms": {"backlog": a_t, "minimal": r_t,
                           "backlog_rounds": app_t, "minimal_rounds": ref_t},
            "peak_rss_mib": {"backlog": a_m, "minimal": r_m,
                             "backlog_rounds": app_m, "minimal_rounds": ref_m},
        }, indent=2) + "\n")
