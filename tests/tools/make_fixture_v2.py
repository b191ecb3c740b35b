#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes tests/data/fixtures/diary-v2.sqlite: a diary of schema version 2 (clinical rules
version 1), as BackLog wrote it before the upgrade to schema 3, made from the committed
migration scripts 001 and 002 alone. Usage: make_fixture_v2.py [OUTPUT]

What it holds, for the upgrade test (tests/core/StorageTest.cpp):
- an episode starting 2025-09-08 with SCR-IMMUNO answered yes, three activities;
- 20 daily entries (days 1..20); leg weakness `present` on day 5, night pain on days 3
  and 12, and day 9 only partly in the diary's old shape (complete activity ratings);
- sessions on days 2, 6 and 16 (day 6 after the leg weakness of day 5);
- alerts as version 1 stored them: RF-LEG-WEAKNESS (see-doctor, then its level) dated
  day 5 and acknowledged on day 6, RF-NIGHT-PAIN dated day 3 acknowledged on day 4,
  SCR-IMMUNO dated day 1 acknowledged on day 1.
"""
import datetime
import json
import os
import sqlite3
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "tests/data/fixtures/diary-v2.sqlite")
START = datetime.date(2025, 9, 8)


def day(d):
    return (START + datetime.timedelta(days=d - 1)).isoformat()


def statements(path):
    text = open(path, encoding="utf-8").read()
    lines = [l for l in text.splitlines() if not l.strip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";\n") if s.strip().strip(";")]


if os.path.exists(OUT):
    os.remove(OUT)
db = sqlite3.connect(OUT)
for script in ("001_initial.sql", "002_alerts.sql"):
    for statement in statements(os.path.join(ROOT, "resources/migrations", script)):
        db.execute(statement.rstrip(";"))
db.execute("PRAGMA application_id=%d" % 0x424B4C47)
db.execute("PRAGMA user_version=2")
db.execute(
    "INSERT INTO episode (id, patient_name, onset_date, program_start, baseline_pain, "
    "baseline_function, activities, scr_immuno) VALUES (1, ?, ?, ?, 6, 4, ?, 1)",
    ("Fixture Patient Two", (START - datetime.timedelta(days=20)).isoformat(), START.isoformat(),
     json.dumps(["bending", "sitting", "walking"])))
stamp = "2025-09-30T18:00:00Z"
for d in range(1, 21):
    pain = 6 if d < 10 else 5
    weakness = "present" if d == 5 else "none"
    night = 1 if d in (3, 12) else 0
    scores = [4, 4, 5]
    db.execute(
        "INSERT INTO entry (date, pain, function, activity_scores, leg_weakness, night_pain, "
        "note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (day(d), pain, 4.3, json.dumps(scores), weakness, night, "day %d" % d, stamp, stamp))
for d in (2, 6, 16):
    db.execute("INSERT INTO session (date, minutes, kind) VALUES (?, 45, 'swedish')", (day(d),))
for rule, level, fired, acked in (("SCR-IMMUNO", "see-doctor", 1, 1),
                                  ("RF-NIGHT-PAIN", "see-doctor", 3, 4),
                                  ("RF-LEG-WEAKNESS", "see-doctor", 5, 6)):
    db.execute("INSERT INTO alert (rule, level, date, acknowledged) VALUES (?, ?, ?, ?)",
               (rule, level, day(fired), day(acked)))
db.commit()
db.execute("PRAGMA journal_mode=DELETE")
db.close()
print(OUT)
