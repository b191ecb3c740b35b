#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the seed corpora of the fuzz targets to fuzz/corpus/<target>/.

The seeds come from the test data: the base bundle and bad inputs of
tests/core/BundleBadInputTest.cpp, the scenario bundles of tests/data/scenarios (cut to a
few entries each, so that every seed stays small), the CSV inputs of tests/core/CsvTest.cpp
and the arguments of tests/core/CommandLineTest.cpp. Run it from anywhere; it replaces
the seeds it writes and leaves other files alone.

    python3 fuzz/make_corpus.py
"""

import copy
import json
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT / "fuzz" / "corpus"
SCENARIOS = ROOT / "tests" / "data" / "scenarios"


def write(target, name, data):
    folder = CORPUS / target
    folder.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    (folder / name).write_bytes(data)


# ---- Bundles -------------------------------------------------------------------------------

def base_bundle():
    """The base bundle of BundleBadInputTest.cpp (kBase), taken from the test's source."""
    source = (ROOT / "tests" / "core" / "BundleBadInputTest.cpp").read_text(encoding="utf-8")
    match = re.search(r'kBase = R"json\((.*?)\)json"', source, re.S)
    return match.group(1)


def set_path(root, path, value, remove=False):
    """Sets (or removes) the value at a path such as entries[0].pain."""
    steps = []
    for part in path.split("."):
        name, *indices = re.split(r"\[", part)
        if name:
            steps.append(name)
        steps += [int(i.rstrip("]")) for i in indices]
    node = root
    for step in steps[:-1]:
        node = node[step]
    last = steps[-1]
    if remove:
        del node[last]
    elif isinstance(node, list) and last >= len(node):
        node.append(value)
    else:
        node[last] = value


def bundles():
    text = base_bundle()
    base = json.loads(text)
    write("bundle", "base.json", text)
    write("bundle", "base-compact.json", json.dumps(base, separators=(",", ":")))

    # Whole texts of the bad-input table.
    whole = {
        "not-json.json": '{\n  "format": "backlog-exchange",\n  "version": 1,\n  oops\n}',
        "trailing-comma.json": '{"format": "backlog-exchange", "version": 1,}',
        "garbage-after.json": '{"format": "backlog-exchange"} x',
        "empty.json": "",
        "top-level-array.json": '[{"format": "backlog-exchange", "version": 1}]',
        "minimal.json": '{"format":"backlog-exchange","version":1,'
                        '"episode":{"onset_date":"2026-10-01","program_start":"2026-10-05"}}',
    }
    for name, body in whole.items():
        write("bundle", name, body)

    # Mutations of the base, one field each (rows of the bad-input table), plus tolerated ones.
    mutations = [
        ("version-2", "version", 2),
        ("version-fraction", "version", 1.5),
        ("exported-at-offset", "exported_at", "2026-11-21T10:00:00.250+02:00"),
        ("exported-at-words", "exported_at", "yesterday"),
        ("patient-not-object", "patient", "Maria"),
        ("onset-after-start", "episode.onset_date", "2026-10-06"),
        ("onset-february-30", "episode.onset_date", "2026-02-30"),
        ("start-year-2200", "episode.program_start", "2200-01-01"),
        ("baseline-null", "episode.baseline", {"pain": None, "function": None}),
        ("baseline-pain-11", "episode.baseline.pain", 11),
        ("activities-six", "episode.activities", ["a", "b", "c", "d", "e", "f"]),
        ("surgery-date", "episode.screening.surgery_date", "2026-09-01"),
        ("screening-text", "episode.screening.SCR-TRAUMA", "no"),
        ("plan-unknown", "plan.template", "aggressive"),
        ("entry-pain-fraction", "entries[0].pain", 7.5),
        ("entry-function-two-decimals", "entries[0].function", 3.25),
        ("entry-function-only", "entries[1].activity_scores", None),
        ("activity-scores-six", "entries[0].activity_scores", [1, 2, 3, 4, 5, 6]),
        ("leg-weakness-worse", "entries[0].symptoms.leg_weakness", "worse"),
        ("stiffness-severe", "entries[1].after_session",
         {"stiffness": "severe", "reaction": True}),
        ("self-care-1441", "entries[1].self_care.movement_min", 1441),
        ("entry-date-twice", "entries[1].date", "2026-10-05"),
        ("note-unicode", "entries[1].note", "caf\u00e9 \u2014 \u8170\u75db \U0001F600\n\ttab"),
        ("session-minutes-601", "sessions[0].minutes", 601),
        ("session-kind-swedish", "sessions[0].kind", "swedish"),
        ("second-session-same-day", "sessions[1]",
         {"date": "2026-10-06", "minutes": 30, "kind": "other"}),
        ("alert-level-mismatch", "alerts[0].level", "emergency"),
        ("alert-acknowledged-before", "alerts[0].acknowledged", "2026-10-08"),
        ("alert-twice", "alerts[1]",
         {"rule": "RF-NIGHT-PAIN", "level": "see-doctor", "date": "2026-10-09"}),
        ("unknown-fields", "x_top", {"tool": "clinic-sync", "list": [1, 2.5, None, True]}),
    ]
    for name, path, value in mutations:
        mutated = copy.deepcopy(base)
        set_path(mutated, path, value, remove=value is None)
        write("bundle", name + ".json", json.dumps(mutated, indent=2, ensure_ascii=False))
    extras = copy.deepcopy(base)
    extras["patient"]["x_patient"] = True
    extras["episode"]["x_episode"] = 12
    extras["entries"][0]["x_entry"] = "from the old app"
    extras["sessions"][0]["x_session"] = [1, 2]
    extras["entries"][0]["symptoms"]["x_symptom"] = True
    write("bundle", "unknown-fields-everywhere.json", json.dumps(extras, indent=2))

    # Scenario bundles, cut to a few entries, sessions and alerts.
    for path in sorted(SCENARIOS.glob("*.backlog.json")):
        scenario = json.loads(path.read_text(encoding="utf-8"))
        entries = scenario.get("entries", [])
        special = [e for e in entries if "after_session" in e or
                   any(v not in (False, "none") for v in e.get("symptoms", {}).values())]
        scenario["entries"] = sorted(entries[:3] + special[:3], key=lambda e: e["date"])
        scenario["entries"] = [e for i, e in enumerate(scenario["entries"])
                               if i == 0 or e["date"] != scenario["entries"][i - 1]["date"]]
        scenario["sessions"] = scenario.get("sessions", [])[:2]
        scenario["alerts"] = scenario.get("alerts", [])[:3]
        name = path.name.replace(".backlog.json", ".json")
        write("bundle", "scenario-" + name, json.dumps(scenario, indent=2, ensure_ascii=False))


