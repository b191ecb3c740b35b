#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reference implementation of `backlog-cli evaluate BUNDLE.json [--as-of DATE]`.

A test oracle, written from the product specification alone:
  - /work/shared/spec/clinical.md sections 1-4 (episode, scores, plan, safety rules),
  - /work/shared/spec/formats.md sections 1 and 4 (bundle, evaluate output),
  - docs/clinical-notes.md (how the project reads every open point of the spec).
It shares no code with the C++ core. Clarity matters more than speed here.

Prints the evaluation as JSON (2-space indentation) on stdout. Exit status 0 on
success, 2 on bad input (message on stderr), 1 on any other failure.
"""

import argparse
import datetime
import json
import math
import re
import sys

TOLERANCE = 1e-6  # clinical.md 2 / clinical-notes 5: thresholds on derived values

LEVELS = {
    # 4.1 screening
    "SCR-TRAUMA": "urgent",
    "SCR-CANCER": "urgent",
    "SCR-WEIGHT-FEVER": "urgent",
    "SCR-IMMUNO": "see-doctor",
    "SCR-DISC-LEG": "clearance",
    "SCR-SURGERY-6W": "clearance",
    "SCR-OSTEOPOROSIS": "clearance",
    # 4.2 daily symptom check
    "RF-SADDLE": "emergency",
    "RF-BLADDER": "emergency",
    "RF-BOWEL": "emergency",
    "RF-BOTH-LEGS": "emergency",
    "RF-LEG-WEAKNESS-PROGRESSIVE": "emergency",
    "RF-LEG-NUMBNESS": "stop-massage",
    "RF-LEG-WEAKNESS": "see-doctor",
    "RF-FEVER": "urgent",
    "RF-WEIGHT-LOSS": "urgent",
    "RF-NIGHT-PAIN": "see-doctor",
    "RF-NIGHT-PAIN-RECURRENT": "urgent",
    # 4.3 after a massage session
    "MS-SHOOTING-PAIN": "stop-massage",
    "MS-NUMBNESS": "stop-massage",
    "MS-STIFFNESS-48H": "stop-massage",
    "MS-REACTION-72H": "see-doctor",
    "MS-FLARE": "info",
    "MS-SURGERY-HOLD": "clearance",
    "MS-SHORT": "info",
    # 4.4 course of treatment
    "ESC-NO-IMPROVEMENT-8W": "see-doctor",
    "ESC-PERSISTS-8W": "see-doctor",
    "ESC-FUNCTION-DIVERGES": "see-doctor",
    "ESC-PAIN-WORSENING": "see-doctor",
    "ESC-PLATEAU": "info",
    "ESC-NO-LOG": "info",
}

SCREENING_IDS = [
    "SCR-TRAUMA", "SCR-CANCER", "SCR-WEIGHT-FEVER", "SCR-IMMUNO",
    "SCR-DISC-LEG", "SCR-SURGERY-6W", "SCR-OSTEOPOROSIS",
]

# Daily symptom -> rule that fires on every day it is reported (emergency / urgent).
EVERY_DAY_SYMPTOM_RULES = [
    ("saddle", "RF-SADDLE"),
    ("bladder", "RF-BLADDER"),
    ("bowel", "RF-BOWEL"),
    ("both_legs", "RF-BOTH-LEGS"),
    ("fever", "RF-FEVER"),
    ("weight_loss", "RF-WEIGHT-LOSS"),
]

SYMPTOM_FLAGS = ["saddle", "bladder", "bowel", "both_legs", "leg_numbness",
                 "fever", "weight_loss", "night_pain"]
SELF_CARE_NUMBERS = ["cat_cow", "pelvic_tilts", "walking_min", "bird_dog",
                     "dead_bug", "movement_min"]
LEG_WEAKNESS_VALUES = ["none", "present", "worse"]
STIFFNESS_VALUES = ["none", "mild", "severe"]
SESSION_KINDS = ["swedish", "deep-tissue", "trigger-point", "myofascial", "other"]

ONE_DAY = datetime.timedelta(days=1)


class BadInput(Exception):
    """The bundle (or an argument) is not valid input."""


# ---------------------------------------------------------------------------
# Reading and checking the bundle (formats.md section 1)
# ---------------------------------------------------------------------------

def parse_date(value, where):
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise BadInput(f"{where}: {json.dumps(value)} is not a date (expected YYYY-MM-DD)")
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise BadInput(f"{where}: {json.dumps(value)} is not a valid calendar date")


def is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def read_integer(value, where, low, high):
    if not is_number(value) or value != int(value):
        raise BadInput(f"{where}: {json.dumps(value)} is not an integer")
    if not low <= value <= high:
        raise BadInput(f"{where}: {json.dumps(value)} is out of range {low}..{high}")
    return int(value)


def read_number(value, where, low, high):
    if not is_number(value):
        raise BadInput(f"{where}: {json.dumps(value)} is not a number")
    if not low <= value <= high:
        raise BadInput(f"{where}: {json.dumps(value)} is out of range {low}..{high}")
    return float(value)


def read_bool(obj, key, where):
    value = obj.get(key, False)
    if value is None:
        return False
    if not isinstance(value, bool):
        raise BadInput(f"{where}.{key}: {json.dumps(value)} is not true or false")
    return value


def read_choice(obj, key, where, choices, default):
    value = obj.get(key, default)
    if value is None:
        return default
    if value not in choices:
        raise BadInput(f"{where}.{key}: {json.dumps(value)} is not one of {', '.join(choices)}")
    return value


def read_object(obj, key, where):
    value = obj.get(key)
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise BadInput(f"{where}.{key}: expected an object")
    return value


def round_half_up(value, places):
    scale = 10 ** places
    return math.floor(value * scale + 0.5) / scale


def read_entry(raw, where):
    if not isinstance(raw, dict):
        raise BadInput(f"{where}: expected an object")
    if "date" not in raw:
        raise BadInput(f"{where}.date: missing (required)")
    if "pain" not in raw:
        raise BadInput(f"{where}.pain: missing (required)")
    entry = {
        "date": parse_date(raw["date"], f"{where}.date"),
        "pain": read_integer(raw["pain"], f"{where}.pain", 0, 10),
    }

    scores = raw.get("activity_scores")
    if scores is None:
        scores = []
    if not isinstance(scores, list) or len(scores) > 5:
        raise BadInput(f"{where}.activity_scores: expected a list of 0 to 5 scores")
    scores = [read_integer(s, f"{where}.activity_scores[{i}]", 0, 10)
              for i, s in enumerate(scores)]

    # clinical-notes 1: a missing function score means "not logged"; activity
    # scores give it (their mean rounded to one decimal) when it is not given.
    function = raw.get("function")
    if function is not None:
        entry["function"] = read_number(function, f"{where}.function", 0, 10)
    elif scores:
        entry["function"] = round_half_up(sum(scores) / len(scores), 1)
    else:
        entry["function"] = None

    symptoms = read_object(raw, "symptoms", where)
    entry["symptoms"] = {flag: read_bool(symptoms, flag, f"{where}.symptoms")
                         for flag in SYMPTOM_FLAGS}
    entry["symptoms"]["leg_weakness"] = read_choice(
        symptoms, "leg_weakness", f"{where}.symptoms", LEG_WEAKNESS_VALUES, "none")

    after = read_object(raw, "after_session", where)
    entry["stiffness"] = read_choice(after, "stiffness", f"{where}.after_session",
                                     STIFFNESS_VALUES, "none")
    entry["reaction"] = read_bool(after, "reaction", f"{where}.after_session")

    # clinical-notes 8: an entry without self-care figures scores 0.
    if raw.get("self_care") is None:
        entry["self_care"] = None
    else:
        care = read_object(raw, "self_care", where)
        entry["self_care"] = {}
        for item in SELF_CARE_NUMBERS:
            value = care.get(item, 0)
            if value is None:
                value = 0
            entry["self_care"][item] = read_number(value, f"{where}.self_care.{item}", 0, 100000)
    return entry


def read_session(raw, where, order):
    if not isinstance(raw, dict):
        raise BadInput(f"{where}: expected an object")
    if "date" not in raw:
        raise BadInput(f"{where}.date: missing (required)")
    if "minutes" not in raw:
        raise BadInput(f"{where}.minutes: missing (required)")
    read_choice(raw, "kind", where, SESSION_KINDS, "other")
    return {
        "order": order,  # position in the bundle: "the last one listed" wins a date
        "date": parse_date(raw["date"], f"{where}.date"),
        "minutes": read_integer(raw["minutes"], f"{where}.minutes", 1, 600),
        "shooting_pain": read_bool(raw, "shooting_pain", where),
        "numbness": read_bool(raw, "numbness", where),
    }


def read_acknowledgements(raw_alerts):
    """(rule, fired date) -> acknowledgement date; the bundle's alerts are used for nothing else."""
    if raw_alerts is None:
        return {}
    if not isinstance(raw_alerts, list):
        raise BadInput("alerts: expected a list")
    acks = {}
    for i, raw in enumerate(raw_alerts):
        where = f"alerts[{i}]"
        if not isinstance(raw, dict):
            raise BadInput(f"{where}: expected an object")
        rule = raw.get("rule")
        if not isinstance(rule, str):
            raise BadInput(f"{where}.rule: expected a rule id")
        fired = parse_date(raw.get("date"), f"{where}.date")
        if raw.get("acknowledged") is None:
            continue
        acked = parse_date(raw["acknowledged"], f"{where}.acknowledged")
        key = (rule, fired)
        if key not in acks or acked < acks[key]:
            acks[key] = acked
    return acks


