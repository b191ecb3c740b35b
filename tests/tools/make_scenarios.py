#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the clinical scenario bundles of tests/data/scenarios/.

For every scenario NAME it writes NAME.backlog.json (the exchange bundle), NAME.args
(when the scenario needs command-line arguments) and NAME.expected.json (what
tests/tools/reference_evaluate.py prints for it). Each expected file has been checked by
hand against the clinical reference (clinical rules version 2); the reasoning is in NAME.md,
written by hand.

Bundles are exchange version 2 (formats.md 1): the 12 screening answers, optional
`screening_answered`, `leg_pain` / `sexual` / `fall` in the daily check, and each
acknowledgement with the level it was recorded at. One scenario, v1_bundle_still_reads, is
written as a version 1 file so that reading version 1 stays covered.

Usage: make_scenarios.py [OUTPUT_DIR]   (default: tests/data/scenarios next to this tool)
"""

import datetime
import json
import os
import sys

sys.dont_write_bytecode = True  # keep the source tree clean
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import reference_evaluate  # noqa: E402

ACTIVITIES = ["bending to put on shoes", "sitting for 30 minutes", "carrying shopping"]
SCREENING_IDS = reference_evaluate.SCREENING_IDS          # the 12 answers of version 2
SCREENING_IDS_V1 = reference_evaluate.SCREENING_IDS_V1    # the 7 answers of version 1
BUNDLE_VERSION = 2  # formats.md 1: writers write version 2


def walking_target(day):
    return min(30, 5 + 2 * (day - 1))


def full_self_care(day):
    """The plan's full daily dose for program day `day` (clinical.md 3)."""
    care = {"cat_cow": 0, "pelvic_tilts": 0, "walking_min": 0, "bird_dog": 0,
            "dead_bug": 0, "movement_min": 0, "smr": False}
    if day < 1:
        care["walking_min"] = 10  # before the plan: some walking, nothing prescribed
    elif day <= 28:
        care.update(cat_cow=3, pelvic_tilts=2, walking_min=walking_target(day))
    elif day <= 56:
        care.update(cat_cow=3, bird_dog=2, dead_bug=2, walking_min=30)
    else:
        care.update(walking_min=30, movement_min=25, smr=(day % 7 in (1, 3, 5)))
    return care


def activity_scores_for(function):
    """Three PSFS activity scores whose mean, rounded to one decimal, is `function`."""
    total = round(function * 3)
    base, extra = divmod(total, 3)
    scores = [base + 1] * extra + [base] * (3 - extra)
    assert reference_evaluate.round_half_up(sum(scores) / 3, 1) == function, function
    return sorted(scores)


