#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Makes the Debian package of a configured and built tree with cpack, into a temporary
folder, and checks it: its control fields and contents, the unpacked backlog-cli
(--version, import, export, evaluate against a hand-checked scenario), the manual pages,
the desktop file and the AppStream metainfo with their validators, lintian with no
errors, and the program of the desktop file's Exec line started offscreen.

Every tool it needs must be present: a missing one is a failure, never a skip.
The temporary folder is removed on success and kept (and named) on failure.
"""

import argparse
import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

# What the package must hold (paths under the unpacked root; APP is the app id).
REQUIRED = [
    "usr/bin/backlog",
    "usr/bin/backlog-cli",
    "usr/share/applications/APP.desktop",
    "usr/share/metainfo/APP.metainfo.xml",
    "usr/share/icons/hicolor/scalable/apps/APP.svg",
    *[f"usr/share/icons/hicolor/{n}x{n}/apps/APP.png" for n in (16, 24, 32, 48, 64, 128, 256, 512)],
    "usr/share/man/man1/backlog.1.gz",
    "usr/share/man/man1/backlog-cli.1.gz",
    "usr/share/doc/backlog/copyright",
    "usr/share/doc/backlog/changelog.gz",
]
# The only programs it may install.
PROGRAMS = {"usr/bin/backlog", "usr/bin/backlog-cli"}
# Names of what the test suite builds; none of them may be in the package.
TEST_NAMES = re.compile(r"test|bench|generate|kill_writer|gtest|gmock|probe", re.IGNORECASE)
# Runtime packages that the shared-library scan cannot see (Qt plugins, Qt's translations).
PLUGIN_DEPENDS = ["libqt6sql6-sqlite", "qt6-qpa-plugins", "qt6-translations-l10n"]
TOOLS = ["dpkg-deb", "dpkg-shlibdeps", "lintian", "desktop-file-validate", "appstreamcli", "groff"]


class Failure(Exception):
    pass


def run(cmd, *, env=None, timeout=120, cwd=None):
    """Runs cmd and returns (exit status, stdout, stderr) as text."""
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=timeout, cwd=cwd)
    except subprocess.TimeoutExpired:
        raise Failure(f"{' '.join(cmd)}: no answer within {timeout} s")
    return p.returncode, p.stdout, p.stderr


def check(condition, message):
    if not condition:
        raise Failure(message)


def runtime_env(tmp):
    """A clean environment for the unpacked programs: a home of their own, English
    messages, no display."""
    home = os.path.join(tmp, "home")
    runtime = os.path.join(tmp, "runtime")
    os.makedirs(home, exist_ok=True)
    os.makedirs(runtime, mode=0o700, exist_ok=True)
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("XDG_", "LC_", "LANG")) and k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(HOME=home, XDG_RUNTIME_DIR=runtime, LANG="C.UTF-8", LANGUAGE="en",
               QT_QPA_PLATFORM="offscreen")
    return env


def make_package(args, tmp):
    out = os.path.join(tmp, "out")
    status, stdout, stderr = run([args.cpack, "-G", "DEB", "--config", args.config, "-B", out],
                                 timeout=300)
    check(status == 0, f"cpack failed ({status}):\n{stdout}{stderr}")
    debs = [f for f in os.listdir(out) if f.endswith(".deb")]
    check(len(debs) == 1, f"cpack made {debs}, expected one .deb")
    _, arch, _ = run(["dpkg", "--print-architecture"])
    expected = f"backlog_{args.version}_{arch.strip()}.deb"
    check(debs[0] == expected, f"the package is named {debs[0]}, expected {expected}")
    print(f"made {debs[0]} ({os.path.getsize(os.path.join(out, debs[0]))} bytes)")
    return os.path.join(out, debs[0])


def check_control(deb, args):
    def field(name):
        status, stdout, stderr = run(["dpkg-deb", "--field", deb, name])
        check(status == 0, f"dpkg-deb --field {name}: {stderr}")
        return stdout.strip()

    check(field("Package") == "backlog", f"Package is {field('Package')!r}")
    check(field("Version") == args.version, f"Version is {field('Version')!r}, expected {args.version}")
    for name in ("Maintainer", "Section", "Homepage", "Description"):
        check(field(name), f"the control file has no {name} field")
    depends = [d.strip().split(" ")[0] for d in field("Depends").split(",")]
    for package in PLUGIN_DEPENDS + ["libqt6core6", "libqt6widgets6"]:
        check(package in depends, f"Depends lacks {package}: {depends}")
    print("control fields: ok (Depends: " + ", ".join(depends) + ")")


def check_contents(deb, root, app_id):
    status, stdout, stderr = run(["dpkg-deb", "--contents", deb])
    check(status == 0, f"dpkg-deb --contents: {stderr}")
    files = set()
    for line in stdout.splitlines():
        path = line.split(None, 5)[5]
        check(path.startswith("./usr/"), f"the package installs outside /usr: {path}")
        if not path.endswith("/"):
            files.add(path[2:].split(" -> ")[0])
    missing = [p.replace("APP", app_id) for p in REQUIRED if p.replace("APP", app_id) not in files]
    check(not missing, "the package lacks:\n  " + "\n  ".join(missing))
    programs = {f for f in files if "/bin/" in f or f.startswith("usr/lib")}
    check(programs == PROGRAMS, f"the package installs programs or libraries other than "
                                f"backlog and backlog-cli: {sorted(programs - PROGRAMS)}")
    tests = sorted(f for f in files if TEST_NAMES.search(os.path.basename(f)))
    check(not tests, f"the package holds files of the test suite: {tests}")
    status, _, stderr = run(["dpkg-deb", "-x", deb, root])
    check(status == 0, f"dpkg-deb -x: {stderr}")
    print(f"contents: ok ({len(files)} files, both programs, no test programs)")


def check_cli(root, args, tmp, env):
    cli = os.path.join(root, "usr/bin/backlog-cli")
    status, stdout, stderr = run([cli, "--version"], env=env)
    check(status == 0 and stdout == f"backlog-cli {args.version}\n",
          f"backlog-cli --version: status {status}, printed {stdout!r} {stderr!r}")

    base = os.path.join(args.scenarios, args.scenario)
    extra = []
    if os.path.exists(base + ".args"):
        with open(base + ".args") as f:
            extra = f.read().split()
    with open(base + ".expected.json") as f:
        expected = json.load(f)

    db = os.path.join(tmp, "diary", "diary.sqlite")
    os.makedirs(os.path.dirname(db))
    status, stdout, stderr = run([cli, "import", base + ".backlog.json", "--db", db], env=env)
    check(status == 0 and re.fullmatch(r"Imported \d+ entries, \d+ sessions and \d+ alerts "
                                       r"from .* into .*diary\.sqlite\n", stdout),
          f"backlog-cli import: status {status}, printed {stdout!r} {stderr!r}")
    exported = os.path.join(tmp, "diary", "export.backlog.json")
    status, stdout, stderr = run([cli, "export", "--format", "json", "-o", exported, "--db", db], env=env)
    check(status == 0 and stdout.startswith("Exported "),
          f"backlog-cli export: status {status}, printed {stdout!r} {stderr!r}")
    for bundle in (base + ".backlog.json", exported):
        status, stdout, stderr = run([cli, "evaluate", bundle] + extra, env=env)
        check(status == 0, f"backlog-cli evaluate {bundle}: status {status}: {stderr}")
        try:
            actual = json.loads(stdout)
        except json.JSONDecodeError as e:
            raise Failure(f"backlog-cli evaluate {bundle} printed no JSON ({e}):\n{stdout}")
        check(actual == expected, f"backlog-cli evaluate {bundle} differs from "
                                  f"{args.scenario}.expected.json:\n{stdout}")
    status, _, stderr = run([cli, "evaluate", os.path.join(tmp, "no-such.backlog.json")], env=env)
    check(status == 2 and "no-such.backlog.json" in stderr,
          f"backlog-cli evaluate of a missing file: status {status} (expected 2), {stderr!r}")
    print(f"backlog-cli: ok (version, import, export, evaluate {args.scenario} as expected)")
    return db


def check_man_pages(root, env):
    for page in ("backlog", "backlog-cli"):
        path = os.path.join(root, f"usr/share/man/man1/{page}.1.gz")
        with gzip.open(path, "rb") as f:
            source = f.read()
        with open(path, "rb") as f:
            header = f.read(10)
        check(header[4:8] == b"\0\0\0\0", f"{page}.1.gz carries a time stamp (gzip -n)")
        p = subprocess.run(["groff", "-man", "-ww", "-z"], input=source, capture_output=True,
                           env=dict(env, LC_ALL="C.UTF-8"))
        check(p.returncode == 0 and not p.stderr,
              f"groff warns about {page}.1:\n{p.stderr.decode(errors='replace')}")
        text = source.decode()
        for section in ("NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "EXIT STATUS", "FILES",
                        "EXAMPLES", "SEE ALSO"):
            check(f"\n.SH {section}\n" in text or f'\n.SH "{section}"\n' in text,
                  f"{page}.1 has no {section} section")
    print("manual pages: ok (groff -man -ww: no warnings)")


def check_desktop_integration(root, app_id, env):
    desktop = os.path.join(root, f"usr/share/applications/{app_id}.desktop")
    status, stdout, stderr = run(["desktop-file-validate", desktop], env=env)
    check(status == 0 and not stdout.strip() and not stderr.strip(),
          f"desktop-file-validate ({status}):\n{stdout}{stderr}")

    metainfo = os.path.join(root, f"usr/share/metainfo/{app_id}.metainfo.xml")
    for cmd in (["appstreamcli", "validate", "--no-net", "--pedantic", metainfo],
                ["appstreamcli", "validate-tree", "--no-net", "--pedantic", root]):
        status, stdout, stderr = run(cmd, env=env)
        problems = [line for line in (stdout + stderr).splitlines() if re.match(r"\s*[EWI]: ", line)]
        # Pedantic notes are allowed: the id has capitals (org.backlog.BackLog) by choice.
        check(status == 0 and not problems, f"{' '.join(cmd[:2])} ({status}):\n{stdout}{stderr}")
    with open(metainfo) as f:
        xml = f.read()
    check(f"<id>{app_id}</id>" in xml, f"the metainfo's id is not {app_id}")
    check(f'<launchable type="desktop-id">{app_id}.desktop</launchable>' in xml,
          "the metainfo does not launch the desktop file")

    entries = {}
    with open(desktop) as f:
        for line in f:
            if "=" in line and not line.startswith("#"):
                key, value = line.rstrip("\n").split("=", 1)
                entries.setdefault(key, value)
    check(entries.get("Icon") == app_id, f"the desktop file's icon is {entries.get('Icon')!r}")
    print("desktop file, metainfo and icons: ok (desktop-file-validate, appstreamcli validate "
          "and validate-tree)")
    return entries["Exec"]


def check_lintian(deb, env):
    status, stdout, stderr = run(["lintian", "--fail-on", "error", "--tag-display-limit", "0", deb],
                                 env=env, timeout=240)
    output = "\n".join(line for line in (stdout + stderr).splitlines()
                       if "running with root privileges" not in line)
    check(status == 0, f"lintian reports errors ({status}):\n{output}")
    errors = [line for line in output.splitlines() if line.startswith("E: ")]
    check(not errors, "lintian reports errors:\n" + "\n".join(errors))
    print("lintian: no errors" + (f"\n{output}" if output.strip() else ", nothing else either"))


def check_gui(root, exec_line, tmp, env, diary):
    words = [w for w in exec_line.split() if not re.fullmatch(r"%[fFuUdDnNickvm]", w)]
    check(words, "the desktop file's Exec line is empty")
    program = words[0]
    path = program if os.path.isabs(program) else os.path.join("usr/bin", program)
    unpacked = os.path.join(root, path.lstrip("/"))
    check(os.access(unpacked, os.X_OK), f"the desktop file starts {program}, which the package "
                                        f"does not install")
    gui_env = dict(env, BACKLOG_EXIT_AFTER_FIRST_PAINT="1")
    for name, db in (("a new diary", os.path.join(tmp, "gui", "new.sqlite")),
                     ("the imported diary", diary)):
        os.makedirs(os.path.dirname(db), exist_ok=True)
        status, stdout, stderr = run([unpacked] + words[1:] + ["--db", db], env=gui_env, timeout=60)
        check(status == 0, f"{program} on {name} exited with {status}:\n{stdout}{stderr}")
        check(os.path.exists(db), f"{program} did not create or keep {db}")
    print(f"{program} (the desktop file's Exec): started offscreen and exited 0 on a new and "
          "an imported diary")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cpack", required=True)
    parser.add_argument("--config", required=True, help="CPackConfig.cmake of the build tree")
    parser.add_argument("--work", required=True, help="folder for the temporary files")
    parser.add_argument("--version", required=True)
    parser.add_argument("--app-id", required=True)
    parser.add_argument("--scenarios", required=True)
    parser.add_argument("--scenario", default="night_pain")
    args = parser.parse_args()

    missing = [t for t in [args.cpack] + TOOLS if not shutil.which(t)]
    if missing:
        print("check_deb: missing tools: " + ", ".join(missing) +
              " (scripts/install-deps.sh installs them)", file=sys.stderr)
        return 1

    os.makedirs(args.work, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="deb-", dir=args.work)
    try:
        env = runtime_env(tmp)
        deb = make_package(args, tmp)
        check_control(deb, args)
        root = os.path.join(tmp, "root")
        check_contents(deb, root, args.app_id)
        diary = check_cli(root, args, tmp, env)
        check_man_pages(root, env)
        exec_line = check_desktop_integration(root, args.app_id, env)
        check_gui(root, exec_line, tmp, env, diary)
        check_lintian(deb, env)
    except Failure as e:
        print(f"check_deb: FAILED: {e}\n(files kept in {tmp})", file=sys.stderr)
        return 1
    shutil.rmtree(tmp, ignore_errors=True)
    print("check_deb: the package is complete and works")
    return 0


if __name__ == "__main__":
    sys.exit(main())
