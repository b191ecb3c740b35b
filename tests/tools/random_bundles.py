#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes random, valid version 2 exchange bundles for differential testing of
`backlog-cli evaluate` against tests/tools/reference_evaluate.py (clinical rules version 2).

Usage: random_bundles.py --seed S --count N -o DIR [--quiet]

Bundle k (k = 0..N-1) is made from seed S + k alone, so the same seed always gives the same
file: DIR/rand_<seed>.backlog.json, and DIR/rand_<seed>.args (`--as-of DATE`) for some.
The bundles vary: episodes of a few days to about 20 weeks; patients who log every day,
3 days a week, with gaps or rarely, some with entries backfilled before program start;
onboarding baselines present or null (also 0, 8, 9, 10); named activities with complete,
partly rated (null items) or odd-length ratings; sessions in every phase (several on one
day, short ones, some before program start) with after-session answers; every daily
symptom; screening answers with and without `screening_answered` dates (some in week 6);
surgery with and without a date; and acknowledgements in `alerts` of alerts that really
fire (the reference is run on the bundle first), dated on the alert's date, later, or after
the as-of date, some recorded with a less urgent level. Every bundle is checked to be
valid input for the reference (exit status 0) before it is written.

At the end it prints how many bundles each rule id fired in (and how many alerts).
"""

import argparse
import collections
import datetime
import json
import os
import random
import sys

sys.dont_write_bytecode = True  # keep the source tree clean
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import reference_evaluate as ref  # noqa: E402

ACTIVITY_NAMES = ["bending to put on shoes", "lifting a child", "sitting for 30 minutes",
                  "carrying shopping", "walking the dog", "gardening"]
KINDS = ["swedish", "deep-tissue", "trigger-point", "myofascial", "other"]
THERAPISTS = ["", "J. Okafor", "M. Lindqvist"]


def days(n):
    return datetime.timedelta(days=n)


class Patient:
    """One random episode. Program day d is the date start + d - 1."""

    def __init__(self, rng):
        self.rng = rng
        r = rng
        self.start = datetime.date(2025, 1, 6) + days(r.randrange(0, 500))
        self.onset = self.start - days(r.choice([
            r.randrange(0, 28), r.randrange(0, 4), 27, 28, r.randrange(28, 85), 84, 85,
            r.randrange(85, 700)]))
        kind = r.choices(["short", "medium", "long"], [3, 4, 5])[0]
        self.length = {"short": r.randrange(1, 22), "medium": r.randrange(22, 63),
                       "long": r.randrange(56, 141)}[kind]
        self.backfill = r.choice([0, 0, 0, 0, r.randrange(1, 15)])
        self.logging = r.choices(["daily", "three", "gaps", "sparse", "mostly"],
                                 [5, 3, 3, 1, 3])[0]
        self.adherence = r.choices(["high", "medium", "low"], [4, 3, 2])[0]
        self.trajectory = r.choice(["improving", "steady", "worsening", "relapse", "low",
                                    "severe", "boundary", "plateau", "random"])
        self.noise = r.choice([0, 0, 1, 1, 2])

    def date(self, day):
        return self.start + days(day - 1)

    def iso(self, day):
        return self.date(day).isoformat()

    # ----- which days have an entry -----

    def logged_days(self):
        r = self.rng
        found = []
        gaps = set()
        if self.logging in ("gaps", "mostly"):
            for _ in range(r.randrange(1, 2 + self.length // 10)):
                first = r.randrange(1 - self.backfill, self.length + 1)
                for d in range(first, first + r.randrange(1, 9 if self.logging == "gaps" else 4)):
                    gaps.add(d)
        weekdays = sorted(r.sample(range(7), 3))
        for d in range(1 - self.backfill, self.length + 1):
            if d in gaps:
                continue
            if self.logging == "three" and (d % 7) not in weekdays:
                continue
            if self.logging == "sparse" and r.random() < 0.7:
                continue
            if self.logging == "mostly" and r.random() < 0.1:
                continue
            found.append(d)
        return found

    # ----- pain and function -----

    def pain_curve(self):
        """pain(day) for the chosen trajectory, before noise."""
        r = self.rng
        p0 = r.randrange(3, 10)
        if self.trajectory == "improving":
            drop, over = r.randrange(1, p0 + 1), r.randrange(14, 63)
            return lambda d: p0 - drop * min(1, max(0, d) / over)
        if self.trajectory == "steady":
            return lambda d: p0
        if self.trajectory == "worsening":
            rise, over = r.randrange(1, 5), r.randrange(7, 50)
            return lambda d: p0 + rise * min(1, max(0, d) / over)
        if self.trajectory == "relapse":
            low, jump_day, jump = max(0, p0 - r.randrange(2, 5)), r.randrange(10, 80), r.randrange(2, 6)
            return lambda d: low if d < jump_day else low + jump
        if self.trajectory == "low":
            level = r.choice([0, 1, 2, 2, 3])
            return lambda d: level
        if self.trajectory == "severe":
            level = r.choice([7, 8, 8, 9, 10])
            return lambda d: level
        if self.trajectory == "plateau":
            level = r.choice([3, 4, 5, 6, 7])
            return lambda d: level + (0.4 if d % 2 else 0)
        if self.trajectory == "boundary":
            # Baselines and means on the thresholds: 5 -> 3.5 (30 %), 5 -> 3 (2 points),
            # 10 -> 7, 8 -> 10, 9 -> 10, 0 -> 2, 2 -> 2 (acceptable).
            b, later = r.choice([(5, (3, 4)), (5, (3, 3)), (10, (7, 7)), (8, (10, 10)),
                                 (9, (10, 10)), (0, (2, 2)), (2, (2, 2)), (4, (2, 3)),
                                 (7, (4, 6)), (6, (8, 8))])
            switch = r.randrange(4, 20)
            return lambda d: b if d < switch else later[d % 2]
        walk = [p0]
        for _ in range(200):
            walk.append(min(10, max(0, walk[-1] + r.choice([-1, 0, 0, 1]))))
        return lambda d: walk[max(0, d + 20)]

    def pain_on(self, curve, day):
        value = curve(day)
        if self.noise and self.rng.random() < 0.5:
            value += self.rng.randrange(-self.noise, self.noise + 1)
        return int(min(10, max(0, round(value))))

    # ----- self-care -----

    def self_care(self, day):
        r = self.rng
        if self.adherence == "low" and r.random() < 0.7:
            return None if r.random() < 0.5 else {}
        care = {"cat_cow": 0, "pelvic_tilts": 0, "walking_min": 0, "bird_dog": 0,
                "dead_bug": 0, "movement_min": 0, "smr": False}
        full = r.random() < (0.93 if self.adherence == "high" else 0.6)
        target = min(30, 5 + 2 * (max(day, 1) - 1))
        if day <= 28:
            care.update(cat_cow=3, pelvic_tilts=2, walking_min=target)
        elif day <= 56:
            care.update(bird_dog=2, dead_bug=2, walking_min=30, cat_cow=r.choice([0, 3]))
        else:
            care.update(movement_min=r.choice([20, 25, 30]), walking_min=30,
                        smr=r.random() < 0.4)
        if not full:
            for item in ("cat_cow", "pelvic_tilts", "bird_dog", "dead_bug"):
                care[item] = r.randrange(0, care[item] + 1) if care[item] else 0
            care["walking_min"] = r.choice([0, r.randrange(0, 31)])
            care["movement_min"] = r.randrange(0, 25)
        return care


def symptom_plan(p, logged):
    """day -> symptoms dict: a few episodes of each symptom (so onsets repeat)."""
    r = p.rng
    plan = {d: {"saddle": False, "bladder": False, "bowel": False, "both_legs": False,
                "leg_numbness": False, "leg_weakness": "none", "leg_pain": "none",
                "sexual": False, "fall": False, "fever": False, "weight_loss": False,
                "night_pain": False} for d in logged}
    if not logged:
        return plan
    first, last = logged[0], logged[-1]
    chances = {"saddle": 0.05, "bladder": 0.05, "bowel": 0.05, "both_legs": 0.05,
               "sexual": 0.06, "leg_numbness": 0.25, "fall": 0.12, "fever": 0.14,
               "weight_loss": 0.06, "night_pain": 0.35, "leg_weakness": 0.2, "leg_pain": 0.25}
    if r.random() < 0.15:  # an anxious diary: everything more often
        chances = {k: min(0.8, v * 3) for k, v in chances.items()}
    for symptom, chance in chances.items():
        if r.random() >= chance:
            continue
        for _ in range(r.randrange(1, 4)):
            begin = r.randrange(first, last + 1)
            length = r.choice([1, 1, 2, 3, 4, 6, 9])
            for d in range(begin, begin + length):
                if d not in plan:
                    continue
                if symptom == "leg_weakness":
                    plan[d][symptom] = r.choice(["present", "present", "worse"])
                elif symptom == "leg_pain":
                    plan[d][symptom] = r.choice(["one", "one", "both"])
                else:
                    plan[d][symptom] = True
    return plan


def make_sessions(p):
    r = p.rng
    sessions = []
    per_week = {1: [0, 1, 2, 2, 2, 3], 2: [0, 1, 1, 1, 2], 3: [0, 0, 0, 1]}
    if r.random() < 0.1:
        return sessions
    first_week = 1 if p.backfill == 0 or r.random() < 0.7 else 0
    for week in range(first_week, (p.length + 6) // 7 + 1):
        phase = 1 if week <= 4 else 2 if week <= 8 else 3
        count = r.choice(per_week[phase]) if p.adherence != "low" else r.choice([0, 0, 1])
        for _ in range(count):
            day = 7 * week - 6 + r.randrange(0, 7)
            if day > p.length:
                continue
            sessions.append(day)
            if r.random() < 0.07:
                sessions.append(day)  # two sessions on one day
    result = []
    for day in sorted(sessions):
        minutes = r.choices([45, 60, 50, 30, r.randrange(10, 30), 90, 29], [6, 4, 3, 1, 1, 1, 1])[0]
        result.append({"day": day, "date": p.iso(day), "minutes": minutes, "kind": r.choice(KINDS),
                       "therapist": r.choice(THERAPISTS),
                       "shooting_pain": r.random() < 0.05, "numbness": r.random() < 0.05,
                       "note": ""})
    return result


def make_bundle(seed):
    r = random.Random(seed)
    p = Patient(r)
    logged = p.logged_days()
    curve = p.pain_curve()
    symptoms = symptom_plan(p, logged)
    sessions = make_sessions(p)
    session_days = sorted({s["day"] for s in sessions})

    # Activities (PSFS) and how the function score is given.
    n_activities = r.choice([0, 0, 1, 2, 3, 3, 4, 5])
    activities = r.sample(ACTIVITY_NAMES, n_activities)
    function_mode = r.choice(["explicit", "ratings", "ratings", "mixed", "none"])
    f0 = r.randrange(0, 9)
    # Some patients lose function while their pain stays put (ESC-FUNCTION-DIVERGES).
    f_drop, f_over = (r.randrange(2, 6), r.randrange(7, 40)) if r.random() < 0.25 else (0, 1)
    # Some patients flare on the day after a session (MS-FLARE, MS-FLARE-SEVERE).
    flare_prone = r.random() < 0.3

    entries = []
    for d in logged:
        pain = p.pain_on(curve, d)
        if flare_prone and d - 1 in session_days and r.random() < 0.6:
            pain = min(10, pain + r.choice([2, 2, 3, 4, 5]))
        entry = {"date": p.iso(d), "pain": pain}
        level = f0 + f_drop * (1 - min(1, max(0, d) / f_over)) if f_drop else f0
        spread = 0 if f_drop else r.choice([0, 0.3, 0.5])
        f = min(10.0, max(0.0, round(level + (6 - pain) * spread + r.uniform(-1, 1), 1)))
        use_ratings = n_activities and (function_mode == "ratings" or
                                        (function_mode == "mixed" and r.random() < 0.5))
        if use_ratings:
            scores = [min(10, max(0, round(f + r.randrange(-2, 3)))) for _ in range(n_activities)]
            roll = r.random()
            if roll < 0.15:  # partly rated
                for i in r.sample(range(n_activities), r.randrange(1, n_activities + 1)):
                    scores[i] = None
            elif roll < 0.2 and n_activities < 5:  # a list of another length
                scores.append(r.randrange(0, 11))
            elif roll < 0.23 and n_activities > 1:
                scores.pop()
            entry["activity_scores"] = scores
            if r.random() < 0.1:
                entry["function"] = f  # both given: the function score wins
            elif r.random() < 0.1:
                entry["function"] = None
        elif function_mode in ("explicit", "mixed") and r.random() < 0.9:
            entry["function"] = f if r.random() < 0.8 else float(round(f))
        entry["symptoms"] = symptoms[d]
        # After-session answers: on the 3 days after a session and while a reaction lasts.
        before = [s for s in session_days if s < d]
        if before:
            gap = d - before[-1]
            if gap <= 3 or (gap <= 8 and r.random() < 0.3) or r.random() < 0.02:
                stiffness = r.choices(["none", "mild", "severe"], [10, 3, 1 + (gap >= 2)])[0]
                entry["after_session"] = {"stiffness": stiffness,
                                          "reaction": r.random() < (0.25 if gap >= 3 else 0.15)}
        care = p.self_care(d)
        if care is not None:
            entry["self_care"] = care
        entry["note"] = ""
        entries.append(entry)
    if r.random() < 0.1:
        r.shuffle(entries)  # the order in the file does not matter

    # Onboarding baselines.
    first_pain = min(entries, key=lambda e: e["date"])["pain"] if entries else 5
    baseline_pain = r.choices([None, first_pain, r.randrange(0, 11), r.choice([0, 8, 9, 10])],
                              [2, 4, 2, 2])[0]  # an NRS rating: a whole number
    baseline_function = r.choices([None, round(r.uniform(0, 10), 1), r.randrange(0, 11)],
                                  [3, 4, 2])[0]

    # Screening answers, with and without the date of the "yes".
    screening = {rule: False for rule in ref.SCREENING_IDS}
    answered = {}
    for rule in ref.SCREENING_IDS:
        chance = 0.15 if rule in ("SCR-IMMUNO", "SCR-INFECTION") else 0.08
        if r.random() < chance:
            screening[rule] = True
            when = r.choice(["none", "none", "start", "before", "week6", "week6", "any", "late"])
            if when == "start":
                answered[rule] = p.iso(1)
            elif when == "before":
                answered[rule] = p.iso(1 - r.randrange(1, 30))
            elif when == "week6":
                answered[rule] = p.iso(r.randrange(36, 43))
            elif when == "any":
                answered[rule] = p.iso(r.randrange(1, p.length + 1))
            elif when == "late":
                answered[rule] = p.iso(p.length + r.randrange(1, 10))
    if r.random() < 0.1:
        answered[r.choice(ref.SCREENING_IDS)] = p.iso(r.randrange(1, 50))  # for a "no": ignored
    surgery_date = None
    if screening["SCR-SURGERY-6W"] and r.random() < 0.5:
        surgery_date = p.iso(1 - r.choice([0, 3, 10, 30, 41, 42, 60, -5]))
    if screening["SCR-IMMUNO"] or screening["SCR-INFECTION"]:
        for _ in range(r.randrange(0, 4)):  # fevers for RF-FEVER-RISK
            d = r.choice(logged) if logged else None
            if d is not None:
                symptoms[d]["fever"] = True

    screening_block = dict(screening)
    screening_block["surgery_date"] = surgery_date
    episode = {
        "onset_date": p.onset.isoformat(),
        "program_start": p.start.isoformat(),
        "baseline": {"pain": baseline_pain, "function": baseline_function},
        "activities": activities,
        "screening": screening_block,
    }
    if answered or r.random() < 0.3:
        episode["screening_answered"] = answered

    all_days = [e["date"] for e in entries] + [s["date"] for s in sessions]
    last = max(all_days) if all_days else p.start.isoformat()
    bundle = {
        "format": "backlog-exchange",
        "version": 2,
        "exported_at": last + "T20:00:00Z",
        "patient": {"name": f"random patient {seed} ({p.trajectory}, {p.logging}, {p.adherence})"},
        "episode": episode,
        "plan": {"template": "default"},
        "entries": entries,
        "sessions": [{k: v for k, v in s.items() if k != "day"} for s in sessions],
        "alerts": [],
    }

    # Sometimes an explicit as-of date.
    args = None
    if r.random() < 0.25:
        as_of_day = r.randrange(-3, p.length + 6)
        args = ["--as-of", p.iso(as_of_day)]
    as_of = datetime.date.fromisoformat(args[1]) if args else None

    bundle["alerts"] = choose_acknowledgements(r, bundle, as_of)
    return bundle, args


def evaluate(bundle, as_of):
    """The reference report of a bundle held in memory (through a file, as the CLI reads)."""
    path = os.path.join(TMP_DIR, "random_bundles_check.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(bundle, f)
    return ref.evaluate(ref.read_bundle(path), as_of)


def less_urgent(level, r):
    rank = ref.LEVEL_ORDER.index(level)
    later = ref.LEVEL_ORDER[rank + 1:]
    return r.choice(later) if later else level


def choose_acknowledgements(r, bundle, as_of):
    """Acknowledge a random subset of the alerts the reference raises, then re-evaluate (an
    acknowledgement lets a rule fire again, and changes what holds massage), acknowledge
    some of the new alerts, and drop records of alerts that no longer fire, until stable."""
    records = {}  # (rule, date) -> record
    seen = set()
    report = None
    for round_ in range(8):
        bundle["alerts"] = [records[k] for k in sorted(records)]
        report = evaluate(bundle, as_of)
        fired = [(a["rule"], a["date"]) for a in report["alerts"]]
        fired_set = set(fired)
        changed = False
        for key in sorted(records):
            if key not in fired_set:
                del records[key]
                changed = True
        if round_ < 4:
            for rule, date in fired:
                if (rule, date) in seen:
                    continue
                seen.add((rule, date))
                roll = r.random()
                if roll > 0.55:
                    continue
                fired_on = datetime.date.fromisoformat(date)
                level = ref.LEVELS[rule]
                record = {"rule": rule, "level": level, "date": date, "acknowledged": None}
                how = r.random()
                if how < 0.3:
                    record["acknowledged"] = date
                elif how < 0.75:
                    record["acknowledged"] = (fired_on + days(r.choice([1, 1, 2, 3, 5, 7, 8, 14, 30]))).isoformat()
                elif how < 0.88:
                    end = as_of or datetime.date.fromisoformat(report["as_of"])
                    record["acknowledged"] = (max(end, fired_on) + days(r.randrange(1, 10))).isoformat()
                # else: listed, not acknowledged
                lv = r.random()
                if rule == "RF-LEG-WEAKNESS" and lv < 0.3:
                    record["level"] = "see-doctor"  # acknowledged under version 1
                elif lv < 0.08:
                    record["level"] = less_urgent(level, r)
                elif lv < 0.11:
                    record["level"] = ref.LEVEL_ORDER[0]  # more urgent: still counts
                elif lv < 0.15:
                    del record["level"]
                records[(rule, date)] = record
                changed = True
        if not changed:
            break
    bundle["alerts"] = [records[k] for k in sorted(records)]
    return bundle["alerts"]


TMP_DIR = None


def main(argv):
    global TMP_DIR
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--count", type=int, default=1)
    parser.add_argument("-o", dest="out", required=True, help="output directory")
    parser.add_argument("--quiet", action="store_true", help="no summary")
    args = parser.parse_args(argv)
    os.makedirs(args.out, exist_ok=True)
    TMP_DIR = args.out

    in_bundles = collections.Counter()
    alerts = collections.Counter()
    for seed in range(args.seed, args.seed + args.count):
        bundle, extra = make_bundle(seed)
        name = os.path.join(args.out, f"rand_{seed:05d}")
        with open(name + ".backlog.json", "w", encoding="utf-8") as f:
            json.dump(bundle, f, indent=1)
            f.write("\n")
        if extra:
            with open(name + ".args", "w", encoding="utf-8") as f:
                f.write(" ".join(extra) + "\n")
        elif os.path.exists(name + ".args"):
            os.remove(name + ".args")
        # Valid input for the reference, exactly as the command line reads it.
        as_of = ref.parse_date(extra[1], "--as-of") if extra else None
        report = ref.evaluate(ref.read_bundle(name + ".backlog.json"), as_of)
        rules = [a["rule"] for a in report["alerts"]]
        alerts.update(rules)
        in_bundles.update(set(rules))
    scratch = os.path.join(args.out, "random_bundles_check.json")
    if os.path.exists(scratch):
        os.remove(scratch)

    if not args.quiet:
        print(f"{args.count} bundles (seeds {args.seed}..{args.seed + args.count - 1}) in {args.out}")
        print(f"{'rule':30} {'bundles':>8} {'alerts':>8}")
        for rule in ref.LEVELS:
            print(f"{rule:30} {in_bundles[rule]:8} {alerts[rule]:8}")
        never = [rule for rule in ref.LEVELS if not in_bundles[rule]]
        print("never fired: " + (", ".join(never) if never else "none"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
