// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clinical/History.h"
#include "model/Alert.h"
#include "model/DailyEntry.h"
#include "model/Episode.h"
#include "model/Session.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace backlog {

/// One calendar day of the progress chart.
struct ProgressDay
{
    QDate date;
    int programDay = 0;                  ///< 1 on the program start; 0 or less before it
    std::optional<int> pain;             ///< logged pain; none when the day has no entry
    std::optional<double> function;      ///< logged function; none when not scored
    std::optional<double> painMean7;     ///< none where the 7-day mean is undefined
    std::optional<double> functionMean7; ///< none where the 7-day mean is undefined
    int sessions = 0;                    ///< massage sessions logged on this day
    int alerts = 0;                      ///< alerts dated this day

    bool operator==(const ProgressDay&) const = default;
};

/// A phase of the plan as a range of program days and dates (clinical.md section 3).
struct ProgressPhase
{
    int phase = 0;    ///< 1, 2 or 3
    int firstDay = 0; ///< program day
    int lastDay = 0;  ///< program day; for phase 3 the last day of the series (at least firstDay)
    QDate from;
    QDate to;
    const char* name = nullptr; ///< untranslated, context "Plan": "acute relief", ...

    bool operator==(const ProgressPhase&) const = default;
};

/// A massage session on the chart.
struct ProgressSession
{
    QDate date;
    int programDay = 0;
    int minutes = 0;
    SessionKind kind = SessionKind::Other;

    bool operator==(const ProgressSession&) const = default;
};

/// An alert on the chart.
struct ProgressAlert
{
    QDate date;
    int programDay = 0;
    AlertLevel level = AlertLevel::Info;
    QString rule; ///< rule id, e.g. RF-NIGHT-PAIN
    bool acknowledged = false;

    bool operator==(const ProgressAlert&) const = default;
};

/// Baseline against now for one score (clinical.md section 2).
struct ScoreSummary
{
    std::optional<double> baseline;      ///< baseline at the as-of date
    std::optional<double> now;           ///< 7-day mean at the as-of date
    std::optional<double> change;        ///< now - baseline
    std::optional<double> percentChange; ///< 100 (now - baseline) / baseline; none for a 0 baseline
    /// Pain: History::response. Function: improving / worsening by at least 2 points (PSFS
    /// minimal detectable change), else no change; unknown without a mean or a baseline.
    Response status = Response::Unknown;

    bool operator==(const ScoreSummary&) const = default;
};

/// Everything the progress chart and its summary show, as plain values.
struct ProgressSeries
{
    QDate programStart;
    QDate asOf;  ///< "today" of the chart
    QDate first; ///< first day of `days`: the program start or an earlier entry or session
    QDate last;  ///< last day of `days`: the as-of date (or the program start if later)
    /// Every calendar day first..last, in order (empty without a valid program start).
    QList<ProgressDay> days;
    std::optional<double> baselinePain;     ///< at the as-of date
    std::optional<double> baselineFunction; ///< at the as-of date
    /// Highest 7-day mean pain that still counts as a significant improvement on the
    /// baseline: max(baseline - 2, 0.7 baseline); none without a baseline.
    std::optional<double> significantPain;
    QList<ProgressPhase> phases;     ///< always the three phases
    QList<ProgressSession> sessions; ///< by date, up to the as-of date
    QList<ProgressAlert> alerts;     ///< by date, up to the as-of date
    ScoreSummary pain;
    ScoreSummary function;

    bool isEmpty() const { return days.isEmpty(); }
    /// Days that have a logged pain score.
    int loggedDays() const;
    /// Days that have a logged function score.
    int functionDays() const;
    /// The day of `date`, or nullptr outside first..last.
    const ProgressDay* dayOn(const QDate& date) const;

    bool operator==(const ProgressSeries&) const = default;
};

/// Builds the chart series of an episode as of `asOf` (entries, sessions and alerts dated
/// later are left out).
ProgressSeries buildProgress(const Episode& episode, const QList<DailyEntry>& entries,
                             const QList<Session>& sessions, const QList<Alert>& alerts,
                             const QDate& asOf);

/// The highest mean that counts as a significant pain improvement on `baseline`.
double significantPainThreshold(double baseline);

/// Function status by the 2-point rule; Unknown without both values.
Response functionStatus(std::optional<double> baseline, std::optional<double> now);

} // namespace backlog