def read_bundle(path):
    try:
        with open(path, encoding="utf-8") as f:
            raw = json.load(f)
    except OSError as e:
        raise BadInput(f"cannot read: {e.strerror}")
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise BadInput(f"not valid JSON: {e}")
    if not isinstance(raw, dict):
        raise BadInput("the bundle is not a JSON object")
    if raw.get("format") != "backlog-exchange":
        raise BadInput(f"format: {json.dumps(raw.get('format'))} is not \"backlog-exchange\"")
    if raw.get("version") != 1:
        raise BadInput(f"version: {json.dumps(raw.get('version'))} is not a supported version (1)")

    episode = raw.get("episode")
    if not isinstance(episode, dict):
        raise BadInput("episode: missing (required)")
    onset = parse_date(episode.get("onset_date"), "episode.onset_date")
    start = parse_date(episode.get("program_start"), "episode.program_start")
    if onset > start:
        raise BadInput("episode.onset_date: the onset is after program_start")

    onboarding = read_object(episode, "baseline", "episode")
    baseline_pain = onboarding.get("pain")
    baseline_function = onboarding.get("function")
    if baseline_pain is not None:
        baseline_pain = read_number(baseline_pain, "episode.baseline.pain", 0, 10)
    if baseline_function is not None:
        baseline_function = read_number(baseline_function, "episode.baseline.function", 0, 10)

    screening_raw = read_object(episode, "screening", "episode")
    screening = {rule: read_bool(screening_raw, rule, "episode.screening")
                 for rule in SCREENING_IDS}
    surgery_date = screening_raw.get("surgery_date")
    if surgery_date is not None:
        surgery_date = parse_date(surgery_date, "episode.screening.surgery_date")

    entries_raw = raw.get("entries") or []
    sessions_raw = raw.get("sessions") or []
    if not isinstance(entries_raw, list):
        raise BadInput("entries: expected a list")
    if not isinstance(sessions_raw, list):
        raise BadInput("sessions: expected a list")

    entries = {}
    for i, item in enumerate(entries_raw):
        entry = read_entry(item, f"entries[{i}]")
        if entry["date"] in entries:
            raise BadInput(f"entries[{i}].date: {entry['date']} already has an entry")
        entries[entry["date"]] = entry
    sessions = [read_session(item, f"sessions[{i}]", i) for i, item in enumerate(sessions_raw)]

    return {
        "onset": onset,
        "start": start,
        "baseline_rating": {"pain": baseline_pain, "function": baseline_function},
        "screening": screening,
        "surgery_date": surgery_date,
        "entries": entries,
        "sessions": sessions,
        "acks": read_acknowledgements(raw.get("alerts")),
    }


