#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Collects the results of one run of scripts/bench.sh and prints the table of the speed
and memory bars of quality.md (P1-P7) in Markdown: id, what, figure, bar, met.

RESULTS holds what scripts/bench.sh wrote: engine.json, ui.json and chart.json (Google
Benchmark, --benchmark_out, aggregates of the repetitions), startup.json
(startup_bench.py --json) and load.txt (/proc/loadavg sampled before each program).
A rerun-*.json beside them is a second run of a benchmark whose bar was missed; its
figure is shown in the met column.

Figures are medians of the repetitions, wall-clock time (CPU time in brackets); a ratio is
of two figures of the same run.

Usage: report.py RESULTS [--out FILE] [--command TEXT]
       report.py RESULTS --missed   (what to run again: "engine|ui|chart REGEX" or
                                     "startup -", one program a line)"""
import argparse
import datetime
import json
import os
import pathlib
import platform
import re
import subprocess

PROGRAMS = {"engine": "backlog_bench", "ui": "backlog_ui_bench", "chart": "backlog_chart_bench"}
TO_MS = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1e3}


class Bench:
    """Medians (and CPU times, labels, counters) of the Google Benchmark runs, by name."""

    def __init__(self):
        self.runs = {}

    def load(self, path):
        data = json.loads(path.read_text())
        for b in data.get("benchmarks", []):
            name = b.get("run_name", b["name"]).removesuffix("/real_time")
            run = self.runs.setdefault(name, {"counters": {}})
            if b.get("error_occurred"):
                run["error"] = b.get("error_message", "error")
                continue
            aggregate = b.get("aggregate_name")
            unit = TO_MS[b.get("time_unit", "ns")]
            if aggregate == "median" or aggregate is None and "real" not in run:
                run["real"] = b["real_time"] * unit
                run["cpu"] = b["cpu_time"] * unit
                run["label"] = b.get("label", "")
                run["repetitions"] = b.get("repetitions", 1)
                for key, value in b.items():
                    if key not in {"name", "run_name", "run_type", "aggregate_name", "aggregate_unit",
                                   "family_index", "per_family_instance_index", "repetitions",
                                   "threads", "iterations", "real_time", "cpu_time", "time_unit",
                                   "label", "repetition_index", "error_occurred"} and isinstance(value, (int, float)):
                        run["counters"][key] = value
            elif aggregate == "cv":
                run["cv"] = b["real_time"]  # a fraction

    def has(self, name):
        return name in self.runs and "real" in self.runs[name]

    def ms(self, name):
        return self.runs[name]["real"]


class Missing(Exception):
    pass


class Results:
    def __init__(self, folder, prefix=""):
        self.bench = Bench()
        self.startup = None
        for key in PROGRAMS:
            path = folder / f"{prefix}{key}.json"
            if path.exists():
                self.bench.load(path)
        path = folder / f"{prefix}startup.json"
        if path.exists():
            self.startup = json.loads(path.read_text())

    def t(self, name):
        if not self.bench.has(name):
            raise Missing(self.bench.runs.get(name, {}).get("error", "not run"))
        return self.bench.ms(name)

    def cpu(self, name):
        return self.bench.runs[name]["cpu"]

    def counter(self, name, key, default=0):
        return self.bench.runs.get(name, {}).get("counters", {}).get(key, default)

    def label(self, name):
        return self.bench.runs.get(name, {}).get("label", "")

    def start(self):
        if not self.startup:
            raise Missing("not run")
        return self.startup


def ms(value):
    return f"{value:.2f} ms" if value < 10 else f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"


def timed(r, name):
    return f"{ms(r.t(name))} (CPU {ms(r.cpu(name))})"


def under(limit):
    return lambda r, name: (timed(r, name), r.t(name) <= limit)


def info(r, name):
    return timed(r, name), None


# Each row: id, what (text, or a function of the results), names it reads, figure and
# verdict (a function), bar, and what to run again when the bar is missed.
def rows(r):
    out = []

    def row(pid, what, figure, bar, rerun, *names):
        out.append({"id": pid, "what": what, "figure": figure, "bar": bar, "rerun": rerun,
                    "names": names})

    def startup_ratio(r, _):
        s = r.start()["startup_ms"]
        ratio = s["backlog"] / s["minimal"]
        return f"{s['backlog']:.0f} ms against {s['minimal']:.0f} ms: ratio {ratio:.2f}", ratio <= 1.5

    def peak(r, _):
        m = r.start()["peak_rss_mib"]
        extra = m["backlog"] - m["minimal"]
        return f"{m['backlog']:.1f} MiB against {m['minimal']:.1f} MiB: +{extra:.1f} MiB", extra <= 20

    def ratio(a, b, limit):
        def f(r, _):
            x, y = r.t(a), r.t(b)
            return f"{ms(x)} against {ms(y)}: ratio {x / y:.2f}", x / y <= limit
        return f

    def growth_of(prefix):
        def growth(r, _):
            t1, t10 = r.t(prefix + "/1"), r.t(prefix + "/10")
            e1 = r.counter(prefix + "/1", "entries", 1)
            e10 = r.counter(prefix + "/10", "entries", 1)
            return f"{t10 / t1:.1f} (for {e10 / e1:.1f} x the entries)", t10 / t1 <= 12
        return growth
    growth = growth_of("P3/evaluate_years")

    chart, bare = "P2/chart_replot_10y", "P2/bare_qcustomplot_replot_10y"
    save = "P4/save_entry_against_bare_insert_10y"
    row("P1", "exec to first paint of the main window, 10-year diary, offscreen, against a "
        "minimal Qt Widgets + QCustomPlot program (`tests/bench/minimal_app.cpp`)",
        startup_ratio, "<= 1.5 x", ("startup", ""), "startup")
    row("P2", lambda r: "full replot of the chart, 10 years ({:,.0f} pain and {:,.0f} function points, "
        "7-day means, baselines, bands, {:,.0f} session and alert markers), 1280 x 800 offscreen".format(
            r.counter(chart, "pain_points"), r.counter(chart, "function_points"),
            r.counter(chart, "sessions")), under(8), "<= 8 ms", ("chart", "P2/"), chart)
    row("P2", "a bare QCustomPlot with the same graphs and point counts, replotted the same way "
        "(chart against bare)", ratio(chart, bare, 1.5), "<= 1.5 x", ("chart", "P2/"), chart, bare)
    row("P3", lambda r: "full evaluation (plan, adherence, every rule on every day) of the 10-year "
        "episode ({:,.0f} entries, {:,.0f} sessions)".format(
            r.counter("P3/evaluate_years/10", "entries"), r.counter("P3/evaluate_years/10", "sessions")),
        under(20), "<= 20 ms", ("engine", "P3/"), "P3/evaluate_years/10")
    row("P3", lambda r: "the same of the 1-year episode ({:,.0f} entries)".format(
        r.counter("P3/evaluate_years/1", "entries")), info, "", None, "P3/evaluate_years/1")
    row("P3", "10-year / 1-year time", growth, "<= 12", ("engine", "P3/"),
        "P3/evaluate_years/1", "P3/evaluate_years/10")
    def paired(r, name):
        r.t(name)  # raises Missing when the benchmark did not run
        x, y, q = (r.counter(name, key) for key in ("save_ms", "bare_ms", "ratio"))
        return f"{ms(x)} against {ms(y)}: ratio {q:.2f}", q <= 1.5

    row("P8", lambda r: "\"is massage helping me?\" analysis of the 10-year episode ({:,.0f} entries, "
        "{:,.0f} usable sessions)".format(r.counter("P8/analyse_years/10", "entries"),
                                         r.counter("P8/analyse_years/10", "sessions_used")),
        under(50), "<= 50 ms", ("engine", "P8/"), "P8/analyse_years/10")
    row("P8", "10-year / 1-year time", growth_of("P8/analyse_years"), "<= 12", ("engine", "P8/"),
        "P8/analyse_years/1", "P8/analyse_years/10")
    row("P4", lambda r: "saving one day's entry into the 10-year diary (`Diary::saveEntry`, one "
        "transaction; {}) against one bare QSQLITE insert of a comparable row in its own "
        "transaction, same pragmas, the two alternating in one loop (ratio: median of the "
        "repetitions' ratios)".format(r.label(save).replace("synchronous=2", "synchronous=2 (FULL)")),
        paired, "<= 1.5 x", ("engine", "P4/save_entry_against"), save)
    row("P4 (info)", "the app's whole save of today's entry: the same save, then the full "
        "evaluation of the diary in memory and the pages told (`DiaryService::saveEntry`)",
        info, "", None, "P4/service_save_today_and_evaluate_10y")
    row("P5", lambda r: "PDF report of 8 weeks (`renderReport`, {:.0f} KiB, chart as vector graphics)".format(
        r.counter("P5/report_pdf_8_weeks", "pdf_kib")), under(300), "<= 300 ms",
        ("ui", "P5/"), "P5/report_pdf_8_weeks")
    row("P5", "CSV export of 10 years from the diary (read, write both files atomically)",
        under(100), "<= 100 ms", ("engine", "P5/csv"), "P5/csv_export_10_years_from_diary")
    row("P5 (part)", "of which writing the two CSV texts in memory", info, "", None,
        "P5/csv_write_10_years")
    row("P5", "import of the 10-year bundle into a new diary (read, validate, one transaction)",
        under(300), "<= 300 ms", ("engine", "P5/(import|read)"), "P5/import_bundle_10_years_fresh_diary")
    row("P5 (part)", lambda r: "of which reading and validating the 10-year bundle ({:.1f} MB of JSON)".format(
        r.counter("P5/read_bundle_10_years", "bytes") / 1e6), info, "", None, "P5/read_bundle_10_years")
    row("P6", "peak resident memory after start-up, 10-year diary, against the minimal program",
        peak, "<= +20 MiB", ("startup", ""), "startup")
    row("P7", "switching the Today page to another day", under(16), "<= 16 ms", ("ui", "P7/today"),
        "P7/today_switch_day")
    pages = sorted((n for n in r.bench.runs if n.startswith("P7/open_page/")),
                   key=lambda n: int(n.rsplit("/", 1)[1]))
    for name in pages:
        page = r.label(name) or name.rsplit("/", 1)[1]
        named = page.lower().startswith("progress")
        what = f"opening the {page} {'tab' if named else 'page'}"
        if not named:
            what += " (not named by the bar; held to the same frame)"
        row("P7", what, under(16), "<= 16 ms" if named else "(<= 16 ms)",
            ("ui", "P7/open_page/" + name.rsplit("/", 1)[1] + "$"), name)
    row("P7 (part)", "building the Progress series from 10 years and replotting (a part of opening the tab)",
        info, "", None, "P7/progress_build_and_replot_10y")
    return out


def evaluate(row, r):
    what = row["what"](r) if callable(row["what"]) else row["what"]
    try:
        figure, met = row["figure"](r, row["names"][0] if row["names"] else None)
    except Missing as e:
        return what, f"not measured ({e})", None
    except (ZeroDivisionError, KeyError) as e:
        return what, f"not measured ({e})", None
    return what, figure, met


def yes_no(met):
    return "" if met is None else "yes" if met else "**no**"


def command_output(cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def machine(build):
    lscpu = command_output(["lscpu"])
    model = re.search(r"^Model name:\s*(.+)$", lscpu, re.M)
    mem_kib = 0
    for line in pathlib.Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            mem_kib = int(line.split()[1])
    debian = pathlib.Path("/etc/debian_version")
    compiler = "c++"
    cache = build / "CMakeCache.txt"
    if cache.exists():
        m = re.search(r"^CMAKE_CXX_COMPILER:\w+=(.+)$", cache.read_text(), re.M)
        if m:
            compiler = m.group(1)
    first = command_output([compiler, "--version"]).splitlines()[:1]
    # "c++ (Debian 12.2.0-14+deb12u1) 12.2.0": name the compiler c++ stands for
    compiler_version = [f"{pathlib.Path(os.path.realpath(compiler)).name} {first[0].split(')')[-1].strip()} "
                        f"({first[0].split('(')[1].split(')')[0]})"] if first and "(" in first[0] else first
    qt = command_output(["dpkg-query", "-W", "-f=${Version}", "qt6-base-dev"]).split("+")[0]
    sqlite = command_output(["dpkg-query", "-W", "-f=${Version}", "libsqlite3-0"]).split("-")[0]
    return ("{model}, {cores} cores, {mem:.0f} GiB RAM, Debian {debian} ({arch}), {cc}, Qt {qt}, "
            "SQLite {sqlite}; release preset (`CMAKE_BUILD_TYPE=Release`), offscreen platform").format(
        model=model.group(1) if model else platform.processor() or "unknown CPU",
        cores=os.cpu_count(), mem=mem_kib / 1024 / 1024,
        debian=debian.read_text().strip() if debian.exists() else "?", arch=platform.machine(),
        cc=compiler_version[0] if compiler_version else compiler, qt=qt or "?", sqlite=sqlite or "?")


def load_summary(folder):
    path = folder / "load.txt"
    if not path.exists():
        return "not recorded"
    samples = []
    for line in path.read_text().splitlines():
        parts = line.split()
        if len(parts) >= 5:
            samples.append((parts[0], parts[2], parts[3], parts[4]))
    if not samples:
        return "not recorded"
    ones = [float(s[1]) for s in samples]
    first, last = samples[0], samples[-1]
    return ("1-minute load average {lo:.2f} to {hi:.2f} over {n} samples (before each program and at "
            "the end); at the start {a} {b} {c}, at the end {d} {e} {f} (1, 5, 15 min)").format(
        lo=min(ones), hi=max(ones), n=len(samples), a=first[1], b=first[2], c=first[3],
        d=last[1], e=last[2], f=last[3])


def run_date(folder):
    """When the run began: the first load sample, else now."""
    path = folder / "load.txt"
    if path.exists():
        for line in path.read_text().splitlines():
            parts = line.split()
            if len(parts) > 1:
                when = datetime.datetime.fromisoformat(parts[1].replace("Z", "+00:00"))
                return f"{when:%Y-%m-%d %H:%M} UTC (start of the run)"
    return f"{datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("results", type=pathlib.Path)
    parser.add_argument("--out", type=pathlib.Path, help="also write the table here")
    parser.add_argument("--missed", action="store_true",
                        help="print what to run again (program and filter) for each missed bar")
    parser.add_argument("--command", default="./scripts/bench.sh")
    parser.add_argument("--build", type=pathlib.Path, default=pathlib.Path("build/release"))
    args = parser.parse_args()

    r = Results(args.results)
    rerun = Results(args.results, "rerun-")
    table = rows(r)

    if args.missed:
        again = {}
        for row in table:
            _, _, met = evaluate(row, r)
            if met is False and row["rerun"]:
                program, pattern = row["rerun"]
                patterns = again.setdefault(program, [])
                if pattern not in patterns:
                    patterns.append(pattern)
        for program, patterns in again.items():
            print(program, "|".join(f"({p})" for p in patterns if p) or "-")
        return

    lines = []
    repetitions = max((run.get("repetitions", 1) for run in r.bench.runs.values()), default=0)
    start = r.startup or {}
    lines.append(f"Date: {run_date(args.results)}")
    lines.append("")
    lines.append(f"Machine: {machine(args.build)}")
    lines.append("")
    lines.append(f"Load during the run: {load_summary(args.results)}")
    lines.append("")
    lines.append(f"Command: `{args.command}` ({repetitions} repetitions of each Google Benchmark, "
                 f"randomly interleaved, medians of wall-clock time with CPU time in brackets; start-up "
                 f"{start.get('rounds', '?')} rounds x {start.get('runs_per_round', '?')} runs of each "
                 f"program, alternating, median of the rounds' medians)")
    lines.append("")
    lines.append("| id | what | figure | bar | met |")
    lines.append("|----|------|--------|-----|-----|")
    for row in table:
        what, figure, met = evaluate(row, r)
        verdict = yes_no(met)
        if met is False:
            names = [n for n in row["names"] if n != "startup"]
            has_rerun = (rerun.startup is not None) if "startup" in row["names"] else \
                all(rerun.bench.has(n) for n in names)
            if has_rerun:
                _, again, met_again = evaluate(row, rerun)
                verdict += f"; rerun: {yes_no(met_again).strip('*')}, {again}"
        lines.append(f"| {row['id']} | {what} | {figure} | {row['bar']} | {verdict} |")
    text = "\n".join(lines) + "\n"
    print(text, end="")
    if args.out:
        args.out.write_text(text)


if __name__ == "__main__":
    main()
