#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reference implementation of `backlog-cli evaluate BUNDLE.json [--as-of DATE]`.

Clinical rules VERSION 2. A test oracle, written from the product specification alone:
  - /work/shared/spec/clinical.md (version 2; section 7 lists the changes from version 1),
  - /work/shared/spec/formats.md sections 1 and 4 (exchange bundle version 2, evaluate output),
  - docs/clinical-notes.md for the readings of version 1 that version 2 does not contradict
    (notes 9, 10, 13 and 16 and the re-firing part of 23 are superseded by version 2).
It shares no code with the C++ core. Clarity matters more than speed here.

Prints the evaluation as JSON (2-space indentation) on stdout. Exit status 0 on
success, 2 on bad input (message on stderr), 1 on any other failure.

All arithmetic on scores is exact (fractions): pain is an integer, a function score and an
onboarding rating are read as the decimal number the file holds, and every mean is one
exact division. Printed means, baselines and ratios are rounded half up to 2 decimals.

Readings of open points
-----------------------
Where the specification leaves a choice, this oracle takes the most literal reading:

 1. Versions. `version` 1 and 2 are read; any other value is bad input, and a version
    above 2 gets a message naming it. In a version 1 file the version 2 fields
    (`leg_pain`, `sexual`, `fall`, the five new screening answers, `screening_answered`)
    are not read even when present: they are "no" / `none` / not recorded. Null items
    in `activity_scores` are accepted in both versions.
 2. Function from activity ratings. Only when `function` is absent or null, the episode
    names 1 to 5 activities, the list has exactly that many items and none is null: the
    mean of the items rounded half up (exactly) to one decimal. With no named activities
    `activity_scores` never give a function score (the list's length is not the number
    of named activities). More than 5 activities or more than 5 scores is bad input.
 3. Acknowledgement records (`alerts` of the bundle). `rule` and `date` are required;
    `acknowledged` null means not acknowledged. An acknowledgement dated before its
    alert's date is bad input whatever the rule (even an unknown rule id, even one that
    would not count). `level` is optional: an absent or null level counts; a level that
    is not one of the six is bad input. A record whose level is less urgent than the
    rule's version 2 level (order of the table in clinical.md 4: emergency, urgent,
    stop-massage, see-doctor, clearance, info) does not count; an acknowledgement dated
    after as_of does not count; unknown rule ids are ignored. Several counting records
    for one (rule, date): the earliest acknowledgement date is used.
 4. An acknowledgement acknowledges exactly the alert it names (rule id and date) and no
    other alert of that rule (an earlier every-day RF-FEVER alert stays raised until it
    is acknowledged itself). "An acknowledgement dated A covers everything dated A or
    earlier" is read within the re-firing rule: after an acknowledgement on A the rule's
    condition on dates <= A gives no alert (re-firing needs D > A).
 5. Raised "as of D". Wherever the spec says "not acknowledged on or before D" (hold
    reasons, MS-WHILE-STOPPED's "still raised at S"), an alert acknowledged after D is
    still raised on D, even when its acknowledgement is dated on or before as_of.
 6. "Not raised by a session on D": an alert of MS-SHOOTING-PAIN, MS-NUMBNESS or
    MS-SHORT dated D (these are always dated on their session's date) is not a hold
    reason on D; it is one from D + 1 on while not acknowledged. Every other alert dated
    D of a holding level is a reason on D (an RF alert of the entry of D, a screening
    alert dated D, an MS-STIFFNESS-48H dated D, which an earlier session raised).
 7. Symptom hold reasons. "The rule id of a daily-check symptom of one of those levels
    reported in the entry dated D or D-1": every rule of 4.2 of level emergency, urgent,
    stop-massage or clearance whose own condition holds for that entry, as a condition
    (whether or not its alert fired or was acknowledged). That is all of 4.2 except
    RF-NIGHT-PAIN (see-doctor). RF-NIGHT-PAIN-RECURRENT is a reason for an entry where
    its condition holds (night pain that day and on >= 3 of the 7 days); RF-FEVER-RISK
    for a fever entry while SCR-IMMUNO or SCR-INFECTION counts on that entry's date;
    RF-FALL for an entry reporting `fall`. Entries dated before program_start are used
    like any other for D and D-1.
 8. The surgery hold exists when SCR-SURGERY-6W is yes: from its alert's date A to
    surgery + 41 days (the day before surgery + 42), surgery = `surgery_date` when given,
    else A. A surgery date so early that surgery + 42 <= A gives no hold at all; a
    surgery date with the answer "no" is ignored. clinical.md 7 item 4 ("until program
    start + 42 days") is the special case of an answer dated at program start; 4.1 wins.
    A surgery date after A holds from A to surgery + 41.
 9. SCR-SURGERY-6W is not a hold reason on the days the surgery hold covers; on later days,
    while not acknowledged, it is a hold reason (clearance) like any other alert.
    MS-SURGERY-HOLD and MS-WHILE-STOPPED are never hold reasons.
10. SCR-INFECTION counts for RF-FEVER-RISK on days I..I+89 (I = its alert's date; 90 days
    with I as the first, as "held for 42 days from then" is A..A+41): day I+90 is out.
    SCR-IMMUNO counts from its alert's date on, without end. Neither counts before its
    alert's date, so no entry before program_start is judged by a screening answer.
11. RF-FEVER-RISK "RF-FEVER fires as well": RF-FEVER is an urgent rule of 4.2 that fires
    on every fever day anyway, so both are dated the entry's date.
12. RF-FALL: `fall` true in an entry is the patient's answer to "a new fall or injury to
    the back since the last entry (not one already reported)"; the parenthesis describes
    the question. RF-FALL is an urgent rule of 4.2 and fires on every entry reporting
    `fall`, without looking at the previous entry.
13. Re-firing categories. Every day reported (emergency / urgent of 4.2): RF-SADDLE,
    RF-BLADDER, RF-BOWEL, RF-BOTH-LEGS, RF-SEXUAL, RF-LEG-PAIN-BOTH,
    RF-LEG-WEAKNESS-PROGRESSIVE (every `worse`, no window, no earlier report needed),
    RF-FEVER-RISK, RF-FALL, RF-FEVER, RF-WEIGHT-LOSS, RF-NIGHT-PAIN-RECURRENT. Gated
    with a daily-check new onset: RF-LEG-WEAKNESS, RF-LEG-NUMBNESS, RF-NIGHT-PAIN,
    RF-LEG-PAIN. Gated with a course new onset: every ESC rule. Once per session: the
    rules of 4.3 but MS-WHILE-STOPPED. Once on their date: screening rules.
14. Gate. A gated rule fires on the first date its condition holds (no new-onset test for
    the first alert). While that alert is not acknowledged (as of the date examined) it
    does not fire. Once acknowledged on A, it fires again on the first date D > A on which
    the condition holds as a new onset; that new alert is gated the same way.
15. Daily-check new onset on D: the latest entry dated before D (whatever its distance,
    possibly before program_start) does not report the symptom; with no earlier entry it
    is a new onset. The symptom of RF-LEG-WEAKNESS is `present` or `worse`, of
    RF-LEG-PAIN `leg_pain` = one (a change from both to one is a new onset).
16. Course new onset on D: the rule's whole condition did not hold on any of D-7..D-1.
    Course conditions are evaluated on dates from program_start only: days before
    program_start count as "did not hold".
17. MS-WHILE-STOPPED. The reasons of a session date S are its hold reasons (alerts and
    symptoms, readings 5-7, 9); the surgery hold is not a reason (it is MS-SURGERY-HOLD's).
    It fires on S when S has a reason that is not a reason of any earlier
    (dated before S) MS-WHILE-STOPPED alert still raised at S; the reasons of an
    MS-WHILE-STOPPED alert are the hold reasons of its date. The comparison is with the
    union of those alerts' reasons. MS-WHILE-STOPPED can be acknowledged like any alert;
    once acknowledged on or before S it suppresses nothing on S.
18. "On hold" on D (section 3) is one function, massage_hold(): the surgery hold covers D,
    or D has a hold reason. Adherence plans no session in a week with any day on hold.
19. Tolerance 1e-6 on every derived value, strict comparisons included: "R > baseline"
    holds when R > baseline + 1e-6, "> 2" when R > 2 + 1e-6, "< 8" when R < 8 - 1e-6,
    "<= 2" when R <= 2 + 1e-6, "differs by less than 0.5" when |a - b| < 0.5 - 1e-6,
    "pain at D <= pain at D-14" when pain(D) <= pain(D-14) + 1e-6. A pain baseline of 0
    (within 1e-6) never improves.
20. Baseline at D: the first 3 entries of program days 1..7 dated on or before D that
    have the score; fewer: the onboarding rating; without one: the first 3 entries of
    program days 1..D with the score; fewer: undefined (printed null). Entries before
    program day 1 never count for a baseline.
21. Recent mean and the strict 7-day means use every entry of their window, entries
    before program_start included (clinical-notes 3). ESC-FUNCTION-DIVERGES compares the
    recent means of pain and of function. ESC-SEVERE-PAIN and ESC-FEW-LOGS count the
    entries dated D-13..D (every entry has a pain score), entries before program_start
    included.
22. "Not significantly improved" is response `no-change` or `worsening`; `unknown` (no
    recent mean or no baseline) never fires ESC-NO-IMPROVEMENT-8W, ESC-PERSISTS-8W or
    ESC-PLATEAU. ESC-PAIN-WORSENING needs response `worsening`.
23. Session rules judge every session up to as_of, also those before program_start; the
    session of an entry is the most recent session dated strictly before it (the last
    listed of that date); MS-STIFFNESS-48H / MS-REACTION-72H fire on the first entry dated
    >= S+2 / S+3 whose session is S and that reports it, whatever its distance. MS-FLARE
    and MS-FLARE-SEVERE compare the entries of S-1 and S+1 (both needed), dated S+1;
    MS-FLARE-SEVERE when S+1 - (S-1) >= 4, or >= 2 with S+1 >= 8; otherwise MS-FLARE when
    the difference is >= 2. Several sessions on one day give one alert per rule.
24. Screening answers. A "yes" fires once, dated the later of program_start and its
    `screening_answered` date (program_start when absent or null). A date for an answer
    that is "no", or for an unknown id, is ignored. A screening alert dated after as_of
    has not fired as of as_of, and nothing is judged by it.
25. Default as-of date: the latest date of an entry or a session (program_start when
    there are none); the bundle's `alerts` play no part in it.
"""

import argparse
import datetime
import json
import math
import re
import sys
from fractions import Fraction

TOLERANCE = Fraction(1, 10 ** 6)  # clinical.md 2: thresholds on derived values

# The levels of clinical.md 4, most urgent first.
LEVEL_ORDER = ["emergency", "urgent", "stop-massage", "see-doctor", "clearance", "info"]

# Levels whose alerts (and daily-check symptoms) hold massage (clinical.md 3, "On hold").
HOLD_LEVELS = {"emergency", "urgent", "stop-massage", "clearance"}

LEVELS = {
    # 4.1 screening
    "SCR-TRAUMA": "urgent",
    "SCR-CANCER": "urgent",
    "SCR-WEIGHT-FEVER": "urgent",
    "SCR-IMMUNO": "see-doctor",
    "SCR-DISC-LEG": "clearance",
    "SCR-SURGERY-6W": "clearance",
    "SCR-OSTEOPOROSIS": "clearance",
    "SCR-AGE-50": "see-doctor",
    "SCR-INFLAMMATORY": "see-doctor",
    "SCR-INFECTION": "see-doctor",
    "SCR-ANTICOAG": "clearance",
    "SCR-AORTA": "clearance",
    # 4.2 daily symptom check
    "RF-SADDLE": "emergency",
    "RF-BLADDER": "emergency",
    "RF-BOWEL": "emergency",
    "RF-BOTH-LEGS": "emergency",
    "RF-SEXUAL": "emergency",
    "RF-LEG-PAIN-BOTH": "emergency",
    "RF-LEG-WEAKNESS-PROGRESSIVE": "emergency",
    "RF-FEVER-RISK": "emergency",
    "RF-LEG-WEAKNESS": "urgent",
    "RF-FALL": "urgent",
    "RF-LEG-NUMBNESS": "stop-massage",
    "RF-LEG-PAIN": "stop-massage",
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
    "MS-FLARE-SEVERE": "see-doctor",
    "MS-WHILE-STOPPED": "stop-massage",
    "MS-SURGERY-HOLD": "clearance",
    "MS-SHORT": "info",
    # 4.4 course of treatment
    "ESC-NO-IMPROVEMENT-8W": "see-doctor",
    "ESC-PERSISTS-8W": "see-doctor",
    "ESC-FUNCTION-DIVERGES": "see-doctor",
    "ESC-PAIN-WORSENING": "see-doctor",
    "ESC-RELAPSE": "see-doctor",
    "ESC-SEVERE-PAIN": "see-doctor",
    "ESC-PLATEAU": "info",
    "ESC-FEW-LOGS": "info",
    "ESC-NO-LOG": "info",
}

SCREENING_IDS_V1 = [
    "SCR-TRAUMA", "SCR-CANCER", "SCR-WEIGHT-FEVER", "SCR-IMMUNO",
    "SCR-DISC-LEG", "SCR-SURGERY-6W", "SCR-OSTEOPOROSIS",
]
SCREENING_IDS = SCREENING_IDS_V1 + [
    "SCR-AGE-50", "SCR-INFLAMMATORY", "SCR-INFECTION", "SCR-ANTICOAG", "SCR-AORTA",
]

# The rules of 4.2, in table order. Each is read from one entry by daily_conditions().
DAILY_RULES = [
    "RF-SADDLE", "RF-BLADDER", "RF-BOWEL", "RF-BOTH-LEGS", "RF-SEXUAL", "RF-LEG-PAIN-BOTH",
    "RF-LEG-WEAKNESS-PROGRESSIVE", "RF-FEVER-RISK", "RF-LEG-WEAKNESS", "RF-FALL",
    "RF-LEG-NUMBNESS", "RF-LEG-PAIN", "RF-FEVER", "RF-WEIGHT-LOSS", "RF-NIGHT-PAIN",
    "RF-NIGHT-PAIN-RECURRENT",
]
# clinical.md 4.4 "When a rule fires again": these daily-check rules are gated (fire on a
# new onset after an acknowledgement); every other rule of 4.2 fires on every day reported.
GATED_DAILY_RULES = ["RF-LEG-NUMBNESS", "RF-LEG-WEAKNESS", "RF-NIGHT-PAIN", "RF-LEG-PAIN"]

COURSE_RULES = [
    "ESC-NO-IMPROVEMENT-8W", "ESC-PERSISTS-8W", "ESC-FUNCTION-DIVERGES",
    "ESC-PAIN-WORSENING", "ESC-RELAPSE", "ESC-SEVERE-PAIN", "ESC-PLATEAU",
    "ESC-FEW-LOGS", "ESC-NO-LOG",
]

# Session alerts that are dated on their session's date and so, on that date, are "raised
# by a session on D" (clinical.md 3, "On hold").
RAISED_BY_SESSION_ON_ITS_DATE = {"MS-SHOOTING-PAIN", "MS-NUMBNESS", "MS-SHORT"}
NEVER_HOLD_REASONS = {"MS-WHILE-STOPPED", "MS-SURGERY-HOLD"}

SYMPTOM_FLAGS_V1 = ["saddle", "bladder", "bowel", "both_legs", "leg_numbness",
                    "fever", "weight_loss", "night_pain"]
SYMPTOM_FLAGS_V2 = ["sexual", "fall"]
SELF_CARE_NUMBERS = ["cat_cow", "pelvic_tilts", "walking_min", "bird_dog",
                     "dead_bug", "movement_min"]
LEG_WEAKNESS_VALUES = ["none", "present", "worse"]
LEG_PAIN_VALUES = ["none", "one", "both"]
STIFFNESS_VALUES = ["none", "mild", "severe"]
SESSION_KINDS = ["swedish", "deep-tissue", "trigger-point", "myofascial", "other"]
SUPPORTED_VERSIONS = (1, 2)

ONE_DAY = datetime.timedelta(days=1)


def days(n):
    return datetime.timedelta(days=n)


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


def exact(value):
    """The exact decimal number a JSON number stands for."""
    if isinstance(value, int):
        return Fraction(value)
    return Fraction(repr(float(value)))


def read_integer(value, where, low, high):
    if not is_number(value) or value != int(value):
        raise BadInput(f"{where}: {json.dumps(value)} is not an integer")
    if not low <= value <= high:
        raise BadInput(f"{where}: {json.dumps(value)} is out of range {low}..{high}")
    return int(value)


def read_number(value, where, low, high):
    if not is_number(value) or not math.isfinite(value):
        raise BadInput(f"{where}: {json.dumps(value)} is not a number")
    if not low <= value <= high:
        raise BadInput(f"{where}: {json.dumps(value)} is out of range {low}..{high}")
    return exact(value)


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
    """Rounded half up to `places` decimals; exact for a Fraction (and for what make_scenarios
    passes: a float that is a mean of a few whole numbers)."""
    scale = 10 ** places
    if isinstance(value, Fraction):
        return Fraction(math.floor(value * scale + Fraction(1, 2)), scale)
    return math.floor(value * scale + 0.5) / scale


def read_entry(raw, where, version, activity_count):
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
    scores = [None if s is None else read_integer(s, f"{where}.activity_scores[{i}]", 0, 10)
              for i, s in enumerate(scores)]

    # clinical.md 2, formats.md 1 (reading 2): the function score given is used; without
    # one, a complete set of ratings of the named activities gives their mean rounded
    # half up to one decimal; a partly rated day or a list of another length gives none.
    function = raw.get("function")
    if function is not None:
        entry["function"] = read_number(function, f"{where}.function", 0, 10)
    elif (activity_count >= 1 and len(scores) == activity_count
          and all(s is not None for s in scores)):
        entry["function"] = round_half_up(Fraction(sum(scores), len(scores)), 1)
    else:
        entry["function"] = None

    symptoms = read_object(raw, "symptoms", where)
    flags = SYMPTOM_FLAGS_V1 + (SYMPTOM_FLAGS_V2 if version >= 2 else [])
    entry["symptoms"] = {flag: False for flag in SYMPTOM_FLAGS_V1 + SYMPTOM_FLAGS_V2}
    for flag in flags:
        entry["symptoms"][flag] = read_bool(symptoms, flag, f"{where}.symptoms")
    entry["symptoms"]["leg_weakness"] = read_choice(
        symptoms, "leg_weakness", f"{where}.symptoms", LEG_WEAKNESS_VALUES, "none")
    entry["symptoms"]["leg_pain"] = "none"
    if version >= 2:  # reading 1: a version 1 file never asked
        entry["symptoms"]["leg_pain"] = read_choice(
            symptoms, "leg_pain", f"{where}.symptoms", LEG_PAIN_VALUES, "none")

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
    """The acknowledgement records of the bundle's `alerts` (reading 3): a list of
    (rule, fired date, level or None, acknowledgement date). The bundle's alerts are
    used for nothing else: every alert is recomputed."""
    if raw_alerts is None:
        return []
    if not isinstance(raw_alerts, list):
        raise BadInput("alerts: expected a list")
    records = []
    for i, raw in enumerate(raw_alerts):
        where = f"alerts[{i}]"
        if not isinstance(raw, dict):
            raise BadInput(f"{where}: expected an object")
        rule = raw.get("rule")
        if not isinstance(rule, str):
            raise BadInput(f"{where}.rule: expected a rule id")
        fired = parse_date(raw.get("date"), f"{where}.date")
        level = raw.get("level")
        if level is not None and level not in LEVEL_ORDER:
            raise BadInput(f"{where}.level: {json.dumps(level)} is not one of "
                           f"{', '.join(LEVEL_ORDER)}")
        if raw.get("acknowledged") is None:
            continue
        acked = parse_date(raw["acknowledged"], f"{where}.acknowledged")
        if acked < fired:
            raise BadInput(f"{where}.acknowledged: {acked.isoformat()} is before the "
                           f"alert's date {fired.isoformat()}")
        records.append((rule, fired, level, acked))
    return records


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
    version = raw.get("version")
    if not is_number(version) or version != int(version):
        raise BadInput(f"version: {json.dumps(version)} is not a version number "
                       f"(expected 1 or 2)")
    version = int(version)
    if version > 2:
        raise BadInput(f"version: {version} is newer than this reader (it reads versions 1 and 2)")
    if version not in SUPPORTED_VERSIONS:
        raise BadInput(f"version: {version} is not a supported version (1 or 2)")

    episode = raw.get("episode")
    if not isinstance(episode, dict):
        raise BadInput("episode: missing (required)")
    onset = parse_date(episode.get("onset_date"), "episode.onset_date")
    start = parse_date(episode.get("program_start"), "episode.program_start")
    if onset > start:  # formats.md 1
        raise BadInput(f"episode.onset_date: {onset.isoformat()} is after program_start "
                       f"{start.isoformat()}")

    onboarding = read_object(episode, "baseline", "episode")
    baseline_pain = onboarding.get("pain")
    baseline_function = onboarding.get("function")
    if baseline_pain is not None:
        baseline_pain = read_number(baseline_pain, "episode.baseline.pain", 0, 10)
    if baseline_function is not None:
        baseline_function = read_number(baseline_function, "episode.baseline.function", 0, 10)

    activities = episode.get("activities")
    if activities is None:
        activities = []
    if not isinstance(activities, list) or len(activities) > 5:
        raise BadInput("episode.activities: expected a list of 0 to 5 activities")

    screening_raw = read_object(episode, "screening", "episode")
    asked = SCREENING_IDS if version >= 2 else SCREENING_IDS_V1
    screening = {rule: False for rule in SCREENING_IDS}
    for rule in asked:
        screening[rule] = read_bool(screening_raw, rule, "episode.screening")
    surgery_date = screening_raw.get("surgery_date")
    if surgery_date is not None:
        surgery_date = parse_date(surgery_date, "episode.screening.surgery_date")

    # formats.md 1: screening_answered (version 2) maps an id to the date of its "yes".
    answered = {}
    if version >= 2:
        answered_raw = read_object(episode, "screening_answered", "episode")
        for rule, value in answered_raw.items():
            if rule in SCREENING_IDS and value is not None:
                answered[rule] = parse_date(value, f"episode.screening_answered.{rule}")

    entries_raw = raw.get("entries") or []
    sessions_raw = raw.get("sessions") or []
    if not isinstance(entries_raw, list):
        raise BadInput("entries: expected a list")
    if not isinstance(sessions_raw, list):
        raise BadInput("sessions: expected a list")

    entries = {}
    for i, item in enumerate(entries_raw):
        entry = read_entry(item, f"entries[{i}]", version, len(activities))
        if entry["date"] in entries:
            raise BadInput(f"entries[{i}].date: {entry['date']} already has an entry")
        entries[entry["date"]] = entry
    sessions = [read_session(item, f"sessions[{i}]", i) for i, item in enumerate(sessions_raw)]

    return {
        "version": version,
        "onset": onset,
        "start": start,
        "baseline_rating": {"pain": baseline_pain, "function": baseline_function},
        "screening": screening,
        "screening_answered": answered,
        "surgery_date": surgery_date,
        "entries": entries,
        "sessions": sessions,
        "acks": read_acknowledgements(raw.get("alerts")),
    }


# ---------------------------------------------------------------------------
# Comparisons with the tolerance (clinical.md 2, reading 19)
# ---------------------------------------------------------------------------

def mean(values):
    return Fraction(sum(values)) / len(values)


def at_least(value, threshold):
    """value >= threshold, where being within the tolerance counts as reaching it."""
    return value >= threshold - TOLERANCE


def at_most(value, threshold):
    return value <= threshold + TOLERANCE


def above(value, threshold):
    """value > threshold: a value within the tolerance of it only reaches it."""
    return value > threshold + TOLERANCE


def below(value, threshold):
    return value < threshold - TOLERANCE


def level_rank(level):
    return LEVEL_ORDER.index(level)  # 0 is the most urgent


# ---------------------------------------------------------------------------
# The evaluation
# ---------------------------------------------------------------------------

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
        self.session_dates = sorted({s["date"] for s in self.sessions})

        # clinical.md 4.4 / reading 3: the acknowledgements that count, (rule, date) -> date.
        self.acks = {}
        for rule, fired, level, acked in bundle["acks"]:
            if rule not in LEVELS or acked > as_of:
                continue
            if level is not None and level_rank(level) > level_rank(LEVELS[rule]):
                continue  # recorded less urgent than the rule is now: does not count
            key = (rule, fired)
            if key not in self.acks or acked < self.acks[key]:
                self.acks[key] = acked

        # clinical.md 4.1: a screening alert is dated on the later of program_start and
        # the day its "yes" was given (reading 24).
        self.screening_dates = {}
        for rule in SCREENING_IDS:
            if self.screening[rule]:
                given = bundle["screening_answered"].get(rule, self.start)
                self.screening_dates[rule] = max(self.start, given)

        # clinical.md 4.1 and 4.3 (reading 8): the surgery hold, first..last day or None.
        self.surgery_hold = None
        if "SCR-SURGERY-6W" in self.screening_dates:
            first = self.screening_dates["SCR-SURGERY-6W"]
            surgery = self.surgery_date if self.surgery_date is not None else first
            last = surgery + days(42) - ONE_DAY
            if first <= last:
                self.surgery_hold = (first, last)

        self.alerts = set()  # (date, rule)
        self.stopped_reasons = {}  # date of an MS-WHILE-STOPPED alert -> its reasons
        self.cache = {}

    # ----- calendar (clinical.md 1, clinical-notes 6) -----

    def program_day(self, date):
        return (date - self.start).days + 1

    def date_of_day(self, day):
        return self.start + days(day - 1)

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
        length = (self.start - self.onset).days
        if length < 28:
            return "acute"
        if length <= 84:
            return "subacute"
        return "chronic"

    # ----- scores (clinical.md 2, readings 19-22) -----

    def entries_in(self, first, last):
        """The entries dated first..last, in date order."""
        found = []
        date = first
        while date <= last:
            if date in self.entries:
                found.append(self.entries[date])
            date += ONE_DAY
        return found

    def scores_in(self, score, first, last):
        return [e[score] for e in self.entries_in(first, last) if e[score] is not None]

    def baseline(self, score, date):
        """clinical.md 2, Baseline (reading 20)."""
        first_week = self.scores_in(score, self.date_of_day(1), min(date, self.date_of_day(7)))
        if len(first_week) >= 3:
            return mean(first_week[:3])
        if self.baseline_rating[score] is not None:
            return self.baseline_rating[score]
        so_far = self.scores_in(score, self.date_of_day(1), date)
        if len(so_far) >= 3:
            return mean(so_far[:3])
        return None

    def mean_7d(self, score, date):
        """clinical.md 2, 7-day mean: values in D-6..D, undefined with fewer than 4."""
        values = self.scores_in(score, date - days(6), date)
        return mean(values) if len(values) >= 4 else None

    def recent_mean(self, score, date):
        """clinical.md 2, Recent mean: the 7-day mean, else the mean of D-13..D with >= 4."""
        key = ("recent", score, date)
        if key not in self.cache:
            value = self.mean_7d(score, date)
            if value is None:
                values = self.scores_in(score, date - days(13), date)
                value = mean(values) if len(values) >= 4 else None
            self.cache[key] = value
        return self.cache[key]

    @staticmethod
    def significantly_improved(baseline, pain_mean):
        """clinical.md 2: >= 2 points or >= 30 % below baseline; impossible from 0."""
        if at_most(baseline, 0):
            return False
        drop = baseline - pain_mean
        return at_least(drop, 2) or at_least(drop, Fraction(3, 10) * baseline)

    def response(self, date):
        """clinical.md 2, Response status, from the recent mean pain."""
        baseline = self.baseline("pain", date)
        pain_mean = self.recent_mean("pain", date)
        if baseline is None or pain_mean is None:
            return "unknown"
        if self.significantly_improved(baseline, pain_mean):
            return "improving"
        if above(pain_mean, baseline) and at_least(pain_mean, min(baseline + 2, 10)):
            return "worsening"
        return "no-change"

    def acceptable_pain(self, date):
        """clinical.md 2, Acceptable pain: the recent mean pain exists and is <= 2."""
        pain_mean = self.recent_mean("pain", date)
        return pain_mean is not None and at_most(pain_mean, 2)

    # ----- acknowledgements (clinical.md 4, 4.4 "When a rule fires again") -----

    def acknowledged_on(self, rule, date):
        """The date the alert (rule, date) was acknowledged, or None (reading 3)."""
        return self.acks.get((rule, date))

    def raised_at(self, rule, fired, day):
        """Whether the alert (rule, fired) is still raised on `day`: not acknowledged on or
        before it (reading 5)."""
        acked = self.acknowledged_on(rule, fired)
        return acked is None or acked > day

    # ----- screening answers that judge entries (clinical.md 4.1, reading 10) -----

    def screening_counts(self, rule, date):
        first = self.screening_dates.get(rule)
        if first is None or date < first:
            return False
        if rule == "SCR-INFECTION":
            return date <= first + days(89)  # 90 days from its date, its date the first
        return True

    # ----- the daily symptom check (clinical.md 4.2) -----

    def daily_conditions(self, date):
        """The set of 4.2 rules whose condition holds for the entry dated `date`
        (empty without an entry)."""
        entry = self.entries.get(date)
        if entry is None:
            return set()
        key = ("daily", date)
        if key in self.cache:
            return self.cache[key]
        s = entry["symptoms"]
        holds = set()
        if s["saddle"]:
            holds.add("RF-SADDLE")
        if s["bladder"]:
            holds.add("RF-BLADDER")
        if s["bowel"]:
            holds.add("RF-BOWEL")
        if s["both_legs"]:
            holds.add("RF-BOTH-LEGS")
        if s["sexual"]:
            holds.add("RF-SEXUAL")
        if s["leg_pain"] == "both":
            holds.add("RF-LEG-PAIN-BOTH")
        if s["leg_weakness"] == "worse":  # on any day, whatever came before
            holds.add("RF-LEG-WEAKNESS-PROGRESSIVE")
        if s["fever"] and (self.screening_counts("SCR-IMMUNO", date)
                           or self.screening_counts("SCR-INFECTION", date)):
            holds.add("RF-FEVER-RISK")  # RF-FEVER fires as well (below)
        if s["leg_weakness"] in ("present", "worse"):
            holds.add("RF-LEG-WEAKNESS")
        if s["fall"]:  # reading 12
            holds.add("RF-FALL")
        if s["leg_numbness"]:
            holds.add("RF-LEG-NUMBNESS")
        if s["leg_pain"] == "one":
            holds.add("RF-LEG-PAIN")
        if s["fever"]:
            holds.add("RF-FEVER")
        if s["weight_loss"]:
            holds.add("RF-WEIGHT-LOSS")
        if s["night_pain"]:
            holds.add("RF-NIGHT-PAIN")
            # 3 or more of the 7 days D-6..D, D being one of them
            week = self.entries_in(date - days(6), date)
            if sum(1 for e in week if e["symptoms"]["night_pain"]) >= 3:
                holds.add("RF-NIGHT-PAIN-RECURRENT")
        self.cache[key] = holds
        return holds

    def latest_entry_before(self, date):
        earlier = [d for d in self.entry_dates if d < date]
        return earlier[-1] if earlier else None

    # ----- massage on hold (clinical.md 3, "On hold"; readings 5-9, 18) -----

    def surgery_hold_covers(self, date):
        return self.surgery_hold is not None and \
            self.surgery_hold[0] <= date <= self.surgery_hold[1]

    def hold_reasons(self, date):
        """The hold reasons of `date`: rule ids (clinical.md 3, "On hold")."""
        reasons = set()
        # The alerts of a holding level, dated before D, or dated D and not raised by a
        # session on D, and not acknowledged on or before D.
        for fired, rule in self.alerts:
            if rule in NEVER_HOLD_REASONS or LEVELS[rule] not in HOLD_LEVELS:
                continue
            if rule == "SCR-SURGERY-6W" and self.surgery_hold_covers(date):
                continue
            if fired > date:
                continue
            if fired == date and rule in RAISED_BY_SESSION_ON_ITS_DATE:
                continue
            if self.raised_at(rule, fired, date):
                reasons.add(rule)
        # The daily-check symptoms of a holding level reported on D or D-1, whether or not
        # their alert is acknowledged.
        for day in (date - ONE_DAY, date):
            for rule in self.daily_conditions(day):
                if LEVELS[rule] in HOLD_LEVELS:
                    reasons.add(rule)
        return reasons

    def massage_hold(self, date):
        """clinical.md 3, "On hold": (is massage on hold on `date`, its hold reasons).
        The one predicate used by MS-WHILE-STOPPED and by adherence."""
        reasons = self.hold_reasons(date)
        return self.surgery_hold_covers(date) or bool(reasons), reasons

    def on_hold(self, date):
        return self.massage_hold(date)[0]

    # ----- adherence (clinical.md 3, clinical-notes 8) -----

    @staticmethod
    def walking_target(day):
        return min(30, 5 + 2 * (day - 1))

    def day_self_care_score(self, day, phase):
        entry = self.entries.get(self.date_of_day(day))
        if entry is None or entry["self_care"] is None:
            return Fraction(0)
        care = entry["self_care"]
        if phase == 1:
            doses = [("cat_cow", 3), ("pelvic_tilts", 2), ("walking_min", self.walking_target(day))]
        elif phase == 2:
            doses = [("bird_dog", 2), ("dead_bug", 2), ("walking_min", 30)]
        else:
            doses = [("movement_min", 20)]
        return mean([min(Fraction(1), care[item] / dose) for item, dose in doses])

    def week_adherence(self, week):
        key = ("week", week)
        if key in self.cache:
            return dict(self.cache[key])
        phase = self.phase_of_week(week)
        first_day, last_day = 7 * week - 6, 7 * week
        planned = {1: 2, 2: 1, 3: 0}[phase]
        # A week with any day on hold plans no session (following the plan is stopping).
        if any(self.on_hold(self.date_of_day(day)) for day in range(first_day, last_day + 1)):
            planned = 0
        done = sum(1 for s in self.sessions
                   if first_day <= self.program_day(s["date"]) <= last_day)
        session_ratio = Fraction(1) if planned == 0 else min(Fraction(1), Fraction(done, planned))
        self_care = mean([self.day_self_care_score(day, phase)
                          for day in range(first_day, last_day + 1)])
        row = {
            "week": week,
            "sessions_planned": planned,
            "sessions_done": done,
            "self_care_ratio": self_care,
            "consistent": at_least(session_ratio, Fraction(1, 2)) and at_least(self_care, Fraction(3, 4)),
        }
        self.cache[key] = row
        return dict(row)

    def ended_weeks(self):
        week = 1
        while self.date_of_day(7 * week) <= self.as_of:
            yield week
            week += 1

    # ----- alerts (clinical.md 4) -----

    def fire(self, rule, date):
        self.alerts.add((date, rule))

    def make_gate(self, rule, new_onset):
        """clinical.md 4.4 "When a rule fires again" (readings 4, 14): a rule that fires on
        the first date its condition holds and not again while that alert is raised; once
        it is acknowledged on A, again on the first date D > A on which its condition holds
        as a new onset (new_onset(D)). Dates must be offered in increasing order."""
        state = {"raised": False, "covered_through": None}

        def offer(date):
            if state["raised"]:
                return
            if state["covered_through"] is not None:
                if date <= state["covered_through"] or not new_onset(date):
                    return
            self.fire(rule, date)
            acked = self.acknowledged_on(rule, date)
            if acked is None:
                state["raised"] = True
            else:
                state["covered_through"] = acked
        return offer

    def evaluate_screening(self):
        # clinical.md 4.1: each "yes" fires once, on its date (reading 24).
        for rule, date in self.screening_dates.items():
            if date <= self.as_of:
                self.fire(rule, date)

    def evaluate_daily(self):
        # clinical.md 4.2, on every entry (backfilled ones too, clinical-notes 18).
        def daily_new_onset(rule):
            def new_onset(date):  # reading 15
                before = self.latest_entry_before(date)
                return before is None or rule not in self.daily_conditions(before)
            return new_onset

        gates = {rule: self.make_gate(rule, daily_new_onset(rule)) for rule in GATED_DAILY_RULES}
        for date in self.entry_dates:
            for rule in self.daily_conditions(date):
                if rule in gates:
                    gates[rule](date)
                else:
                    self.fire(rule, date)  # emergency / urgent: every day reported

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
        # clinical.md 4.3, every rule but MS-WHILE-STOPPED (that one needs all of these).
        self.session_of = {date: self.session_of_entry(date) for date in self.entry_dates}
        for index, session in enumerate(self.sessions):
            day = session["date"]
            if session["shooting_pain"]:
                self.fire("MS-SHOOTING-PAIN", day)
            if session["numbness"]:
                self.fire("MS-NUMBNESS", day)
            if session["minutes"] < 30:
                self.fire("MS-SHORT", day)
            # MS-SURGERY-HOLD: from the SCR-SURGERY-6W alert's date to surgery + 41.
            if self.surgery_hold_covers(day):
                self.fire("MS-SURGERY-HOLD", day)

            stiff = self.first_later_entry(index, day + days(2),
                                           lambda e: e["stiffness"] == "severe")
            if stiff is not None:
                self.fire("MS-STIFFNESS-48H", stiff)
            reacting = self.first_later_entry(index, day + days(3),
                                              lambda e: e["reaction"])
            if reacting is not None:
                self.fire("MS-REACTION-72H", reacting)

            # MS-FLARE / MS-FLARE-SEVERE: S+1 against S-1, both needed, dated S+1.
            before = self.entries.get(day - ONE_DAY)
            after = self.entries.get(day + ONE_DAY)
            if before is not None and after is not None:
                rise = after["pain"] - before["pain"]
                if rise >= 4 or (rise >= 2 and after["pain"] >= 8):
                    self.fire("MS-FLARE-SEVERE", day + ONE_DAY)
                elif rise >= 2:
                    self.fire("MS-FLARE", day + ONE_DAY)

    def evaluate_while_stopped(self):
        # clinical.md 4.3 MS-WHILE-STOPPED (reading 17): one alert per session date.
        for day in self.session_dates:
            reasons = self.massage_hold(day)[1]
            if not reasons:
                continue
            covered = set()
            for fired, earlier in self.stopped_reasons.items():
                if fired < day and self.raised_at("MS-WHILE-STOPPED", fired, day):
                    covered |= earlier
            if reasons <= covered:
                continue
            self.fire("MS-WHILE-STOPPED", day)
            self.stopped_reasons[day] = reasons

    def consistent_weeks_1_to_8(self):
        return sum(1 for week in range(1, 9) if self.week_adherence(week)["consistent"])

    def course_conditions(self, date):
        """clinical.md 4.4: the set of course rules whose condition holds on `date`."""
        day = self.program_day(date)
        holds = set()
        response = self.response(date)
        not_improved = response in ("no-change", "worsening")
        acceptable = self.acceptable_pain(date)
        earlier = date - days(14)
        pain_now, pain_then = self.recent_mean("pain", date), self.recent_mean("pain", earlier)
        function_now = self.recent_mean("function", date)
        function_then = self.recent_mean("function", earlier)
        fortnight = self.entries_in(date - days(13), date)

        if day >= 56 and not_improved and not acceptable:
            if self.consistent_weeks_1_to_8() >= 6:
                holds.add("ESC-NO-IMPROVEMENT-8W")
            else:
                holds.add("ESC-PERSISTS-8W")

        if None not in (pain_now, pain_then, function_now, function_then):
            if at_least(function_then - function_now, 2) and at_most(pain_now, pain_then):
                holds.add("ESC-FUNCTION-DIVERGES")

        if response == "worsening" and not acceptable:
            holds.add("ESC-PAIN-WORSENING")

        if pain_now is not None and pain_then is not None:
            if at_least(pain_now - pain_then, 2) and not acceptable:
                holds.add("ESC-RELAPSE")

        if day >= 14 and len(fortnight) >= 4:
            if at_least(mean([e["pain"] for e in fortnight]), 8):
                holds.add("ESC-SEVERE-PAIN")

        if 21 <= day <= 56 and pain_now is not None and pain_then is not None:
            if (below(abs(pain_now - pain_then), Fraction(1, 2)) and not_improved
                    and above(pain_now, 2) and below(pain_now, 8)):
                holds.add("ESC-PLATEAU")

        if 14 <= day <= 56 and len(fortnight) < 8:
            holds.add("ESC-FEW-LOGS")

        if day >= 3 and not self.entries_in(date - days(2), date):
            holds.add("ESC-NO-LOG")
        return holds

    def evaluate_course(self):
        # clinical.md 4.4 on every date from program_start to as_of (readings 14, 16).
        history = {}  # date -> course rules holding on it (dates from program_start only)

        def course_new_onset(rule):
            def new_onset(date):
                return not any(rule in history.get(date - days(k), set()) for k in range(1, 8))
            return new_onset

        gates = {rule: self.make_gate(rule, course_new_onset(rule)) for rule in COURSE_RULES}
        date = self.start
        while date <= self.as_of:
            holds = self.course_conditions(date)
            history[date] = holds
            for rule in COURSE_RULES:
                if rule in holds:
                    gates[rule](date)
            date += ONE_DAY

    def run(self):
        self.evaluate_screening()
        self.evaluate_daily()
        self.evaluate_sessions()
        self.evaluate_while_stopped()
        self.evaluate_course()  # after every alert that can hold massage (adherence)

    # ----- the report (formats.md 4) -----

    def report(self):
        def rounded(value):
            # Half up to 2 decimals, from the exact value.
            return None if value is None else float(round_half_up(Fraction(value), 2))

        day = self.program_day(self.as_of)
        weeks = []
        for week in self.ended_weeks():
            row = self.week_adherence(week)
            row["self_care_ratio"] = rounded(row["self_care_ratio"])
            weeks.append(row)
        # By date, then by rule id compared byte by byte.
        ordered = sorted(self.alerts, key=lambda a: (a[0], a[1].encode("utf-8")))
        alerts = [{"rule": rule, "level": LEVELS[rule], "date": date.isoformat()}
                  for date, rule in ordered]
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
