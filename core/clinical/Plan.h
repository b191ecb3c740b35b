// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clinical/Hold.h"
#include "model/DailyEntry.h"
#include "model/Episode.h"
#include "model/Session.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace backlog {

/// Duration of the episode at program start (ACP 2017 convention).
enum class DurationClass { Acute, Subacute, Chronic };

QString toString(DurationClass value);

/// acute < 28 days, subacute 28..84, chronic > 84, from onset to program start.
DurationClass durationClass(const Episode& episode);

/// Program day of `date`: day 1 is the program start; 0 or less before it.
int programDay(const QDate& programStart, const QDate& date);

/// Program week of a program day: ceil(day / 7); 0 for days -6..0.
int programWeek(int day);

/// Phase of a program day: 1 (days 1..28, up to kPhaseOneLastDay), 2 (29..56, up to
/// kPhaseTwoLastDay), 3 (57 on); 0 before the start. The boundaries are those of
/// model/Vocabulary.h.
int phaseOfDay(int day);

/// Phase of a program week: weeks 1-4 phase 1, 5-8 phase 2, 9 on phase 3 (the phase of
/// the week's last day, phaseOfDay()).
int phaseOfWeek(int week);

/// Walking target in minutes: 5 + 2 (d - 1), capped at 30 (30 from phase 2 on).
int walkingTargetMinutes(int day);

/// Massage sessions the plan asks for in a week of this phase (0 in phase 3: as needed).
int sessionsPlannedPerWeek(int phase);

/// A daily self-care item of the plan with its dose.
struct PlanItem
{
    QString key;       ///< self_care field name, e.g. "walking_min"
    int dose = 0;      ///< daily amount that counts as done
    const char* label; ///< untranslated, context "Plan"
    const char* unit;  ///< untranslated, context "Plan"
};

/// The scored self-care items of the plan on a program day (clinical.md section 3).
QList<PlanItem> selfCareItems(int day);

/// What an entry records for a plan item key (selfCareAmount() of model/Vocabulary.h:
/// 1 or 0 for "smr", 0 for an unknown key).
int amountDone(const SelfCare& care, const QString& key);

/// A day's self-care score: the mean over the day's items of min(1, done / dose);
/// 0 with no entry.
double daySelfCareScore(int day, const DailyEntry* entry);

/// One item of a day's plan checklist, scored or not.
struct PlanTask
{
    QString key;        ///< self_care field name ("smr" for self-myofascial release)
    int dose = 0;       ///< daily amount; for "smr", times a week
    bool scored = true; ///< counts towards adherence
    const char* label;  ///< untranslated, context "Plan"
    const char* unit;   ///< untranslated, context "Plan"
};

/// What the plan asks for on one date (clinical.md section 3).
struct PlanDay
{
    int day = 0;   ///< program day
    int week = 0;  ///< program week
    int phase = 0; ///< 0 before the start
    /// Phase 1 sub-step: true in weeks 1-2 (pain-focused), false from week 3 (movement
    /// integrated into sessions).
    bool painFocused = false;
    int sessionsPerWeek = 0;       ///< planned massage sessions (0: as needed)
    bool sessionsAsNeeded = false; ///< phase 3: one every 2-4 weeks, as needed
    int walkingTargetMinutes = 0;  ///< today's walking target (0 when not an item)
    int activeSharePercent = 0;    ///< phase 2: about 70 % of treatment time active
    QList<PlanTask> tasks;         ///< today's checklist with doses
    bool reviewPoint = false;      ///< the last day of week 4 or week 8 (of phase 1 or 2)
    const char* summary = nullptr; ///< what this phase asks for, untranslated ("Plan")
};

/// The plan for `date` of an episode.
PlanDay planFor(const Episode& episode, const QDate& date);

/// Plan checks on a massage session (clinical.md section 3, session guidance).
struct SessionGuidance
{
    bool shorterThanRange = false; ///< under 30 minutes
    bool longerThanRange = false;  ///< over 60 minutes
    /// Beyond the planned count of its week: the sessions of a week are counted in date
    /// order (then by id, then as listed), and only those after the planned count are above
    /// plan (the first two of a phase 1 week never are).
    bool abovePlan = false;
    bool isFirstAcuteSession = false;
    QDate windowStart; ///< first-session window of an acute episode (onset + 3 days)
    QDate windowEnd;   ///< onset + 7 days
    bool outsideWindow = false;
};

/// What the plan and the hold say about one logged session: the one check that the
/// session dialog, the Sessions page and the report show.
struct SessionCheck
{
    SessionGuidance guidance;
    /// Massage was on hold on the session's date (clinical.md 3, "On hold"): the rule ids
    /// of the hold reasons of that date (MassageHold::reasons()) ...
    QStringList holdReasons;
    /// ... and whether the surgery hold covered it.
    bool surgeryHold = false;

    bool onHold() const { return surgeryHold || !holdReasons.isEmpty(); }
};

/// The check of every session of `sessions` (one per session, in the same order), with the
/// hold of the evaluation.
QList<SessionCheck> sessionChecks(const Episode& episode, const QList<Session>& sessions,
                                  const MassageHold& hold);

/// The check of `session` given every session of the diary (which may include it: the
/// same id, or the same content for a session without one; otherwise it is counted as a
/// new session, after the others of its date).
SessionCheck sessionCheck(const Episode& episode, const QList<Session>& sessions,
                          const Session& session, const MassageHold& hold);

/// The guidance part of sessionCheck().
SessionGuidance sessionGuidance(const Episode& episode, const QList<Session>& sessions,
                                const Session& session);

} // namespace backlog
