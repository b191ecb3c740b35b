// SPDX-License-Identifier: GPL-3.0-or-later
#include "clinical/History.h"

#include "clinical/Plan.h"

#include <algorithm>
#include <cmath>

namespace backlog {

QString toString(Response value)
{
    switch (value) {
    case Response::Unknown:
        return QStringLiteral("unknown");
    case Response::Improving:
        return QStringLiteral("improving");
    case Response::Worsening:
        return QStringLiteral("worsening");
    case Response::NoChange:
        return QStringLiteral("no-change");
    }
    return {};
}

double roundToHundredth(double value)
{
    return std::floor(value * 100.0 + 0.5 + 1e-7) / 100.0;
}

History::History(const Episode& episode, const QList<DailyEntry>& entries,
                 const QList<Session>& sessions, const QDate& asOf)
    : m_episode(episode), m_asOf(asOf)
{
    for (const DailyEntry& e : entries)
        if (e.date <= asOf)
            m_entries << e;
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const DailyEntry& a, const DailyEntry& b) { return a.date < b.date; });
    for (const Session& s : sessions)
        if (s.date <= asOf)
            m_sessions << s;
    std::stable_sort(m_sessions.begin(), m_sessions.end(),
                     [](const Session& a, const Session& b) { return a.date < b.date; });

    // Index every day from 14 days before the earliest relevant date up to the as-of date,
    // so that look-backs of D-14 and 7-day windows never leave the arrays.
    QDate first = std::min(episode.programStart, asOf);
    if (!m_entries.isEmpty())
        first = std::min(first, m_entries.first().date);
    if (!m_sessions.isEmpty())
        first = std::min(first, m_sessions.first().date);
    m_origin = first.addDays(-21);
    m_days = static_cast<int>(m_origin.daysTo(asOf)) + 1;

    m_entryAt.assign(m_days, -1);
    for (int i = 0; i < m_entries.size(); ++i)
        m_entryAt[m_origin.daysTo(m_entries[i].date)] = i;

    const auto n = static_cast<std::size_t>(m_days) + 1;
    m_painSum.assign(n, 0);
    m_functionTenths.assign(n, 0);
    m_painCount.assign(n, 0);
    m_functionCount.assign(n, 0);
    m_nightCount.assign(n, 0);
    m_weaknessCount.assign(n, 0);
    m_anyCount.assign(n, 0);
    for (int k = 0; k < m_days; ++k) {
        const int i = m_entryAt[k];
        const DailyEntry* e = i >= 0 ? &m_entries[i] : nullptr;
        m_painSum[k + 1] = m_painSum[k] + (e ? e->pain : 0);
        m_painCount[k + 1] = m_painCount[k] + (e ? 1 : 0);
        const bool hasFunction = e && e->function.has_value();
        m_functionTenths[k + 1] =
            m_functionTenths[k] + (hasFunction ? std::llround(*e->function * 10.0) : 0);
        m_functionCount[k + 1] = m_functionCount[k] + (hasFunction ? 1 : 0);
        m_nightCount[k + 1] = m_nightCount[k] + (e && e->symptoms.nightPain ? 1 : 0);
        m_weaknessCount[k + 1] =
            m_weaknessCount[k] + (e && e->symptoms.legWeakness != LegWeakness::None ? 1 : 0);
        m_anyCount[k + 1] = m_anyCount[k] + (e ? 1 : 0);
    }

    // The last session dated strictly before each day.
    m_sessionBefore.assign(m_days, -1);
    int s = -1;
    for (int k = 0; k < m_days; ++k) {
        const QDate day = m_origin.addDays(k);
        while (s + 1 < m_sessions.size() && m_sessions[s + 1].date < day)
            ++s;
        m_sessionBefore[k] = s;
    }

    // Baselines: the first three entries having each score, of program days 1..7 and of
    // program day 1 on.
    const QDate lastBaselineDay = episode.programStart.addDays(6);
    const auto firstThree = [this, &episode](bool function, const QDate& last) {
        FirstThree out;
        int seen = 0;
        qint64 sum = 0; // pain points, or function tenths
        for (const DailyEntry& e : m_entries) {
            if (e.date < episode.programStart || (last.isValid() && e.date > last))
                continue;
            if (function && !e.function)
                continue;
            sum += function ? std::llround(*e.function * 10.0) : e.pain;
            if (++seen == 3) {
                out.thirdDate = e.date;
                out.mean = static_cast<double>(sum) / (function ? 30.0 : 3.0);
                break;
            }
        }
        return out;
    };
    m_painWeek = firstThree(false, lastBaselineDay);
    m_functionWeek = firstThree(true, lastBaselineDay);
    m_painAny = firstThree(false, QDate());
    m_functionAny = firstThree(true, QDate());
}

int History::index(const QDate& date) const
{
    return static_cast<int>(m_origin.daysTo(date));
}

int History::programDay(const QDate& date) const
{
    return backlog::programDay(m_episode.programStart, date);
}

const DailyEntry* History::entryOn(const QDate& date) const
{
    const int k = index(date);
    if (k < 0 || k >= m_days || m_entryAt[k] < 0)
        return nullptr;
    return &m_entries[m_entryAt[k]];
}

int History::rangeCount(const std::vector<int>& prefix, const QDate& from, const QDate& to) const
{
    const int a = std::clamp(index(from), 0, m_days);
    const int b = std::clamp(index(to) + 1, 0, m_days);
    return b > a ? prefix[b] - prefix[a] : 0;
}

std::optional<double> History::windowMean(const std::vector<qint64>& sums,
                                          const std::vector<int>& counts, double unit,
                                          const QDate& date, int days, int minimum) const
{
    const int b = std::clamp(index(date) + 1, 0, m_days);
    const int a = std::clamp(index(date) - (days - 1), 0, m_days);
    const int count = b > a ? counts[b] - counts[a] : 0;
    if (count < minimum || count == 0)
        return std::nullopt;
    return static_cast<double>(sums[b] - sums[a]) / (unit * count);
}

