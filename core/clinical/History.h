// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/DailyEntry.h"
#include "model/Episode.h"
#include "model/Session.h"

#include <QDate>
#include <QList>
#include <functional>
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
    bool onHold = false; ///< massage was on hold on a day of the week: no session planned

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
    /// The recent mean at D (clinical.md 2): the 7-day mean where it exists, else the
    /// mean of D-13..D when it has at least 4 values, else nothing.
    std::optional<double> painRecent(const QDate& date) const;
    std::optional<double> functionRecent(const QDate& date) const;
    /// Mean pain of the entries dated D-13..D (any number of them); nothing without one.
    std::optional<double> painMean14(const QDate& date) const;

    /// Baseline at D (clinical.md 2): the mean of the first 3 entries of program days 1..7
    /// dated on or before D that have the score; while there are fewer, the onboarding
    /// rating; without one, the mean of the first 3 entries of program days 1..D.
    std::optional<double> baselinePain(const QDate& date) const;
    std::optional<double> baselineFunction(const QDate& date) const;

    /// Recent mean pain at least 2 points or at least 30 % below baseline at D.
    bool significantPainImprovement(const QDate& date) const;
    Response response(const QDate& date) const;
    /// `no-change` or `worsening` (never `unknown`).
    bool notSignificantlyImproved(const QDate& date) const;
    /// Acceptable pain at D: the recent mean pain exists and is at most 2.
    bool acceptablePain(const QDate& date) const;

    /// Entries reporting night pain in from..to (inclusive).
    int nightPainCount(const QDate& from, const QDate& to) const;
    /// Entries reporting leg weakness (present or worse) in from..to (inclusive).
    int legWeaknessCount(const QDate& from, const QDate& to) const;
    /// Entries of any kind in from..to (inclusive).
    int entryCount(const QDate& from, const QDate& to) const;

    /// Index in sessions() of the session of an entry dated `date`: the most recent
    /// session dated before it; -1 when none.
    int sessionBefore(const QDate& date) const;

    /// Computes the adherence of every program week that has ended on or before the as-of
    /// date; `weekOnHold(from, to)` tells whether massage was on hold on a day of from..to
    /// (such a week plans no session).
    void computeWeeks(const std::function<bool(const QDate&, const QDate&)>& weekOnHold);
    /// Every program week that has ended on or before the as-of date (after computeWeeks).
    const QList<WeekAdherence>& weeks() const { return m_weeks; }
    /// Consistent weeks among weeks 1-8 that have ended.
    int consistentWeeksInFirstEight() const { return m_consistentFirstEight; }

private:
    int index(const QDate& date) const; ///< day offset from m_origin, clamped
    std::optional<double> windowMean(const std::vector<qint64>& sums,
                                     const std::vector<int>& counts, double unit, const QDate& date,
                                     int days, int minimum) const;
    std::optional<double> recent(const std::vector<qint64>& sums, const std::vector<int>& counts,
                                 double unit, const QDate& date) const;
    int rangeCount(const std::vector<int>& prefix, const QDate& from, const QDate& to) const;

    Episode m_episode;
    QDate m_asOf;
    QList<DailyEntry> m_entries;
    QList<Session> m_sessions;

    QDate m_origin;             ///< first indexed date
    int m_days = 0;             ///< indexed dates m_origin .. m_asOf
    std::vector<int> m_entryAt; ///< entry index per day, -1 when none
    // Prefix sums over days: element k covers days [0, k). Exact: pain in points,
    // function in tenths, so that means are one correctly rounded division.
    std::vector<qint64> m_painSum, m_functionTenths;
    std::vector<int> m_painCount, m_functionCount, m_nightCount, m_weaknessCount, m_anyCount;
    std::vector<int> m_sessionBefore; ///< per day: last session dated before that day

    /// The first three scores of a kind: of program days 1..7 (`week`) and of program
    /// day 1 on (`any`), with the date of the third.
    struct FirstThree
    {
        QDate thirdDate;
        double mean = 0.0;
    };
    FirstThree m_painWeek, m_functionWeek, m_painAny, m_functionAny;
    std::optional<double> baseline(const FirstThree& week, const FirstThree& any,
                                   const std::optional<double>& onboarding,
                                   const QDate& date) const;

    QList<WeekAdherence> m_weeks;
    int m_consistentFirstEight = 0;
};

/// Rounds a figure for display and for the evaluate report: two decimal places, half up.
/// A value within 1e-7 of a hundredth below a half counts as the half, so that float
/// noise (5.42499999 for an exact 5.425) never decides the printed figure.
double roundToHundredth(double value);

} // namespace backlog