# ---- CSV -----------------------------------------------------------------------------------

ENTRIES_HEADER = ("date,pain,function,night_pain,leg_numbness,leg_weakness,saddle,bladder,"
                  "bowel,both_legs,fever,weight_loss,walking_min,note\r\n")
SESSIONS_HEADER = "date,minutes,kind,therapist,shooting_pain,numbness,note\r\n"


def csv_field(text):
    if text and (text[0] in "=+-@\t\r" or (len(text) > 1 and text[0] == "'" and
                                           (text[1] in "=+-@\t\r'"))):
        text = "'" + text
    if any(c in text for c in ',"\r\n') or (text and (text[0].isspace() or text[-1].isspace())):
        return '"' + text.replace('"', '""') + '"'
    return text


def entries_csv(entries):
    """Entries as the app writes them (writeEntriesCsv)."""
    out = ENTRIES_HEADER
    for e in entries:
        s = e.get("symptoms", {})
        b = lambda k: "true" if s.get(k) else "false"  # noqa: E731
        function = "" if e.get("function") is None else "%.1f" % e["function"]
        out += ",".join([e["date"], str(e["pain"]), function, b("night_pain"), b("leg_numbness"),
                         s.get("leg_weakness", "none"), b("saddle"), b("bladder"), b("bowel"),
                         b("both_legs"), b("fever"), b("weight_loss"),
                         str(e.get("self_care", {}).get("walking_min", 0)),
                         csv_field(e.get("note", ""))]) + "\r\n"
    return out


def sessions_csv(sessions):
    """Sessions as the app writes them (writeSessionsCsv)."""
    out = SESSIONS_HEADER
    for s in sessions:
        out += ",".join([s["date"], str(s["minutes"]), s.get("kind", "other"),
                         csv_field(s.get("therapist", "")),
                         "true" if s.get("shooting_pain") else "false",
                         "true" if s.get("numbness") else "false",
                         csv_field(s.get("note", ""))]) + "\r\n"
    return out


