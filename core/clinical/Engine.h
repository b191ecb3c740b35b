// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clinical/History.h"
#include "clinical/Hold.h"
#include "clinical/Plan.h"
#include "model/Alert.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QMap>
#include <optional>

namespace backlog {

/// What the rules see: the history up to the as-of date.
struct RuleContext
{
    const History& history;
    /// Whether massage is on hold, for MS-WHILE-STOPPED; null until it is known.
    const MassageHold* hold = nullptr;
};

/// Everything the clinical engine says about an episode as of a date.
struct Evaluation
{
    QDate asOf;
    int programDay = 0;
    int programWeek = 0;
    int phase = 0;
    DurationClass durationClass = DurationClass::Acute;
    std::optional<double> baselinePain;
    std::optional<double> baselineFunction;
    std::optional<double> pain7d;
    std::optional<double> function7d;
    Response response = Response::Unknown;
    QList<WeekAdherence> weeks;
    /// Every alert fired on or before the as-of date, by date then rule id. Each carries
    /// its acknowledgement (from `known`, when dated on or before the as-of date) and the
    /// data that triggered it.
    QList<Alert> alerts;
    /// Whether massage is on hold on a date, and why (clinical.md 3): the one predicate.
    MassageHold hold;
    /// For each entry date, the daily-check rules (clinical.md 4.2) whose condition the
    /// entry meets, whether or not they fired on that date (an alert still raised from an
    /// earlier day does not fire again).
    QMap<QDate, QStringList> dailyFindings;

    /// What the evaluation says about one day, most urgent first (then newest, then by rule
    /// id): the alerts dated that day, and for each daily-check rule the day's entry meets
    /// without an alert of that date, its latest alert dated on or before it (the alert
    /// still raised for that symptom, or its acknowledged one).
    QList<Alert> alertsForDay(const QDate& date) const;

    /// The alerts still raised (not acknowledged), most urgent level first, then newest.
    QList<Alert> raised() const;
    /// Whether `alert` asks for the patient's attention: still raised, not `info`, and,
    /// for an alert found when the rules were updated (history), only when it is emergency
    /// or urgent and dated within the 3 days before the as-of date (clinical.md 7).
    bool asksAttention(const Alert& alert) const;
    /// The raised alerts that ask for attention (asksAttention()), as raised() orders them.
    QList<Alert> needingAttention() const;
    /// The alerts found when the rules were updated (clinical.md 7), most urgent first, as
    /// raised() orders them.
    QList<Alert> foundOnUpgrade() const;
    /// True while an emergency, urgent or stop-massage alert asks for attention: the app
    /// keeps its banner on top.
    bool needsBanner() const;
};

/// How the stored alerts change to match an evaluation, the one rule for every writer of
/// alerts: the alerts it adds, stored ones to store again at a new level (a rule made more
/// urgent: the old acknowledgement no longer counts), and stored ones still raised that no
/// longer fire (withdrawn; an acknowledged alert stays in the history for good). The
/// alerts carry no data (as stored).
struct AlertChanges
{
    QList<Alert> added;
    QList<Alert> changed;
    QList<Alert> withdrawn;

    bool isEmpty() const { return added.isEmpty() && changed.isEmpty() && withdrawn.isEmpty(); }
};
AlertChanges alertChanges(const QList<Alert>& stored, const Evaluation& evaluation);

/// Evaluates the plan, adherence and every safety rule over the history up to `asOf`.
/// `known` are the alerts already stored: their acknowledgements (dated on or before
/// `asOf`, and recorded at a level no less urgent than the rule's) decide re-firing.
Evaluation evaluate(const Episode& episode, const QList<DailyEntry>& entries,
                    const QList<Session>& sessions, const QList<Alert>& known, const QDate& asOf);

/// The latest date of any entry or session; the program start when there are none.
QDate defaultAsOf(const Episode& episode, const QList<DailyEntry>& entries,
                  const QList<Session>& sessions);

} // namespace backlog
