// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/DailyEntry.h"
#include "model/Episode.h"
#include "model/Session.h"

#include <QDate>
#include <QList>

#include <optional>
#include <vector>

namespace backlog {

/// Tolerance for thresholds on derived values (clinical.md section 2).
constexpr double kTolerance = 1e-6;

/// Response status (clinical.md section 2).
enum class Response { Unknown, Improving, Worsening, NoChange };

QString toString(Response value);

/// Adherence of one ended program week (clinical.md section 3).
struct WeekAdherence
{
    int week = 0;
    int phase = 0;
    int sessionsPlanned = 0;
    int sessionsDone = 0;
    double sessionRatio = 0.0;
    double selfCareRatio = 0.0;
    bool consistent = false;

    bool operator==(const WeekAdherence&) const = default;
};

/// A patient's history up to an as-of date, indexed by day so that every derived figure
/// of clinical.md sections 2 and 3 is answered in constant time. Entries and sessions
/// dated after the as-of date are left out.
class History
{
public:
    History(const Episode& episode, const QList<DailyEntry>& entries,
            const QList<Session>& sessions, const QDate& asOf);

    const Episode& episode() const { return m_episode; }
    const QDate& asOf() const { return m_asOf; }
    /// Entries up to the as-of date, by date.
    const QList<DailyEntry>& entries() const { return m_entries; }
    /// Sessions up to the as-of date, by date.
    const QList<Session>& sessions() const { return m_sessions; }

    int programDay(const QDate& date) const;
    const DailyEntry* entryOn(const QDate& date) const;

    /// Mean of logged values in D-6..D; nothing with fewer than 4 values.
    std::optional<double> painMean7(const QDate& date) const;
    std::optional<double> functionMean7(const QDate& date) const;

    /// Baseline at D: mean of the first 3 entries of program days 1..7 dated on or before
    /// D, else the onboarding rating.
    std::optional<double> baselinePain(const QDate& date) const;
    std::optional<double> baselineFunction(const QDate& date) const;

    /// 7-day mean pain at least 2 points or at least 30 % below baseline at D.
    bool significantPainImprovement(const QDate& date) const;
    Response response(const QDate& date) const;
    /// `no-change` or `worsening` (never `unknown`).
    bool notSignificantlyImproved(const QDate& date) const;

    /// Entries reporting night pain in from..to (inclusive).
    int nightPainCount(const QDate& from, const QDate& to) const;
    /// Entries reporting leg weakness (present or worse) in from..to (inclusive).
    int legWeaknessCount(const QDate& from, const QDate& to) const;
    /// Entries of any kind in from..to (inclusive).
    int entryCount(const QDate& from, const QDate& to) const;

    /// Index in sessions() of the session of an entry dated `date`: the most recent
    /// session dated before it; -1 when none.
    int sessionBefore(const QDate& date) const;

    /// Every program week that has ended on or before the as-of date.
    const QList<WeekAdherence>& weeks() const { return m_weeks; }
    /// Consistent weeks among weeks 1-8 that have ended.
    int consistentWeeksInFirstEight() const { return m_consistentFirstEight; }

private:
    int index(const QDate& date) const; ///< day offset from m_origin, clamped
    std::optional<double> mean7(const std::vector<qint64>& sums, const std::vector<int>& counts,
                                double unit, const QDate& date) const;
    int rangeCount(const std::vector<int>& prefix, const QDate& from, const QDate& to) const;
    void computeWeeks();

    Episode m_episode;
    QDate m_asOf;
    QList<DailyEntry> m_entries;
    QList<Session> m_sessions;

    QDate m_origin; ///< first indexed date
    int m_days = 0; ///< indexed dates m_origin .. m_asOf
    std::vector<int> m_entryAt; ///< entry index per day, -1 when none
    // Prefix sums over days: element k covers days [0, k). Exact: pain in points,
    // function in tenths, so that means are one correctly rounded division.
    std::vector<qint64> m_painSum, m_functionTenths;
    std::vector<int> m_painCount, m_functionCount, m_nightCount, m_weaknessCount, m_anyCount;
    std::vector<int> m_sessionBefore; ///< per day: last session dated before that day

    QDate m_thirdPainDate, m_thirdFunctionDate;
    double m_firstThreePain = 0.0, m_firstThreeFunction = 0.0;

    QList<WeekAdherence> m_weeks;
    int m_consistentFirstEight = 0;
};

/// Rounds a figure for display and for the evaluate report: two decimal places, half up.
/// A value within 1e-7 of a hundredth below a half counts as the half, so that float
/// noise (5.42499999 for an exact 5.425) never decides the printed figure.
double roundToHundredth(double value);

} // namespace backlog