def csvs():
    for name in ["responder", "cauda_equina", "progressive_leg_weakness", "session_reactions"]:
        scenario = json.loads((SCENARIOS / (name + ".backlog.json")).read_text(encoding="utf-8"))
        write("csv", "entries-" + name + ".csv", entries_csv(scenario["entries"][:12]))
        write("csv", "sessions-" + name + ".csv", sessions_csv(scenario["sessions"][:6]))
    awkward = ["comma, inside", 'a "quoted" word', "line one\nline two", "=SUM(A1:A3)",
               "'tis worse", "'=already protected", "  spaces  ", "\u00dcn\u00efc\u00f6d\u00e9 \u8170\u75db"]
    write("csv", "entries-awkward-notes.csv", entries_csv(
        [{"date": "2026-10-%02d" % (i + 1), "pain": i % 11, "function": None if i % 3 else 5.5,
          "note": note} for i, note in enumerate(awkward)]))
    write("csv", "sessions-awkward-texts.csv", sessions_csv(
        [{"date": "2026-10-06", "minutes": 45, "kind": "trigger-point", "therapist": "@home",
          "note": "-3 today\r\nbetter"}, {"date": "2026-10-06", "minutes": 600, "kind": "myofascial",
                                           "therapist": "", "numbness": True, "note": ""}]))

    # Readable files of CsvTest.cpp.
    good = {
        "any-order.csv": "note,walking_min,function,date,night_pain,pain\n"
                         "first,10,3.5,2026-10-05,true,7\n"
                         "\"second, with comma\",12,4.0,2026-10-06,false,6\n",
        "date-and-pain.csv": "date,pain\n2026-10-06,4\n2026-10-05,5\n",
        "function-empty.csv": "date,pain,function\n2026-10-05,5,3\n2026-10-06,4,\n2026-10-07,3,6.5\n",
        "bom-crlf-blank.csv": "\ufeff Date , PAIN ,Function\r\n\r\n2026-10-05, 5 , 3.0 \r\n,,\r\n"
                              "2026-10-06,4,4.5\r\n\r\n",
        "no-final-break.csv": "date,pain\n2026-10-05,5",
        "old-mac.csv": "date,pain\r2026-10-05,5\r2026-10-06,3\r",
        "quoted-breaks.csv": "date,pain,note\r\n2026-10-05,5,\"first line\r\nsecond, \"\"quoted\"\" "
                             "line\"\r\n\"2026-10-06\",\"4\",\"\"\r\n",
        "tolerant.csv": "date,pain,night_pain,saddle,bladder,fever,leg_weakness,walking_min\n"
                        "2026-10-05,7.0,YES,no,1,0,Present,30.0\n2026-10-06,6,TRUE,False,,,,\n",
        "unknown-columns.csv": "date,mood,pain,,activity_scores\n2026-10-05,good,5,x,\"3,4\"\n",
        "header-only.csv": "date,pain\r\n",
        "sessions-kind.csv": "\ufeff\n\"Date\",\"Minutes\"\n2026-10-06,45\n",
        "sessions-bad.csv": "date,minutes,kind\n2026-10-06,0,hot-stone\n",
        "sessions-no-minutes.csv": "date,kind\n2026-10-06,swedish\n",
    }
    for name, body in good.items():
        write("csv", name, body)

    # The bad-input table of CsvTest.cpp.
    header = "date,pain,function,night_pain,leg_weakness,walking_min,note\r\n"
    good_row = "2026-10-05,5,3.0,false,none,10,fine\r\n"
    third = lambda row: header + good_row + row + "\r\n"  # noqa: E731
    bad = {
        "bad-no-pain.csv": "date,function\n2026-10-05,3\n",
        "bad-no-header.csv": "2026-10-05,5\n2026-10-06,4\n",
        "bad-semicolons.csv": "date;pain;function\n2026-10-05;5;3,5\n",
        "bad-tabs.csv": "date\tpain\n2026-10-05\t5\n",
        "bad-column-twice.csv": "date,pain,note,pain\n2026-10-05,5,x,5\n",
        "bad-pain-negative.csv": third("2026-10-06,-1,3.0,false,none,10,"),
        "bad-pain-placeholder.csv": third("2026-10-06,%2,3.0,false,none,10,"),
        "bad-date-day-first.csv": third("06/10/2026,4,3.0,false,none,10,"),
        "bad-date-twice.csv": third("2026-10-05,4,3.0,false,none,10,"),
        "bad-function-two-decimals.csv": third("2026-10-06,4,3.25,false,none,10,"),
        "bad-function-decimal-comma.csv": third("2026-10-06,4,\"3,5\",false,none,10,"),
        "bad-night-pain-maybe.csv": third("2026-10-06,4,3.0,maybe,none,10,"),
        "bad-walking-exponent.csv": third("2026-10-06,4,3.0,false,none,1e3,"),
        "bad-too-many-values.csv": third("2026-10-06,4,3.0,false,none,10,a,b"),
        "bad-quote-never-closed.csv": third("2026-10-06,4,3.0,false,none,10,\"open") + good_row,
        "bad-quote-inside.csv": third("2026-10-06,4,3.0,false,none,10,say \"hi\""),
        "bad-text-after-quote.csv": third("2026-10-06,4,3.0,false,none,10,\"hi\" there"),
        "bad-header-quote.csv": "date,pain,\"note\n2026-10-05,5,x\n",
    }
    for name, body in bad.items():
        write("csv", name, body)
    write("csv", "bad-utf16.csv", b"\xff\xfed\x00a\x00t\x00e\x00")
    write("csv", "bad-latin1.csv", third("2026-10-06,4,3.0,false,none,10,caf").encode() + b"\xe9\r\n")
    write("csv", "bad-nul.csv", b"date,pain\n2026-10-05,5\n\x00\n")