std::optional<double> History::recent(const std::vector<qint64>& sums,
                                      const std::vector<int>& counts, double unit,
                                      const QDate& date) const
{
    if (const auto week = windowMean(sums, counts, unit, date, 7, 4))
        return week;
    return windowMean(sums, counts, unit, date, 14, 4);
}

std::optional<double> History::painMean7(const QDate& date) const
{
    return windowMean(m_painSum, m_painCount, 1.0, date, 7, 4);
}

std::optional<double> History::functionMean7(const QDate& date) const
{
    return windowMean(m_functionTenths, m_functionCount, 10.0, date, 7, 4);
}

std::optional<double> History::painRecent(const QDate& date) const
{
    return recent(m_painSum, m_painCount, 1.0, date);
}

std::optional<double> History::functionRecent(const QDate& date) const
{
    return recent(m_functionTenths, m_functionCount, 10.0, date);
}

std::optional<double> History::painMean14(const QDate& date) const
{
    return windowMean(m_painSum, m_painCount, 1.0, date, 14, 1);
}

std::optional<double> History::baseline(const FirstThree& week, const FirstThree& any,
                                        const std::optional<double>& onboarding,
                                        const QDate& date) const
{
    if (week.thirdDate.isValid() && week.thirdDate <= date)
        return week.mean;
    if (onboarding)
        return onboarding;
    if (any.thirdDate.isValid() && any.thirdDate <= date)
        return any.mean;
    return std::nullopt;
}

std::optional<double> History::baselinePain(const QDate& date) const
{
    return baseline(m_painWeek, m_painAny, m_episode.baselinePain, date);
}

std::optional<double> History::baselineFunction(const QDate& date) const
{
    return baseline(m_functionWeek, m_functionAny, m_episode.baselineFunction, date);
}

bool History::significantPainImprovement(const QDate& date) const
{
    const auto mean = painRecent(date);
    const auto baseline = baselinePain(date);
    if (!mean || !baseline || *baseline <= 0.0)
        return false; // a baseline of 0 has nothing to improve
    const double drop = *baseline - *mean;
    if (drop >= 2.0 - kTolerance)
        return true;
    return drop >= 0.3 * *baseline - kTolerance;
}

Response History::response(const QDate& date) const
{
    const auto mean = painRecent(date);
    const auto baseline = baselinePain(date);
    if (!mean || !baseline)
        return Response::Unknown;
    if (significantPainImprovement(date))
        return Response::Improving;
    // Worsening is capped at 10: from a baseline of 8 only a mean of 10 is worsening.
    if (*mean > *baseline + kTolerance && *mean >= std::min(*baseline + 2.0, 10.0) - kTolerance)
        return Response::Worsening;
    return Response::NoChange;
}

bool History::acceptablePain(const QDate& date) const
{
    const auto mean = painRecent(date);
    return mean && *mean <= 2.0 + kTolerance;
}

bool History::notSignificantlyImproved(const QDate& date) const
{
    const Response r = response(date);
    return r == Response::NoChange || r == Response::Worsening;
}

int History::nightPainCount(const QDate& from, const QDate& to) const
{
    return rangeCount(m_nightCount, from, to);
}

int History::legWeaknessCount(const QDate& from, const QDate& to) const
{
    return rangeCount(m_weaknessCount, from, to);
}

int History::entryCount(const QDate& from, const QDate& to) const
{
    return rangeCount(m_anyCount, from, to);
}

int History::sessionBefore(const QDate& date) const
{
    const int k = index(date);
    if (k < 0)
        return -1;
    if (k >= m_days)
        return static_cast<int>(m_sessions.size()) - 1;
    return m_sessionBefore[k];
}

void History::computeWeeks(const std::function<bool(const QDate&, const QDate&)>& weekOnHold)
{
    m_weeks.clear();
    m_consistentFirstEight = 0;
    const int lastDay = programDay(m_asOf);
    const int endedWeeks = lastDay >= 7 ? lastDay / 7 : 0;
    // Sessions per program week.
    std::vector<int> sessionsInWeek(static_cast<std::size_t>(endedWeeks) + 1, 0);
    for (const Session& s : m_sessions) {
        const int w = programWeek(programDay(s.date));
        if (w >= 1 && w <= endedWeeks)
            ++sessionsInWeek[w];
    }
    for (int w = 1; w <= endedWeeks; ++w) {
        WeekAdherence a;
        a.week = w;
        a.phase = phaseOfWeek(w);
        const QDate from = m_episode.programStart.addDays(7 * w - 7);
        a.onHold = weekOnHold && weekOnHold(from, from.addDays(6));
        // Stopping massage when told to is following the plan (clinical.md 3).
        a.sessionsPlanned = a.onHold ? 0 : sessionsPlannedPerWeek(a.phase);
        a.sessionsDone = sessionsInWeek[w];
        a.sessionRatio =
            a.sessionsPlanned == 0
                ? 1.0
                : std::min(1.0, static_cast<double>(a.sessionsDone) / a.sessionsPlanned);
        double sum = 0.0;
        for (int d = 7 * w - 6; d <= 7 * w; ++d)
            sum += daySelfCareScore(d, entryOn(m_episode.programStart.addDays(d - 1)));
        a.selfCareRatio = sum / 7.0;
        a.consistent = a.sessionRatio >= 0.5 - kTolerance && a.selfCareRatio >= 0.75 - kTolerance;
        if (w <= 8 && a.consistent)
            ++m_consistentFirstEight;
        m_weeks << a;
    }
}

} // namespace backlog