# ---------------------------------------------------------------------------
# The evaluation
# ---------------------------------------------------------------------------

def mean(values):
    return math.fsum(values) / len(values)


def at_least(value, threshold):
    """value >= threshold, where being within the tolerance counts as reaching it."""
    return value >= threshold - TOLERANCE


class Evaluation:
    def __init__(self, bundle, as_of):
        self.as_of = as_of
        self.start = bundle["start"]
        self.onset = bundle["onset"]
        self.baseline_rating = bundle["baseline_rating"]
        self.screening = bundle["screening"]
        self.surgery_date = bundle["surgery_date"]
        # Nothing dated after the as-of date counts.
        self.entries = {d: e for d, e in bundle["entries"].items() if d <= as_of}
        self.entry_dates = sorted(self.entries)
        sessions = [s for s in bundle["sessions"] if s["date"] <= as_of]
        self.sessions = sorted(sessions, key=lambda s: (s["date"], s["order"]))
        self.acks = {key: acked for key, acked in bundle["acks"].items() if acked <= as_of}
        self.alerts = set()  # (date, rule)

    # ----- calendar (clinical.md 1, clinical-notes 6) -----

    def program_day(self, date):
        return (date - self.start).days + 1

    def date_of_day(self, day):
        return self.start + datetime.timedelta(days=day - 1)

    @staticmethod
    def program_week(day):
        return math.ceil(day / 7)

    @staticmethod
    def phase_of_day(day):
        if day < 1:
            return 0
        if day <= 28:
            return 1
        if day <= 56:
            return 2
        return 3

    @staticmethod
    def phase_of_week(week):
        if week <= 4:
            return 1
        if week <= 8:
            return 2
        return 3

    def duration_class(self):
        days = (self.start - self.onset).days
        if days < 28:
            return "acute"
        if days <= 84:
            return "subacute"
        return "chronic"

    # ----- scores (clinical.md 2, clinical-notes 1-5) -----

    def baseline(self, score, date):
        """Mean of the first 3 entries of program days 1..7 on or before date having the score."""
        values = []
        for day in range(1, 8):
            day_date = self.date_of_day(day)
            entry = self.entries.get(day_date)
            if day_date <= date and entry is not None and entry[score] is not None:
                values.append(entry[score])
        if len(values) >= 3:
            return mean(values[:3])
        return self.baseline_rating[score]

    def mean_7d(self, score, date):
        values = []
        for offset in range(7):
            entry = self.entries.get(date - offset * ONE_DAY)
            if entry is not None and entry[score] is not None:
                values.append(entry[score])
        if len(values) < 4:
            return None
        return mean(values)

    def significantly_improved(self, baseline, pain_mean):
        drop = baseline - pain_mean
        if at_least(drop, 2):
            return True
        return baseline > 0 and at_least(drop, 0.3 * baseline)

    def response(self, date):
        baseline = self.baseline("pain", date)
        pain_mean = self.mean_7d("pain", date)
        if baseline is None or pain_mean is None:
            return "unknown"
        if self.significantly_improved(baseline, pain_mean):
            return "improving"
        if at_least(pain_mean - baseline, 2):
            return "worsening"
        return "no-change"

    # ----- adherence (clinical.md 3, clinical-notes 8) -----

    @staticmethod
    def walking_target(day):
        return min(30, 5 + 2 * (day - 1))

    def day_self_care_score(self, day, phase):
        entry = self.entries.get(self.date_of_day(day))
        if entry is None or entry["self_care"] is None:
            return 0.0
        care = entry["self_care"]
        if phase == 1:
            doses = [("cat_cow", 3), ("pelvic_tilts", 2), ("walking_min", self.walking_target(day))]
        elif phase == 2:
            doses = [("bird_dog", 2), ("dead_bug", 2), ("walking_min", 30)]
        else:
            doses = [("movement_min", 20)]
        return mean([min(1.0, care[item] / dose) for item, dose in doses])

    def week_adherence(self, week):
        phase = self.phase_of_week(week)
        first_day, last_day = 7 * week - 6, 7 * week
        planned = {1: 2, 2: 1, 3: 0}[phase]
        done = sum(1 for s in self.sessions
                   if first_day <= self.program_day(s["date"]) <= last_day)
        session_ratio = 1.0 if planned == 0 else min(1.0, done / planned)
        self_care = mean([self.day_self_care_score(day, phase)
                          for day in range(first_day, last_day + 1)])
        return {
            "week": week,
            "sessions_planned": planned,
            "sessions_done": done,
            "self_care_ratio": self_care,
            "consistent": at_least(session_ratio, 0.75) and at_least(self_care, 0.75),
        }

    def ended_weeks(self):
        week = 1
        while self.date_of_day(7 * week) <= self.as_of:
            yield week
            week += 1

    # ----- alerts (clinical.md 4, clinical-notes 9-21) -----

    def fire(self, rule, date):
        self.alerts.add((date, rule))

    def make_gate(self, rule):
        """A rule that fires on the first date its condition holds and, while that alert
        is not acknowledged, not again; once acknowledged on A, again on the first date
        after A on which the condition holds (clinical-notes 10). Dates must be offered
        in increasing order."""
        state = {"blocked_through": None, "raised": False}

        def offer(date):
            if state["raised"]:
                return
            if state["blocked_through"] is not None and date <= state["blocked_through"]:
                return
            self.fire(rule, date)
            acked = self.acks.get((rule, date))
            if acked is None:
                state["raised"] = True
            else:
                state["blocked_through"] = acked
        return offer

    def evaluate_screening(self):
        # clinical-notes 9: every yes answer fires on program_start.
        if self.start > self.as_of:
            return
        for rule in SCREENING_IDS:
            if self.screening[rule]:
                self.fire(rule, self.start)

    def entries_in(self, first, last):
        """The entries dated first..last, in date order."""
        found = []
        date = first
        while date <= last:
            if date in self.entries:
                found.append(self.entries[date])
            date += ONE_DAY
        return found

    def evaluate_daily(self):
        leg_numbness = self.make_gate("RF-LEG-NUMBNESS")
        leg_weakness = self.make_gate("RF-LEG-WEAKNESS")
        night_pain = self.make_gate("RF-NIGHT-PAIN")
        for date in self.entry_dates:  # backfilled ones too (clinical-notes 18)
            symptoms = self.entries[date]["symptoms"]
            for flag, rule in EVERY_DAY_SYMPTOM_RULES:
                if symptoms[flag]:
                    self.fire(rule, date)

            weakness = symptoms["leg_weakness"]
            if weakness in ("present", "worse"):
                leg_weakness(date)
            if weakness == "worse":
                earlier = self.entries_in(date - 6 * ONE_DAY, date - ONE_DAY)
                if any(e["symptoms"]["leg_weakness"] in ("present", "worse") for e in earlier):
                    self.fire("RF-LEG-WEAKNESS-PROGRESSIVE", date)

            if symptoms["leg_numbness"]:
                leg_numbness(date)

            if symptoms["night_pain"]:
                night_pain(date)
                week = self.entries_in(date - 6 * ONE_DAY, date)
                nights = sum(1 for e in week if e["symptoms"]["night_pain"])
                if nights >= 3:
                    self.fire("RF-NIGHT-PAIN-RECURRENT", date)

    def session_of_entry(self, date):
        """Index of the most recent session dated strictly before date (last listed wins)."""
        found = None
        for index, session in enumerate(self.sessions):
            if session["date"] < date:
                found = index
        return found

    def first_later_entry(self, index, min_date, reports):
        """First entry dated on or after min_date whose session is sessions[index] and that
        reports the after-session finding."""
        for date in self.entry_dates:
            if date >= min_date and self.session_of[date] == index and reports(self.entries[date]):
                return date
        return None

    def evaluate_sessions(self):
        self.session_of = {date: self.session_of_entry(date) for date in self.entry_dates}
        hold_until = None
        if self.screening["SCR-SURGERY-6W"]:
            surgery = self.surgery_date if self.surgery_date is not None else self.start
            hold_until = surgery + datetime.timedelta(days=42)

        for index, session in enumerate(self.sessions):
            day = session["date"]
            if session["shooting_pain"]:
                self.fire("MS-SHOOTING-PAIN", day)
            if session["numbness"]:
                self.fire("MS-NUMBNESS", day)
            if session["minutes"] < 30:
                self.fire("MS-SHORT", day)
            if hold_until is not None and day < hold_until:
                self.fire("MS-SURGERY-HOLD", day)

            stiff = self.first_later_entry(index, day + 2 * ONE_DAY,
                                           lambda e: e["stiffness"] == "severe")
            if stiff is not None:
                self.fire("MS-STIFFNESS-48H", stiff)
            reacting = self.first_later_entry(index, day + 3 * ONE_DAY,
                                              lambda e: e["reaction"])
            if reacting is not None:
                self.fire("MS-REACTION-72H", reacting)

            before = self.entries.get(day - ONE_DAY)
            after = self.entries.get(day + ONE_DAY)
            if before is not None and after is not None and after["pain"] - before["pain"] >= 2:
                self.fire("MS-FLARE", day + ONE_DAY)

    def consistent_weeks_1_to_8(self):
        return sum(1 for week in range(1, 9) if self.week_adherence(week)["consistent"])

    def evaluate_course(self):
        gates = {rule: self.make_gate(rule) for rule in [
            "ESC-NO-IMPROVEMENT-8W", "ESC-PERSISTS-8W", "ESC-FUNCTION-DIVERGES",
            "ESC-PAIN-WORSENING", "ESC-PLATEAU", "ESC-NO-LOG"]}
        consistent = None
        date = self.start
        while date <= self.as_of:
            day = self.program_day(date)
            response = self.response(date)
            not_improved = response in ("no-change", "worsening")

            if day >= 56 and not_improved:
                if consistent is None:
                    consistent = self.consistent_weeks_1_to_8()
                if consistent >= 6:
                    gates["ESC-NO-IMPROVEMENT-8W"](date)
                else:
                    gates["ESC-PERSISTS-8W"](date)

            earlier = date - 14 * ONE_DAY
            pain_now, pain_then = self.mean_7d("pain", date), self.mean_7d("pain", earlier)
            function_now = self.mean_7d("function", date)
            function_then = self.mean_7d("function", earlier)
            if None not in (pain_now, pain_then, function_now, function_then):
                if at_least(function_then - function_now, 2) and at_least(pain_then - pain_now, 0):
                    gates["ESC-FUNCTION-DIVERGES"](date)

            if response == "worsening":
                gates["ESC-PAIN-WORSENING"](date)

            if 21 <= day <= 56 and pain_now is not None and pain_then is not None:
                if abs(pain_now - pain_then) < 0.5 - TOLERANCE and not_improved:
                    gates["ESC-PLATEAU"](date)

            if day >= 3 and not self.entries_in(date - 2 * ONE_DAY, date):
                gates["ESC-NO-LOG"](date)

            date += ONE_DAY

    def run(self):
        self.evaluate_screening()
        self.evaluate_daily()
        self.evaluate_sessions()
        self.evaluate_course()

    # ----- the report (formats.md 4) -----

    def report(self):
        def rounded(value):
            # Half up; a value within 1e-7 hundredths below a half counts as the half
            # (float noise must not decide the printed figure).
            return None if value is None else math.floor(value * 100 + 0.5 + 1e-7) / 100

        day = self.program_day(self.as_of)
        weeks = []
        for week in self.ended_weeks():
            row = self.week_adherence(week)
            row["self_care_ratio"] = rounded(row["self_care_ratio"])
            weeks.append(row)
        alerts = [{"rule": rule, "level": LEVELS[rule], "date": date.isoformat()}
                  for date, rule in sorted(self.alerts)]
        return {
            "as_of": self.as_of.isoformat(),
            "program_day": day,
            "program_week": self.program_week(day),
            "phase": self.phase_of_day(day),
            "duration_class": self.duration_class(),
            "baseline": {
                "pain": rounded(self.baseline("pain", self.as_of)),
                "function": rounded(self.baseline("function", self.as_of)),
            },
            "pain_7d": rounded(self.mean_7d("pain", self.as_of)),
            "function_7d": rounded(self.mean_7d("function", self.as_of)),
            "response": self.response(self.as_of),
            "week_adherence": weeks,
            "alerts": alerts,
        }


def default_as_of(bundle):
    dates = list(bundle["entries"]) + [s["date"] for s in bundle["sessions"]]
    return max(dates) if dates else bundle["start"]


def evaluate(bundle, as_of=None):
    """The report dictionary for a bundle read by read_bundle()."""
    evaluation = Evaluation(bundle, as_of if as_of is not None else default_as_of(bundle))
    evaluation.run()
    return evaluation.report()


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", help="an exchange bundle (*.backlog.json)")
    parser.add_argument("--as-of", dest="as_of", help="evaluate as of this date (YYYY-MM-DD)")
    args = parser.parse_args(argv)
    try:
        as_of = parse_date(args.as_of, "--as-of") if args.as_of is not None else None
        report = evaluate(read_bundle(args.bundle), as_of)
    except BadInput as e:
        print(f"{args.bundle}: {e}", file=sys.stderr)
        return 2
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except SystemExit:
        raise
    except Exception as e:  # any other failure
        print(f"reference_evaluate: {e}", file=sys.stderr)
        sys.exit(1)
