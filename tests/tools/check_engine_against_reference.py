#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Differential test of `backlog-cli evaluate` against the independent reference evaluator
(tests/tools/reference_evaluate.py, clinical rules version 2).

Usage: check_engine_against_reference.py --cli BACKLOG_CLI --work DIR
           [--seed S] [--count N] [--scenarios DIR]

Writes N random version 2 bundles (tests/tools/random_bundles.py, seeds S..S+N-1) into DIR,
adds the hand-made scenarios when given, runs both evaluators on each (with its .args) and
compares the JSON field by field. Means, baselines and ratios are compared as printed
(rounded half up to two decimals by both). With --prefix K it also checks, on the first K
bundles, the prefix property through the command line: evaluating as of an earlier date
gives exactly the alerts of the full evaluation up to that date (acknowledgements in the
input included). Prints one line per difference and ends with 'N passed, N failed'.
"""

import argparse
import datetime
import json
import pathlib
import shutil
import subprocess
import sys

TOOLS = pathlib.Path(__file__).resolve().parent


def differences(expected, actual, path="$"):
    """Every path at which two JSON values differ."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        out = []
        for key in sorted(set(expected) | set(actual)):
            if key not in actual:
                out.append(f"{path}.{key}: missing from the engine's output")
            elif key not in expected:
                out.append(f"{path}.{key}: not in the reference's output")
            else:
                out += differences(expected[key], actual[key], f"{path}.{key}")
        return out
    if isinstance(expected, list) and isinstance(actual, list):
        if path.endswith(".alerts"):
            ref = {(a["date"], a["rule"], a["level"]) for a in expected}
            eng = {(a["date"], a["rule"], a["level"]) for a in actual}
            out = [f"{path}: reference only {a}" for a in sorted(ref - eng)]
            out += [f"{path}: engine only {a}" for a in sorted(eng - ref)]
            if not out and expected != actual:
                out.append(f"{path}: same alerts in another order")
            return out
        if len(expected) != len(actual):
            return [f"{path}: {len(expected)} items in the reference, {len(actual)} in the engine"]
        out = []
        for i, (e, a) in enumerate(zip(expected, actual)):
            out += differences(e, a, f"{path}[{i}]")
        return out
    if expected != actual:
        return [f"{path}: reference {expected!r}, engine {actual!r}"]
    return []


def run(command):
    done = subprocess.run(command, capture_output=True, text=True)
    return done.returncode, done.stdout, done.stderr


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--scenarios")
    parser.add_argument("--prefix", type=int, default=0)
    args = parser.parse_args()

    work = pathlib.Path(args.work)
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    code, _, err = run([sys.executable, str(TOOLS / "random_bundles.py"), "--seed", str(args.seed),
                        "--count", str(args.count), "-o", str(work), "--quiet"])
    if code != 0:
        print(f"random_bundles.py failed:\n{err}")
        print("0 passed, 1 failed")
        return 1
    bundles = sorted(work.glob("*.backlog.json"))
    if args.scenarios:
        bundles += sorted(pathlib.Path(args.scenarios).glob("*.backlog.json"))

    passed = failed = 0
    for bundle in bundles:
        name = bundle.name[: -len(".backlog.json")]
        args_file = bundle.with_name(f"{name}.args")
        extra = args_file.read_text().split() if args_file.exists() else []
        rcode, rout, rerr = run([sys.executable, str(TOOLS / "reference_evaluate.py"), str(bundle), *extra])
        ecode, eout, eerr = run([args.cli, "evaluate", str(bundle), *extra])
        problems = []
        if rcode != ecode:
            problems.append(f"exit status: reference {rcode} ({rerr.strip()}), engine {ecode} ({eerr.strip()})")
        elif rcode == 0:
            problems = differences(json.loads(rout), json.loads(eout))
        if problems:
            failed += 1
            print(f"{bundle}:")
            for p in problems[:12]:
                print(f"  {p}")
        else:
            passed += 1
    for bundle in bundles[: args.prefix]:
        code, out, err = run([args.cli, "evaluate", str(bundle)])
        if code != 0:
            continue  # refused input is compared above
        full = json.loads(out)
        start = datetime.date.fromisoformat(json.load(open(bundle))["episode"]["program_start"])
        end = datetime.date.fromisoformat(full["as_of"])
        problems = []
        step = max(1, (end - start).days // 6)
        day = start - datetime.timedelta(days=2)
        while day < end:
            code, out, err = run([args.cli, "evaluate", str(bundle), "--as-of", day.isoformat()])
            earlier = [a for a in full["alerts"] if a["date"] <= day.isoformat()]
            if code != 0 or json.loads(out)["alerts"] != earlier:
                problems.append(f"as of {day}: not the full evaluation's alerts up to that date")
            day += datetime.timedelta(days=step)
        if problems:
            failed += 1
            print(f"{bundle} (prefix):")
            for p in problems[:6]:
                print(f"  {p}")
        else:
            passed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or not passed else 0


if __name__ == "__main__":
    sys.exit(main())