# ---- Command line --------------------------------------------------------------------------

def arguments():
    lines = {
        "evaluate": ["evaluate", "responder.backlog.json"],
        "evaluate-as-of": ["evaluate", "responder.backlog.json", "--as-of", "2026-02-20"],
        "evaluate-as-of-inline": ["evaluate", "--as-of=2026-02-20", "responder.backlog.json"],
        "evaluate-as-of-empty": ["evaluate", "r.json", "--as-of="],
        "evaluate-as-of-missing": ["evaluate", "r.json", "--as-of"],
        "evaluate-as-of-invalid": ["evaluate", "r.json", "--as-of", "2026-02-30"],
        "evaluate-as-of-2200": ["evaluate", "r.json", "--as-of", "2200-01-01"],
        "evaluate-extra-file": ["evaluate", "r.json", "extra.json"],
        "evaluate-no-file": ["evaluate"],
        "evaluate-bogus": ["evaluate", "r.json", "--bogus"],
        "evaluate-db": ["evaluate", "r.json", "--db", "diary.sqlite"],
        "unknown-command": ["frobnicate", "r.json"],
        "unknown-option": ["--bogus"],
        "help": ["--help"],
        "version": ["--version"],
        "import": ["import", "episode.backlog.json", "--db", "diary.sqlite"],
        "import-csv": ["import", "data.csv"],
        "import-dash-file": ["import", "--", "-odd name.json"],
        "export-json": ["export", "--format", "json", "-o", "out.backlog.json", "--db", "d.sqlite"],
        "export-csv-range": ["export", "--format=csv", "-o", "diary.csv", "--from", "2026-01-01",
                             "--to", "2026-02-01"],
        "export-pdf": ["export", "--format", "pdf", "-o", "report.pdf", "--paper", "letter",
                       "--notes", "yes"],
        "export-png": ["export", "--format=png", "--output=chart.png", "--to=2026-03-01"],
        "export-from-after-to": ["export", "--format", "json", "-o", "x", "--from", "2026-03-01",
                                 "--to", "2026-02-01"],
        "export-unknown-format": ["export", "--format", "xml", "-o", "x"],
        "export-no-output": ["export", "--format", "json"],
        "export-no-format": ["export", "-o", "x.json"],
        "export-paper-json": ["export", "--format", "json", "-o", "x", "--paper", "a4"],
        "export-notes-maybe": ["export", "--format", "pdf", "-o", "x", "--notes", "maybe"],
        "export-paper-a3": ["export", "--format", "pdf", "-o", "x", "--paper", "A3"],
        "export-db-twice": ["export", "--db", "a", "--db", "b"],
        "export-positional": ["export", "stray"],
    }
    for name, args in lines.items():
        write("cli", name + ".args", "\0".join(args))


if __name__ == "__main__":
    bundles()
    csvs()
    arguments()
    for target in sorted(p.name for p in CORPUS.iterdir()):
        files = list((CORPUS / target).iterdir())
        print("%s: %d seeds, %d bytes" % (target, len(files), sum(f.stat().st_size for f in files)))