class Story:
    """One patient's story. `pain` / `function` are the onboarding ratings (None: not
    given). `screening_answered` maps a screening id to the program day its "yes" was
    given (version 2). `version` 1 writes a version 1 bundle: the 7 screening answers of
    version 1, no `leg_pain`, `sexual`, `fall`, no `screening_answered`."""

    def __init__(self, name, start, onset_days_before, pain, function, patient,
                 screening=None, surgery_date=None, activities=True, version=BUNDLE_VERSION,
                 screening_answered=None):
        self.name = name
        self.version = version
        self.start = datetime.date.fromisoformat(start)
        self.onset = self.start - datetime.timedelta(days=onset_days_before)
        self.baseline = {"pain": pain, "function": function}
        self.patient = patient
        ids = SCREENING_IDS if version >= 2 else SCREENING_IDS_V1
        self.screening = {rule: False for rule in ids}
        for rule in screening or {}:
            assert rule in self.screening, (name, rule)
        self.screening.update(screening or {})
        self.surgery_date = surgery_date
        self.activities = activities
        assert version >= 2 or not screening_answered, name
        self.screening_answered = {rule: self.iso(day) if isinstance(day, int) else day
                                   for rule, day in (screening_answered or {}).items()}
        self.entries = {}
        self.sessions = []
        self.acks = {}  # (rule, fired date) -> (acknowledged date, level recorded)
        self.args = None

    def date(self, day):
        return self.start + datetime.timedelta(days=day - 1)

    def iso(self, day):
        return self.date(day).isoformat()

    def log(self, day, pain, function, self_care="full", note="", stiffness=None,
            reaction=None, **symptoms):
        """One daily entry on program day `day`. `self_care` is "full", None (not
        filled in) or a dict of overrides applied to the full dose."""
        flags = {"saddle": False, "bladder": False, "bowel": False, "both_legs": False,
                 "leg_numbness": False, "leg_weakness": "none", "leg_pain": "none",
                 "sexual": False, "fall": False, "fever": False, "weight_loss": False,
                 "night_pain": False}
        if self.version < 2:  # a version 1 daily check never asked these (formats.md 1)
            for key in ("leg_pain", "sexual", "fall"):
                del flags[key]
        for key, value in symptoms.items():
            assert key in flags, key
            flags[key] = value
        if function is None:  # function not logged that day (never 0)
            entry = {"date": self.iso(day), "pain": pain, "function": None,
                     "activity_scores": [], "symptoms": flags}
        else:
            entry = {"date": self.iso(day), "pain": pain, "function": float(function),
                     "activity_scores": activity_scores_for(function) if self.activities else [],
                     "symptoms": flags}
        # The after-session questions are asked on the 3 days after a session and
        # while a reaction is reported (clinical.md 4.3).
        last_session = max((s["day"] for s in self.sessions if s["day"] < day), default=None)
        asked = last_session is not None and day - last_session <= 3
        if asked or stiffness is not None or reaction is not None:
            entry["after_session"] = {"stiffness": stiffness or "none",
                                      "reaction": bool(reaction)}
        if self_care is not None:
            care = full_self_care(day)
            if self_care != "full":
                care.update(self_care)
            entry["self_care"] = care
        entry["note"] = note
        assert day not in self.entries, (self.name, day)
        self.entries[day] = entry

    def log_days(self, first_day, pains, functions, **options):
        assert len(pains) == len(functions), self.name
        for offset, (pain, function) in enumerate(zip(pains, functions)):
            self.log(first_day + offset, pain, function, **options)

    def session(self, day, minutes=45, kind="swedish", shooting_pain=False,
                numbness=False, note="", therapist="J. Okafor"):
        # Sessions must be added before the entries that follow them (for after_session).
        self.sessions.append({"day": day, "date": self.iso(day), "minutes": minutes,
                              "kind": kind, "therapist": therapist,
                              "shooting_pain": shooting_pain, "numbness": numbness,
                              "note": note})

    def acknowledge(self, rule, fired_day, acked_day, level=None):
        """The patient acknowledged the alert (rule, fired_day) on acked_day. `level` is
        the level recorded with the acknowledgement: the rule's version 2 level unless
        given (an older, less urgent level does not count, clinical.md 4.4)."""
        self.acks[(rule, self.iso(fired_day))] = (self.iso(acked_day),
                                                   level or reference_evaluate.LEVELS[rule])

    def bundle(self, alerts):
        screening = dict(self.screening)
        screening["surgery_date"] = self.surgery_date
        last = max([e["date"] for e in self.entries.values()] +
                   [s["date"] for s in self.sessions] + [self.start.isoformat()])
        episode = {
            "onset_date": self.onset.isoformat(),
            "program_start": self.start.isoformat(),
            "baseline": self.baseline,
            "activities": ACTIVITIES if self.activities else [],
            "screening": screening,
        }
        if self.screening_answered:
            episode["screening_answered"] = dict(sorted(self.screening_answered.items()))
        return {
            "format": "backlog-exchange",
            "version": self.version,
            "exported_at": last + "T19:30:00Z",
            "patient": {"name": self.patient},
            "episode": episode,
            "plan": {"template": "default"},
            "entries": [self.entries[day] for day in sorted(self.entries)],
            "sessions": [{k: v for k, v in s.items() if k != "day"}
                         for s in sorted(self.sessions, key=lambda s: s["day"])],
            "alerts": alerts,
        }

    def write(self, directory):
        # The exported bundle holds every alert the app raised up to the export, with
        # its acknowledgement date (null while raised).
        ack_only = [{"rule": rule, "level": level, "date": date, "acknowledged": acked}
                    for (rule, date), (acked, level) in sorted(self.acks.items())]
        path = os.path.join(directory, f"{self.name}.backlog.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(self.bundle(ack_only), f, indent=2)
        raised = reference_evaluate.evaluate(reference_evaluate.read_bundle(path))["alerts"]
        alerts = []
        for alert in raised:
            acked, level = self.acks.get((alert["rule"], alert["date"]), (None, alert["level"]))
            alerts.append(dict(alert, level=level, acknowledged=acked))
        for (rule, date) in self.acks:
            assert any(a["rule"] == rule and a["date"] == date for a in alerts), (self.name, rule, date)
        if self.version < 2:
            # A version 1 export: the acknowledgement records as version 1 wrote them.
            alerts = ack_only
        with open(path, "w", encoding="utf-8") as f:
            json.dump(self.bundle(alerts), f, indent=2)
            f.write("\n")

        as_of = None
        args_path = os.path.join(directory, f"{self.name}.args")
        if self.args:
            with open(args_path, "w", encoding="utf-8") as f:
                f.write(self.args + "\n")
            as_of = datetime.date.fromisoformat(self.args.split()[1])
        elif os.path.exists(args_path):
            os.remove(args_path)
        report = reference_evaluate.evaluate(reference_evaluate.read_bundle(path), as_of)
        with open(os.path.join(directory, f"{self.name}.expected.json"), "w",
                  encoding="utf-8") as f:
            f.write(json.dumps(report, indent=2) + "\n")


# ---------------------------------------------------------------------------
# The stories. Day numbers are program days (day 1 = program_start).
# ---------------------------------------------------------------------------

def responder():
    s = Story("responder", "2026-02-02", 5, 7, 3.0, "Maria (acute, responds)")
    for day in (3, 6, 9, 13, 16, 20, 23, 27, 31, 38):
        s.session(day, minutes=45 if day < 29 else 60, kind="swedish" if day < 15 else "myofascial")
    pains = [7, 7, 7, 6, 6, 6, 6,
             6, 6, 5, 5, 5, 5, 5,
             5, 5, 4, 4, 4, 4, 4,
             4, 4, 4, 3, 3, 3, 3,
             3, 3, 3, 3, 2, 2, 2,
             2, 2, 2, 2, 2, 2, 2]
    functions = [3, 3, 3.3, 3.3, 3.7, 3.7, 4,
                 4, 4, 4.3, 4.7, 5, 5, 5,
                 5.3, 5.3, 5.7, 6, 6, 6, 6,
                 6.3, 6.3, 6.7, 7, 7, 7, 7,
                 7.3, 7.3, 7.7, 8, 8, 8, 8,
                 8, 8, 8.3, 8.3, 8.7, 8.7, 9]
    for day, (pain, function) in enumerate(zip(pains, functions), start=1):
        if day == 9:
            s.log(day, pain, function, self_care={"walking_min": 10}, note="rain, short walk")
        else:
            s.log(day, pain, function)
    return s


def cauda_equina():
    s = Story("cauda_equina", "2026-04-06", 40, 6, 4.0, "Tomasz (subacute, cauda equina signs)")
    s.session(2, kind="deep-tissue")
    s.session(5, kind="deep-tissue")
    s.log(1, 6, 4)
    s.log(2, 6, 4)
    s.log(3, 6, 4)
    s.log(4, 6, 4)
    s.log(5, 6, 4)
    s.log(6, 7, 3.7)
    s.log(7, 7, 3.3, leg_numbness=True, self_care={"pelvic_tilts": 0, "cat_cow": 1, "walking_min": 0},
          note="tingling down the left leg")
    s.log(8, 8, 3, leg_numbness=True, saddle=True, self_care=None,
          note="numb when wiping, odd feeling in the inner thighs")
    s.log(9, 8, 2.7, leg_numbness=True, saddle=True, bladder=True, self_care=None,
          note="hard to start passing urine")
    s.log(10, 8, 2.3, leg_numbness=True, saddle=True, bladder=True, bowel=True, both_legs=True,
          self_care=None, note="both legs weak; going to the emergency department")
    for day in (8, 9, 10):
        s.acknowledge("RF-SADDLE", day, day)
    for day in (9, 10):
        s.acknowledge("RF-BLADDER", day, day)
    s.acknowledge("RF-BOWEL", 10, 10)
    s.acknowledge("RF-BOTH-LEGS", 10, 10)
    return s


def adherent_nonresponder():
    s = Story("adherent_nonresponder", "2026-01-05", 200, 6, 5.0,
              "Ingrid (chronic, adherent, no response at 8 weeks)")
    for day in (2, 5, 9, 12, 17, 23, 26, 31, 38, 45, 52, 60):  # week 3: only day 17
        s.session(day, kind="myofascial")
    early = [6, 6, 6, 6, 5, 6, 7]
    late = [6, 5, 6, 5, 6, 6, 5]
    for week in range(1, 10):
        pains = early if week <= 4 else late
        function = 5 if week <= 4 else 5.3
        for i, pain in enumerate(pains):
            day = 7 * week - 6 + i
            if day in (36, 37):
                s.log(day, pain, function, self_care={"bird_dog": 0, "dead_bug": 0, "walking_min": 0,
                                                      "cat_cow": 0}, note="away for work")
            else:
                s.log(day, pain, function)
    return s


def nonadherent_nonresponder():
    s = Story("nonadherent_nonresponder", "2026-05-04", 50, 7, 4.0,
              "Dev (subacute, irregular, pain persists)")
    # weeks 1-2: 2 sessions; week 3: 1; week 4: 2; week 5: none; weeks 6-8: 1
    for day in (1, 4, 8, 11, 17, 22, 25, 38, 45, 52):
        s.session(day, kind="deep-tissue")
    poor = {"bird_dog": 0, "dead_bug": 0, "walking_min": 15}
    for day in range(1, 57):
        pain = 7 if day <= 14 else 6
        function = 4 if day <= 28 else 4.3
        if 36 <= day <= 49 and day % 7 in (1, 3, 5, 0):
            s.log(day, pain, function, self_care=poor, note="no time for exercises")
        else:
            s.log(day, pain, function)
    return s


def function_diverges():
    s = Story("function_diverges", "2026-06-01", 35, 5, 5.3,
              "Lena (subacute, avoids activity after a scare)")
    for day in (2, 5, 9, 12, 16, 19, 23, 26):
        s.session(day)
    for day in range(1, 29):
        if day <= 14:
            s.log(day, 5, 5.3)
        else:
            s.log(day, 4, 3.3, note="staying on the sofa, afraid to bend"
                  if day == 15 else "")
    return s


def session_reactions():
    s = Story("session_reactions", "2026-03-09", 6, 6, 4.0, "Ahmed (acute, reacts to sessions)")
    for day, kind in ((2, "deep-tissue"), (5, "swedish"), (8, "deep-tissue"),
                      (12, "swedish"), (15, "trigger-point"), (18, "swedish")):
        s.session(day, kind=kind)
    pains = {1: 6, 2: 6, 3: 6, 4: 6, 5: 5, 6: 5, 7: 5, 8: 5, 9: 6, 10: 5, 11: 5,
             12: 4, 13: 4, 14: 4, 15: 4, 16: 6, 17: 5, 18: 4, 19: 4, 20: 3, 21: 3}
    after = {3: ("severe", True), 4: ("mild", True),
             9: ("severe", True), 10: ("severe", True), 11: ("mild", True), 12: ("none", True),
             16: ("mild", True), 17: ("mild", True), 18: ("mild", False)}
    light = {"cat_cow": 1, "pelvic_tilts": 0, "walking_min": 5}
    for day in range(1, 22):
        function = 4 if day <= 7 else (4.7 if day <= 14 else 5.3)
        stiffness, reaction = after.get(day, (None, None))
        s.log(day, pains[day], function, stiffness=stiffness, reaction=reaction,
              self_care=light if day in (9, 10) else "full")
    s.acknowledge("MS-STIFFNESS-48H", 10, 11)
    return s


def surgery_hold():
    s = Story("surgery_hold", "2026-02-16", 150, 6, 4.0,
              "Peter (chronic, microdiscectomy 20 days before the program)",
              screening={"SCR-SURGERY-6W": True, "SCR-DISC-LEG": True},
              surgery_date="2026-01-27")
    for day in (8, 16, 23, 30):
        s.session(day, minutes=30 if day < 23 else 45)
    pains = [6, 6, 6, 6, 5, 5, 5,
             5, 5, 5, 5, 4, 4, 4,
             4, 4, 4, 4, 4, 3, 3,
             3, 3, 3, 3, 3, 3, 3,
             3, 3, 3, 2, 2, 2, 2]
    for day, pain in enumerate(pains, start=1):
        function = {0: 4, 1: 4.7, 2: 5.3, 3: 6, 4: 6.7}[(day - 1) // 7]
        s.log(day, pain, function)
    return s


def night_pain():
    s = Story("night_pain", "2026-09-07", 60, 6, 4.0, "Rosa (subacute, night pain)")
    for day in (2, 5, 9, 12, 16, 19):
        s.session(day)
    pains = [6, 6, 6, 6, 6, 7, 6,
             6, 6, 6, 5, 5, 5, 5,
             6, 5, 6, 5, 7, 6]
    nights = {3, 6, 15, 17, 19, 20}
    for day, pain in enumerate(pains, start=1):
        s.log(day, pain, 4, night_pain=day in nights,
              note="woke at 3 am with the pain" if day in nights else "")
    s.acknowledge("RF-NIGHT-PAIN", 3, 10)
    return s


def progressive_leg_weakness():
    s = Story("progressive_leg_weakness", "2026-10-05", 10, 7, 3.0,
              "Sam (acute, sciatica with progressive weakness)")
    s.session(4, kind="swedish")
    s.session(7, kind="swedish")
    s.session(9, kind="deep-tissue", shooting_pain=True, numbness=True,
              note="sharp pain down the right leg during the session")
    pains = [7, 7, 7, 6, 6, 6, 6, 6, 6, 7, 7, 8]
    weakness = {3: "present", 10: "worse", 11: "worse", 12: "worse"}
    for day, pain in enumerate(pains, start=1):
        s.log(day, pain, 3 if day < 10 else 2.7, leg_weakness=weakness.get(day, "none"),
              leg_numbness=day >= 10,
              note={3: "right foot feels a bit weak", 10: "foot slapping when walking",
                    12: "cannot stand on right heel"}.get(day, ""))
    s.acknowledge("RF-LEG-WEAKNESS", 3, 4)
    return s


def logging_gaps():
    s = Story("logging_gaps", "2026-07-06", 3, 5, 5.0, "Chris (acute, logs irregularly)")
    for day in (2, 10, 20):
        s.session(day)
    logged = {1: (5, 5), 2: (5, 5), 3: (5, 5), 4: (4, 5.3),
              9: (4, 5.7), 10: (4, 5.7), 13: (4, 6), 14: (3, 6),
              19: (3, 6.3), 20: (3, 6.7), 21: (3, 6.7)}
    for day, (pain, function) in logged.items():
        s.log(day, pain, function, note="back from a trip, forgot to log" if day == 9 else "")
    s.acknowledge("ESC-NO-LOG", 7, 9)
    return s


def chronic_worsening():
    s = Story("chronic_worsening", "2026-01-12", 400, 5, 6.0,
              "Helga (chronic, gradually worse)")
    for day in (3, 6, 10, 13, 17, 20, 24, 27):
        s.session(day, kind="trigger-point")
    for day in range(1, 31):
        if day <= 7:
            pain, function = 5, 6
        elif day <= 14:
            pain, function = 6, 5.7
        elif day <= 21:
            pain, function = 7, 5
        else:
            pain, function = 7, 4.7
        s.log(day, pain, function)
    s.acknowledge("ESC-PAIN-WORSENING", 21, 24)
    return s


def backfilled():
    s = Story("backfilled", "2026-08-03", 30, 7, 4.0,
              "Noor (subacute, started the diary a week late)")
    s.session(-3, minutes=25, kind="other", note="first visit: assessment and a short massage")
    for day in (2, 5, 9, 12):
        s.session(day)
    before = [(8, 3), (8, 3), (7, 3.3), (8, 3), (8, 3), (7, 3.3), (7, 3.7)]  # days -6..0
    for i, (pain, function) in enumerate(before):
        day = i - 6
        s.log(day, pain, function, night_pain=(day == -4),
              note="entered afterwards from memory" if day == -6 else "")
    pains = [7, 6, 6, 6, 6, 5, 5, 5, 5, 5, 4, 4, 4, 4]
    functions = [4, 4, 4.3, 4.3, 4.3, 4.7, 4.7, 5, 5, 5, 5.3, 5.3, 5.7, 5.7]
    s.log_days(1, pains, functions)
    return s


def maintenance():
    s = Story("maintenance", "2026-04-20", 8, 6, 4.0, "Julia (acute, now in maintenance)")
    for day in (3, 6, 10, 13, 17, 20, 24, 27, 31, 38, 45, 52, 66):
        s.session(day, minutes=60 if day > 28 else 45)
    weeks = [[6, 6, 6, 5, 5, 5, 5], [5, 5, 4, 4, 4, 4, 4], [4, 4, 3, 3, 3, 3, 3],
             [3, 3, 3, 3, 2, 2, 2], [2, 2, 2, 2, 2, 2, 2], [2, 2, 1, 2, 1, 1, 2],
             [1, 1, 1, 2, 1, 1, 1], [1, 1, 1, 1, 1, 1, 1], [1, 1, 0, 1, 1, 1, 0],
             [1, 0, 1, 1, 1, 0, 1]]
    functions = [4, 5, 6, 7, 7.7, 8, 8.3, 8.7, 9, 9]
    for week, pains in enumerate(weeks, start=1):
        for i, pain in enumerate(pains):
            day = 7 * week - 6 + i
            care = {"movement_min": 15} if week == 10 else "full"
            s.log(day, pain, functions[week - 1], self_care=care)
    return s


def plateau():
    s = Story("plateau", "2026-05-11", 45, 6, 5.0, "Olu (subacute, stuck at 5)")
    for day in (2, 5, 9, 12, 16, 19, 23, 26):
        s.session(day)
    for day in range(1, 29):
        if day == 4:
            continue  # forgot to log
        pain = 6 if day <= 3 else 5
        function = 5 if day <= 14 else 5.3
        s.log(day, pain, function)
    return s


def screening_positives():
    s = Story("screening_positives", "2026-12-07", 2, 8, 2.0,
              "Edith, 68 (fell on ice; breast cancer 2019; long-term prednisolone; osteoporosis)",
              screening={"SCR-TRAUMA": True, "SCR-CANCER": True, "SCR-IMMUNO": True,
                         "SCR-OSTEOPOROSIS": True})
    for day, pain in enumerate([8, 8, 7, 7, 7], start=1):
        s.log(day, pain, 2, self_care={"cat_cow": 0, "pelvic_tilts": 0, "walking_min": 5},
              note="waiting for the GP appointment" if day == 1 else "")
    return s


def short_sessions():
    s = Story("short_sessions", "2026-03-02", 120, 6, 5.0,
              "Kofi (chronic, chair massage at work)")
    for day, minutes, kind in ((2, 45, "swedish"), (4, 20, "other"), (6, 30, "swedish"),
                               (9, 60, "deep-tissue"), (11, 60, "deep-tissue"), (13, 25, "other"),
                               (16, 15, "other"), (16, 20, "other"), (19, 45, "swedish"),
                               (23, 45, "swedish"), (26, 45, "swedish"),
                               (30, 45, "myofascial"), (33, 50, "myofascial")):
        s.session(day, minutes=minutes, kind=kind,
                  note="chair massage at the office" if kind == "other" else "")
    weeks = [[6, 6, 6, 6, 6, 5, 5], [5, 5, 5, 5, 5, 5, 4], [4, 4, 4, 4, 4, 4, 4],
             [4, 4, 4, 3, 3, 3, 3], [3, 3, 3, 3, 3, 3, 3]]
    functions = [5, 5.3, 5.7, 6, 6.3]
    for week, pains in enumerate(weeks, start=1):
        for i, pain in enumerate(pains):
            s.log(7 * week - 6 + i, pain, functions[week - 1])
    return s


def threshold_30pct():
    s = Story("threshold_30pct", "2026-02-23", 28, 5, 5.0,
              "Mina (subacute: onset exactly 28 days before; pain exactly 30 % down)")
    for day in (2, 5, 9, 12, 16, 19):
        s.session(day)
    pains = {1: 5, 2: 5, 3: 5, 4: 5, 5: 5, 6: 5, 7: 4,
             8: 4, 9: 4, 10: 4, 11: 4, 12: 4, 13: 4, 14: 4,
             15: 4, 16: 4, 18: 3, 19: 4, 20: 3, 21: 3}
    for day, pain in pains.items():
        s.log(day, pain, 5 if day <= 14 else 5.7)
    return s


def week4_review():
    s = Story("week4_review", "2026-09-14", 5, 7, 3.0,
              "Yusuf (acute, physiotherapist's week-4 review)")
    for day in (3, 6, 10, 13, 17, 20, 24, 28):
        s.session(day)
    s.session(30, minutes=20, kind="other")
    pains = [7, 7, 7, 7, 6, 6, 6,
             6, 6, 6, 5, 5, 5, 5,
             5, 5, 5, 5, 5, 4, 4,
             4, 4, 4, 4, 4, 4, 3,
             6, 5, 4, 4, 3]
    for day, pain in enumerate(pains, start=1):
        function = {0: 3, 1: 4, 2: 5, 3: 6, 4: 6}[(day - 1) // 7]
        s.log(day, pain, function, night_pain=day in (10, 29))
    s.acknowledge("RF-NIGHT-PAIN", 10, 12)
    s.args = "--as-of " + s.iso(28)
    return s


def surgery_date_unknown():
    s = Story("surgery_date_unknown", "2026-03-02", 100, 6, 4.0,
              "Aino (chronic, recent back surgery, date not given)",
              screening={"SCR-SURGERY-6W": True}, surgery_date=None)
    for day in (10, 20, 43):
        s.session(day, minutes=40)
    for day in range(1, 46):
        pain = max(2, 6 - (day - 1) // 7)  # 6,5,4,3,2,2,2
        function = min(8, 4 + (day - 1) // 7)
        s.log(day, pain, function)
    return s


def fever_weight_loss():
    s = Story("fever_weight_loss", "2026-11-02", 20, 6, 4.0,
              "Bruno (acute, fever and weight loss appear)")
    s.session(3)
    s.session(6)
    for day, pain in enumerate([6, 6, 6, 6, 7, 7, 7, 7], start=1):
        s.log(day, pain, 4, fever=day in (5, 6, 7), weight_loss=day in (7, 8),
              note={5: "38.4 C tonight", 7: "lost 3 kg without trying"}.get(day, ""))
    s.acknowledge("RF-FEVER", 5, 5)
    return s


# ---------------------------------------------------------------------------
# Version 2 stories: one or more for each numbered point of clinical.md section 7.
# ---------------------------------------------------------------------------

def v2_baseline_zero():
    # clinical.md 7.1: a pain baseline of 0 cannot improve; worsening from 0 is a mean
    # >= 2, and acceptable pain (<= 2) is never escalated.
    s = Story("v2_baseline_zero", "2027-01-04", 10, 1, 6.0,
              "Greta (acute, strained back already pain-free at the start, stiffness remains)")
    for day in (2, 5, 9, 12, 16, 19, 23, 26, 30):
        s.session(day, kind="swedish" if day < 15 else "myofascial")
    weeks = [[0, 0, 0, 0, 0, 0, 0],
             [0, 1, 0, 1, 1, 0, 1],
             [1, 1, 1, 2, 1, 1, 2],
             [2, 2, 2, 2, 2, 2, 2],
             [2, 3, 2, 3, 3, 2, 3]]
    functions = [6, 6.3, 6.7, 7, 7]
    notes = {15: "started digging the allotment", 30: "back aches after a day of digging"}
    for week, pains in enumerate(weeks, start=1):
        for i, pain in enumerate(pains):
            day = 7 * week - 6 + i
            s.log(day, pain, functions[week - 1], note=notes.get(day, ""))
    return s


def v2_capped_worsening():
    # clinical.md 7.1: from a baseline of 9, worsening is a mean of 10 (capped), not 11.
    s = Story("v2_capped_worsening", "2027-01-11", 300, 9, 2.0,
              "Rafael (chronic, severe pain, waiting for the pain clinic)")
    for day in (2, 5, 9, 12, 16, 19):
        s.session(day, minutes=30, kind="swedish", note="gentle, lying on the side")
    pains = [9, 9, 9, 9, 9, 9, 9,
             9, 9, 10, 9, 10, 10, 10,
             10, 10, 10, 10, 10, 10, 10]
    for day, pain in enumerate(pains, start=1):
        s.log(day, pain, 2 if day <= 14 else 1.7,
              note="could not get out of bed" if day == 18 else "")
    return s


def v2_acceptable_pain_not_escalated():
    # clinical.md 7.1 and 7.7: acceptable pain (recent mean <= 2) is never escalated; the
    # 8-week rules need pain that is not acceptable.
    s = Story("v2_acceptable_pain_not_escalated", "2027-02-01", 120, 2, 5.0,
              "Ines (chronic, mild pain, follows the plan to the letter)")
    for day in (2, 5, 9, 12, 16, 19, 23, 26, 30, 37, 44, 51, 58):
        s.session(day, minutes=45 if day <= 28 else 60)
    pattern = [2, 2, 2, 1, 3, 2, 2]  # every 7 days sum to 14: a mean of exactly 2.0
    for day in range(1, 57):
        s.log(day, pattern[(day - 1) % 7], 5 if day <= 28 else 5.3)
    for day, pain in zip(range(57, 64), [2, 2, 3, 3, 2, 2, 2]):
        s.log(day, pain, 5.3, note="long drive to a family party" if day == 59 else "")
    return s


def v2_one_session_a_week_consistent():
    # clinical.md 7.2: a week with one of two planned sessions and the home programme
    # done is consistent (session ratio 0.5).
    s = Story("v2_one_session_a_week_consistent", "2027-03-01", 200, 6, 4.0,
              "Tariq (chronic, can afford one massage a week, exercises every day)")
    for day in (3, 10, 17, 24, 31, 45, 52):  # none in week 6 (away)
        s.session(day, kind="myofascial")
    for day in range(1, 57):
        pain = 6 if day <= 14 else 5
        function = 4 if day <= 28 else 4.7
        s.log(day, pain, function, note="away, no massage this week" if day == 36 else "")
    return s


def v2_info_action():
    # clinical.md 7.3 and 7.6: info alerts (MS-FLARE, ESC-PLATEAU) fire; their action no
    # longer says "no action required" and their messages carry a safety net.
    s = Story("v2_info_action", "2027-04-05", 50, 5, 5.0,
              "Beatriz (subacute, sore after a deep-tissue session, then stuck at 4)")
    for day, kind in ((2, "swedish"), (5, "swedish"), (9, "swedish"), (12, "swedish"),
                      (16, "deep-tissue"), (19, "swedish"), (23, "swedish"), (26, "swedish")):
        s.session(day, kind=kind)
    pains = [5, 5, 5, 5, 5, 4, 4,
             4, 4, 4, 4, 4, 4, 4,
             4, 4, 7, 5, 4, 4, 4,
             4, 4, 4, 4, 4, 4, 4]
    for day, pain in enumerate(pains, start=1):
        reaction = True if day in (17, 18) else None
        s.log(day, pain, 5 if day <= 14 else 5.3, reaction=reaction,
              note={17: "very sore after the deep-tissue session; symptom check all no",
                    19: "settled"}.get(day, ""))
    return s


def v2_new_screening_questions():
    # clinical.md 7.4: the five new screening questions.
    s = Story("v2_new_screening_questions", "2027-05-03", 12, 6, 4.0,
              "Henrik, 67 (first back pain of his life; warfarin; known aortic aneurysm; "
              "urine infection last month)",
              screening={"SCR-AGE-50": True, "SCR-INFECTION": True, "SCR-ANTICOAG": True,
                         "SCR-AORTA": True})
    s.session(5, minutes=30, note="gentle, no deep work on the belly, after the GP's clearance")
    s.session(7, minutes=30)
    for day in (9, 12, 16, 19):
        s.session(day, minutes=40)
    pains = [6, 6, 6, 6, 5, 5, 5,
             5, 5, 4, 4, 4, 4, 4,
             4, 4, 3, 3, 3, 3, 3]
    for day, pain in enumerate(pains, start=1):
        s.log(day, pain, 4 if day <= 7 else (5 if day <= 14 else 6),
              note="GP: massage allowed, gentle pressure, nothing on the belly" if day == 5 else "")
    for rule in ("SCR-AGE-50", "SCR-ANTICOAG", "SCR-AORTA"):
        s.acknowledge(rule, 1, 5)
    return s


def v2_surgery_no_date_answered_late():
    # clinical.md 7.4 and 4.1: SCR-SURGERY-6W answered yes on day 10 without a date: the
    # surgery is taken to be on the answer's date, massage is held for 42 days from then.
    s = Story("v2_surgery_no_date_answered_late", "2027-06-07", 90, 5, 5.0,
              "Oskar (chronic; tells on re-screening on day 10 of a recent back operation, "
              "date not given)",
              screening={"SCR-SURGERY-6W": True}, surgery_date=None,
              screening_answered={"SCR-SURGERY-6W": 10})
    for day in (3, 6, 13, 51, 55):
        s.session(day, minutes=40)
    for day in range(1, 57):
        if day <= 5:
            pain = 5
        elif day <= 14:
            pain = 4
        elif day <= 35:
            pain = 3
        else:
            pain = 2
        s.log(day, pain, 5 + min(3, (day - 1) // 14),
              note={10: "re-screening: yes, operation a few weeks ago",
                    45: "surgeon: massage fine from now on"}.get(day, ""))
    s.acknowledge("SCR-SURGERY-6W", 10, 45)
    return s


def v2_new_daily_red_flags():
    # clinical.md 7.5: leg_pain (one / both), sexual and fall in the daily check.
    s = Story("v2_new_daily_red_flags", "2027-07-05", 6, 7, 3.0,
              "Kwame, 41 (acute sciatica that turns into a cauda equina emergency)")
    s.session(2)
    s.session(7)
    plan = {  # day: (pain, function, symptoms, note)
        1: (7, 3, {}, ""),
        2: (7, 3, {}, ""),
        3: (7, 3, {"leg_pain": "one"}, "pain shooting down the right leg to the ankle"),
        4: (7, 3, {"leg_pain": "one"}, ""),
        5: (6, 3.3, {}, "leg pain gone; GP phoned"),
        6: (6, 3.3, {}, ""),
        7: (6, 3.3, {}, ""),
        8: (6, 3.3, {"leg_pain": "one"}, "right leg again"),
        9: (7, 3, {"leg_pain": "one", "fall": True},
            "slipped getting out of the bath, landed on my back"),
        10: (7, 3, {"leg_pain": "one"}, ""),
        11: (8, 2.3, {"leg_pain": "both", "sexual": True},
             "both legs now; numb down there; erection problems"),
        12: (8, 2, {"leg_pain": "both", "sexual": True}, "going to the emergency department"),
    }
    for day, (pain, function, symptoms, note) in plan.items():
        s.log(day, pain, function, note=note,
              self_care="full" if day <= 8 else {"cat_cow": 1, "pelvic_tilts": 0, "walking_min": 5},
              **symptoms)
    s.acknowledge("RF-LEG-PAIN", 3, 5)
    s.acknowledge("RF-FALL", 9, 9)
    return s


def v2_fever_risk_after_injection():
    # clinical.md 7.5: fever while SCR-INFECTION counts is RF-FEVER-RISK (and RF-FEVER).
    s = Story("v2_fever_risk_after_injection", "2027-08-02", 40, 6, 4.0,
              "Marta, 38 (subacute sciatica; epidural steroid injection 5 weeks before the start)",
              screening={"SCR-INFECTION": True})
    for day in (2, 9, 12):
        s.session(day)
    for day, pain in enumerate([6, 6, 6, 6, 6, 7, 7, 6, 6, 5, 5, 5, 5, 5], start=1):
        s.log(day, pain, 4 if day <= 7 else 4.7, fever=day in (6, 7),
              self_care="full" if day not in (6, 7) else None,
              note={6: "38.6 C, shivering", 7: "emergency department: blood tests, MRI clear, flu",
                    8: "fever gone"}.get(day, ""))
    s.acknowledge("SCR-INFECTION", 1, 1)
    for rule in ("RF-FEVER", "RF-FEVER-RISK"):
        for day in (6, 7):
            s.acknowledge(rule, day, 8)
    return s


def v2_progressive_weakness_any_day():
    # clinical.md 7.5: RF-LEG-WEAKNESS-PROGRESSIVE on every `worse`, with no window;
    # RF-LEG-WEAKNESS is urgent.
    s = Story("v2_progressive_weakness_any_day", "2027-09-06", 9, 6, 4.0,
              "Ana (acute sciatica; weakness settles, then a sudden foot drop)")
    for day in (2, 12, 15):
        s.session(day)
    weakness = {d: "present" for d in range(3, 10)}
    weakness.update({16: "worse", 17: "worse"})
    pains = [6, 6, 6, 6, 6, 6, 6, 5, 5, 5, 5, 5, 5, 6, 6, 7, 7]
    for day, pain in enumerate(pains, start=1):
        s.log(day, pain, 4 if day < 16 else 3.3, leg_weakness=weakness.get(day, "none"),
              note={3: "left big toe feels weak", 10: "toe strength back",
                    16: "foot slapping, cannot walk on my heel"}.get(day, ""))
    s.acknowledge("RF-LEG-WEAKNESS", 3, 4)
    return s


def v2_flare_severe_and_while_stopped():
    # clinical.md 7.6: MS-FLARE-SEVERE and MS-WHILE-STOPPED.
    s = Story("v2_flare_severe_and_while_stopped", "2027-10-04", 150, 5, 5.0,
              "Lukas (chronic, 'no pain, no gain' deep-tissue fan)")
    s.session(4, kind="swedish")
    s.session(7, kind="deep-tissue")
    s.session(11, kind="deep-tissue")
    s.session(14, kind="trigger-point")
    s.session(17, kind="swedish", note="booked long ago; the app warned about the leg numbness")
    s.session(19, kind="swedish")
    s.session(21, kind="swedish", therapist="J. Okafor", note="morning")
    s.session(21, minutes=20, kind="other", therapist="office chair massage", note="afternoon")
    pains = {1: 5, 2: 5, 3: 5, 4: 5, 5: 5, 6: 4, 7: 4, 8: 7, 9: 5, 10: 3, 11: 4,
             12: 7, 13: 6, 14: 5, 15: 8, 16: 7, 17: 6, 18: 8, 19: 6, 20: 6, 21: 5}
    reactions = {8: True, 9: True, 10: False, 12: True, 13: True, 14: False,
                 15: True, 16: True, 17: False}
    for day, pain in pains.items():
        s.log(day, pain, 5, reaction=reactions.get(day),
              stiffness="mild" if reactions.get(day) else None,
              leg_numbness=day in (15, 16, 17, 18), fall=day == 20,
              note={15: "tingling down the left leg since the session",
                    20: "slipped on the wet stairs"}.get(day, ""))
    return s


def v2_relapse_severe_few_logs():
    # clinical.md 7.7: ESC-RELAPSE, ESC-SEVERE-PAIN and ESC-FEW-LOGS.
    s = Story("v2_relapse_severe_few_logs", "2027-11-01", 45, 6, 4.0,
              "Jonas (subacute, improving until he moves house, then logs less)")
    for day in (2, 5, 9, 12):
        s.session(day)
    logged = {1: 6, 2: 6, 3: 6, 4: 5, 5: 5, 6: 5, 7: 5,
              8: 5, 9: 4, 10: 4, 11: 4, 12: 4, 13: 4, 14: 4,
              15: 7, 16: 8, 17: 8, 19: 9, 22: 9, 24: 8, 26: 9,
              29: 8, 31: 8, 33: 7, 35: 7}
    for day, pain in logged.items():
        function = 4 if day <= 7 else (5 if day <= 14 else 3)
        care = "full" if day <= 14 else {"cat_cow": 1, "pelvic_tilts": 0, "bird_dog": 0,
                                         "dead_bug": 0, "walking_min": 10}
        s.log(day, pain, function, self_care=care,
              note={15: "moved house, carried boxes all weekend",
                    19: "only logging when I remember"}.get(day, ""))
    return s


def v2_plateau_bounds():
    # clinical.md 7.7: ESC-PLATEAU needs a recent mean above 2 and below 8.
    s = Story("v2_plateau_bounds", "2027-12-06", 400, 8, 2.0,
              "Walter (chronic, severe pain for a year, waiting for a pain clinic)")
    for day in (2, 5, 9, 12, 16, 19, 23, 26):
        s.session(day, minutes=30)
    pains = [8] * 21 + [7, 8, 8, 7, 8, 8, 8]
    for day, pain in enumerate(pains, start=1):
        s.log(day, pain, 2 if day <= 21 else 2.3)
    return s


def v2_alert_identity_two_sessions():
    # clinical.md 7.8: an alert is its rule id and its date; two sessions on one day that
    # trigger the same rule give one alert.
    s = Story("v2_alert_identity_two_sessions", "2028-01-03", 100, 5, 5.0,
              "Hana (chronic; a spa day with two short massages, later two sessions in a day)")
    s.session(2)
    s.session(5)
    s.session(9, minutes=25, kind="swedish", therapist="spa, morning")
    s.session(9, minutes=25, kind="other", therapist="spa, afternoon (hot stones)")
    s.session(16, minutes=45, kind="deep-tissue", shooting_pain=True,
              therapist="J. Okafor", note="sharp pain down the leg when he pressed the buttock")
    s.session(16, minutes=45, kind="swedish", shooting_pain=True,
              therapist="M. Lindqvist", note="second opinion the same evening: same sharp pain")
    pains = {1: 5, 2: 5, 3: 5, 4: 5, 5: 5, 6: 5, 7: 5,
             8: 4, 9: 4, 10: 6, 11: 5, 12: 4, 13: 4, 14: 4,
             15: 4, 16: 4, 17: 5, 18: 4, 19: 4, 20: 4, 21: 4}
    after = {10: ("mild", True), 11: ("severe", True), 12: ("mild", False)}
    for day, pain in pains.items():
        stiffness, reaction = after.get(day, (None, None))
        s.log(day, pain, 5, stiffness=stiffness, reaction=reaction)
    s.acknowledge("MS-STIFFNESS-48H", 11, 12)
    s.acknowledge("MS-SHORT", 9, 12)
    return s


def v2_refire_new_onset():
    # clinical.md 7.9: re-firing after an acknowledgement needs a new onset; an
    # acknowledgement covers everything dated on or before it.
    s = Story("v2_refire_new_onset", "2028-02-07", 60, 5, 5.0,
              "Priya (subacute; intermittent leg tingling, a holiday, a plateau)")
    for day in (2, 7, 14, 16, 20, 23):
        s.session(day)
    skipped = {9, 10, 11, 12, 25, 26, 27}
    for day in range(1, 29):
        if day in skipped:
            continue
        pain = 5 if day <= 14 else [5, 4, 5, 5, 4, 5, 5][(day - 15) % 7]
        s.log(day, pain, 5, leg_numbness=day in (3, 4, 5, 8),
              note={3: "tingling in the left calf", 13: "back from a long weekend away",
                    24: "off to a wedding until Monday"}.get(day, ""))
    s.acknowledge("RF-LEG-NUMBNESS", 3, 4)
    s.acknowledge("RF-LEG-NUMBNESS", 8, 8)
    s.acknowledge("ESC-NO-LOG", 11, 11)
    s.acknowledge("ESC-PLATEAU", 21, 22)
    return s


def v2_recent_mean_three_days_a_week():
    # clinical.md 7.10: the recent mean (14 days, >= 4 values) follows a patient who logs
    # three days a week.
    s = Story("v2_recent_mean_three_days_a_week", "2028-03-06", 70, 6, 4.0,
              "Elif (subacute; logs on Mondays, Wednesdays and Fridays only)")
    for week in range(8):
        s.session(7 * week + 2)  # Tuesdays
    for day in range(1, 57):
        if (day - 1) % 7 not in (0, 2, 4):
            continue
        pain = 6 if day <= 7 else 5
        s.log(day, pain, 4 if day <= 28 else 4.3)
    s.args = "--as-of " + s.iso(56)
    return s


def v2_baseline_fallback_no_onboarding():
    # clinical.md 7.10: without an onboarding rating the baseline is the first 3 entries.
    s = Story("v2_baseline_fallback_no_onboarding", "2028-04-03", 15, None, None,
              "Pavel (acute; skipped the onboarding ratings, first entry on day 5)")
    for day in (9, 12, 16, 19):
        s.session(day)
    plan = {5: (7, None), 6: (7, 4), 8: (6, 4), 9: (6, 4.3), 10: (6, 4.3), 11: (5, 4.7),
            12: (5, 4.7), 13: (5, 5), 14: (5, 5), 15: (5, 5), 16: (4, 5.3), 17: (4, 5.3),
            18: (4, 5.7), 19: (4, 5.7), 20: (4, 6), 21: (4, 6)}
    for day, (pain, function) in plan.items():
        s.log(day, pain, function,
              note={5: "first entry; did not rate my activities yet"}.get(day, ""))
    return s


def v2_screening_answer_dates_week6():
    # clinical.md 7.11 and 4.1: a "yes" given on re-screening in week 6 is dated in week
    # 6 and judges nothing before it.
    s = Story("v2_screening_answer_dates_week6", "2028-05-01", 40, 6, 4.0,
              "Sofia, 46 (subacute; a blood clot and long-term steroids appear in week 5)",
              screening={"SCR-ANTICOAG": True, "SCR-IMMUNO": True},
              screening_answered={"SCR-ANTICOAG": 36, "SCR-IMMUNO": 36})
    for day in (2, 5, 9, 12, 16, 19, 23, 26, 30, 37):
        s.session(day)
    weeks = [[6, 6, 6, 6, 5, 5, 5], [5, 5, 5, 4, 4, 4, 4], [4, 4, 4, 4, 4, 3, 3],
             [3, 3, 3, 3, 3, 3, 3], [3, 3, 3, 3, 3, 3, 3], [3, 3, 3, 3, 3, 3, 3]]
    notes = {17: "38.2 C, a cold going round the office",
             31: "clot in the calf after the flight; started apixaban; GP also started "
                 "prednisolone for asthma",
             36: "re-screening: yes to blood thinners and to long-term steroids",
             38: "38.4 C, cough"}
    for week, pains in enumerate(weeks, start=1):
        for i, pain in enumerate(pains):
            day = 7 * week - 6 + i
            s.log(day, pain, [4, 4.3, 4.7, 5, 5, 5][week - 1], fever=day in (17, 38),
                  note=notes.get(day, ""))
    s.acknowledge("RF-FEVER", 17, 18)
    return s


def v2_hold_plans_no_session():
    # clinical.md 7.11 and 3: a week with any day on hold plans no session.
    s = Story("v2_hold_plans_no_session", "2028-06-05", 20, 6, 4.0,
              "Lea (acute; stops massage when told, and the plan agrees)")
    for day in (2, 5, 9, 12, 23, 26):
        s.session(day)
    weeks = [[6, 6, 6, 6, 5, 5, 5], [5, 5, 5, 4, 4, 4, 4], [4, 4, 4, 4, 4, 3, 3],
             [3, 3, 3, 3, 3, 3, 3]]
    notes = {14: "tingling in the right foot this evening",
             15: "GP: irritated nerve, no massage until it settles",
             24: "bad night, the neighbour's party"}
    for week, pains in enumerate(weeks, start=1):
        for i, pain in enumerate(pains):
            day = 7 * week - 6 + i
            s.log(day, pain, [4, 4.3, 5, 5.3][week - 1], leg_numbness=day == 14,
                  night_pain=day == 24, note=notes.get(day, ""))
    s.acknowledge("RF-LEG-NUMBNESS", 14, 15)
    return s


def v1_bundle_still_reads():
    # formats.md 1 and clinical.md 7: a version 1 export is read; its new answers are "no";
    # the alerts are recomputed under version 2; an acknowledgement recorded with the
    # level version 1 gave a rule that version 2 made more urgent does not count.
    s = Story("v1_bundle_still_reads", "2026-03-16", 14, 6, 4.0,
              "Heinz (acute; diary exported by BackLog version 1)", version=1)
    for day in (2, 6, 9, 13):
        s.session(day)
    for day, pain in enumerate([6, 6, 6, 6, 6, 5, 5, 5, 5, 5, 5, 5, 4, 4], start=1):
        s.log(day, pain, 4, leg_weakness="present" if day in (4, 5) else "none",
              night_pain=day in (3, 10),
              note={4: "right foot a bit weak",
                    5: "GP: mild weakness, keep an eye on it"}.get(day, ""))
    s.acknowledge("RF-NIGHT-PAIN", 3, 4, level="see-doctor")
    s.acknowledge("RF-LEG-WEAKNESS", 4, 5, level="see-doctor")  # version 1's level
    return s


STORIES = [responder, cauda_equina, adherent_nonresponder, nonadherent_nonresponder,
           function_diverges, session_reactions, surgery_hold, night_pain,
           progressive_leg_weakness, logging_gaps, chronic_worsening, backfilled,
           maintenance, plateau, screening_positives, short_sessions, threshold_30pct,
           week4_review, surgery_date_unknown, fever_weight_loss,
           v2_baseline_zero, v2_capped_worsening, v2_acceptable_pain_not_escalated,
           v2_one_session_a_week_consistent, v2_info_action, v2_new_screening_questions,
           v2_surgery_no_date_answered_late, v2_new_daily_red_flags,
           v2_fever_risk_after_injection, v2_progressive_weakness_any_day,
           v2_flare_severe_and_while_stopped, v2_relapse_severe_few_logs, v2_plateau_bounds,
           v2_alert_identity_two_sessions, v2_refire_new_onset,
           v2_recent_mean_three_days_a_week, v2_baseline_fallback_no_onboarding,
           v2_screening_answer_dates_week6, v2_hold_plans_no_session, v1_bundle_still_reads]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    directory = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "data", "scenarios")
    os.makedirs(directory, exist_ok=True)
    for make in STORIES:
        story = make()
        story.write(directory)
        print(f"wrote {story.name}")


if __name__ == "__main__":
    main()
