#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs the independent FHIR validator (validate.js) for ctest.

  check_fhir.py export --node NODE --cli BACKLOG_CLI --generate BACKLOG_GENERATE --work DIR
                       [--scenarios DIR]
      Generates a one-year episode, imports it into a fresh diary with backlog-cli, exports
      it with `backlog-cli export --format fhir` and validates the export; the same for every
      *.backlog.json of the scenarios folder (they hold what a generated year may lack:
      sessions with shooting pain or numbness, raised and acknowledged alerts of every
      level). Passes when the validator finds nothing in any of them.

  check_fhir.py broken --node NODE --file FILE --expect TEXT [--expect TEXT ...]
      Validates a deliberately broken file: passes only when the validator ran, rejected
      the file, and reported every TEXT.

Either fails, never skips, when Node.js or the validator's node_modules are missing
(scripts/test.sh installs them with npm ci).
"""
import argparse
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
VALIDATOR = os.path.join(HERE, "validate.js")


def fail(message):
    print(f"check_fhir: FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def check_tools(node):
    if not node or node.endswith("NOTFOUND") or not shutil.which(node):
        fail(f"Node.js was not found ({node!r}); install Node.js 18 or newer "
             "(scripts/install-deps.sh does) and configure the build again")
    for package in ("core", "definitions"):
        if not os.path.isfile(os.path.join(HERE, "node_modules", "@medplum", package, "package.json")):
            fail(f"{HERE}/node_modules/@medplum/{package} is missing; run `npm ci` in {HERE} "
                 "(scripts/test.sh does)")


def run(args, **kwargs):
    result = subprocess.run(args, capture_output=True, text=True, **kwargs)
    return result.returncode, result.stdout, result.stderr


def validate(node, files):
    code, out, err = run([node, VALIDATOR, *[os.path.abspath(f) for f in files]], cwd=HERE)
    sys.stdout.write(out)
    sys.stderr.write(err)
    return code, out + err


def export(args):
    check_tools(args.node)
    work = os.path.abspath(args.work)
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")

    def step(command):
        code, out, err = run(command, env=env)
        if code != 0:
            fail(f"{' '.join(command)} exited {code}:\n{out}{err}")

    generated = os.path.join(work, "generated-year.backlog.json")
    step([args.generate, "--years", "1", "--seed", "7", "-o", generated])
    bundles = [generated]
    if args.scenarios:
        bundles += sorted(os.path.join(args.scenarios, name) for name in os.listdir(args.scenarios)
                          if name.endswith(".backlog.json"))
    exports = []
    for bundle in bundles:
        name = os.path.basename(bundle)[: -len(".backlog.json")]
        diary = os.path.join(work, name + ".sqlite")
        fhir = os.path.join(work, name + ".fhir.json")
        step([args.cli, "import", bundle, "--db", diary])
        step([args.cli, "export", "--format", "fhir", "-o", fhir, "--db", diary])
        exports.append(fhir)
    code, _ = validate(args.node, exports)
    if code != 0:
        fail(f"the validator rejected an export (exit {code})")
    print(f"check_fhir: {len(exports)} exports are valid")


def broken(args):
    check_tools(args.node)
    code, output = validate(args.node, [args.file])
    if code != 1:
        fail(f"the validator exited {code} on {args.file}; expected 1 (invalid)")
    missing = [text for text in args.expect if text not in output]
    if missing:
        fail("the validator did not report: " + "; ".join(missing))
    print(f"check_fhir: {args.file} rejected with every expected problem")


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="mode", required=True)
    e = sub.add_parser("export")
    e.add_argument("--node", required=True)
    e.add_argument("--cli", required=True)
    e.add_argument("--generate", required=True)
    e.add_argument("--work", required=True)
    e.add_argument("--scenarios")
    b = sub.add_parser("broken")
    b.add_argument("--node", required=True)
    b.add_argument("--file", required=True)
    b.add_argument("--expect", action="append", default=[])
    args = parser.parse_args()
    export(args) if args.mode == "export" else broken(args)


if __name__ == "__main__":
    main()
