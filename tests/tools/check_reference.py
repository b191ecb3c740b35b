#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs the independent reference evaluator on every scenario and compares its output
with the hand-checked expected file. Usage: check_reference.py SCENARIO_DIR"""
import json
import pathlib
import subprocess
import sys

folder = pathlib.Path(sys.argv[1])
tool = pathlib.Path(__file__).with_name("reference_evaluate.py")
passed = failed = 0
for bundle in sorted(folder.glob("*.backlog.json")):
    name = bundle.name[: -len(".backlog.json")]
    args_file = folder / f"{name}.args"
    args = args_file.read_text().split() if args_file.exists() else []
    run = subprocess.run([sys.executable, str(tool), str(bundle), *args],
                         capture_output=True, text=True)
    expected = json.loads((folder / f"{name}.expected.json").read_text())
    if run.returncode == 0 and json.loads(run.stdout) == expected:
        passed += 1
    else:
        failed += 1
        print(f"{name}: reference output differs from the expected file\n{run.stderr}")
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed or not passed else 0)
