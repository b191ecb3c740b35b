// SPDX-License-Identifier: GPL-3.0-or-later
#include "clinical/History.h"

#include "clinical/Plan.h"

#include <algorithm>
#include <cmath>

namespace backlog {

QString toString(Response value)
{
    switch (value) {
    case Response::Unknown: return QStringLiteral("unknown");
    case Response::Improving: return QStringLiteral("improving");
    case Response::Worsening: return QStringLiteral("worsening");
    case Response::NoChange: return QStringLiteral("no-change");
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

    // Baselines: the first three entries of program days 1..7 having each score.
    const QDate lastBaselineDay = episode.programStart.addDays(6);
    int painSeen = 0, functionSeen = 0;
    qint64 painSum = 0, functionTenths = 0;
    for (const DailyEntry& e : m_entries) {
        if (e.date < episode.programStart || e.date > lastBaselineDay)
            continue;
        if (painSeen < 3) {
            painSum += e.pain;
            if (++painSeen == 3)
                m_thirdPainDate = e.date;
        }
        if (e.function && functionSeen < 3) {
            functionTenths += std::llround(*e.function * 10.0);
            if (++functionSeen == 3)
                m_thirdFunctionDate = e.date;
        }
    }
    m_firstThreePain = static_cast<double>(painSum) / 3.0;
    m_firstThreeFunction = static_cast<double>(functionTenths) / 30.0;

    computeWeeks();
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

std::optional<double> History::mean7(const std::vector<qint64>& sums,
                                     const std::vector<int>& counts, double unit,
                                     const QDate& date) const
{
    const int b = std::clamp(index(date) + 1, 0, m_days);
    const int a = std::clamp(index(date) - 6, 0, m_days);
    const int count = b > a ? counts[b] - counts[a] : 0;
    if (count < 4)
        return std::nullopt;
    return static_cast<double>(sums[b] - sums[a]) / (unit * count);
}

std::optional<double> History::painMean7(const QDate& date) const
{
    return mean7(m_painSum, m_painCount, 1.0, date);
}

std::optional<double> History::functionMean7(const QDate& date) const
{
    return mean7(m_functionTenths, m_functionCount, 10.0, date);
}

std::optional<double> History::baselinePain(const QDate& date) const
{
    if (m_thirdPainDate.isValid() && m_thirdPainDate <= date)
        return m_firstThreePain;
    return m_episode.baselinePain;
}

std::optional<double> History::baselineFunction(const QDate& date) const
{
    if (m_thirdFunctionDate.isValid() && m_thirdFunctionDate <= date)
        return m_firstThreeFunction;
    return m_episode.baselineFunction;
}

bool History::significantPainImprovement(const QDate& date) const
{
    const auto mean = painMean7(date);
    const auto baseline = baselinePain(date);
    if (!mean || !baseline)
        return false;
    const double drop = *baseline - *mean;
    if (drop >= 2.0 - kTolerance)
        return true;
    return *baseline > 0.0 && drop >= 0.3 * *baseline - kTolerance;
}

Response History::response(const QDate& date) const
{
    const auto mean = painMean7(date);
    const auto baseline = baselinePain(date);
    if (!mean || !baseline)
        return Response::Unknown;
    if (significantPainImprovement(date))
        return Response::Improving;
    if (*mean - *baseline >= 2.0 - kTolerance)
        return Response::Worsening;
    return Response::NoChange;
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

void History::computeWeeks()
{
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
        a.sessionsPlanned = sessionsPlannedPerWeek(a.phase);
        a.sessionsDone = sessionsInWeek[w];
        a.sessionRatio = a.sessionsPlanned == 0
                             ? 1.0
                             : std::min(1.0, static_cast<double>(a.sessionsDone) / a.sessionsPlanned);
        double sum = 0.0;
        for (int d = 7 * w - 6; d <= 7 * w; ++d)
            sum += daySelfCareScore(d, entryOn(m_episode.programStart.addDays(d - 1)));
        a.selfCareRatio = sum / 7.0;
        a.consistent = a.sessionRatio >= 0.75 - kTolerance && a.selfCareRatio >= 0.75 - kTolerance;
        if (w <= 8 && a.consistent)
            ++m_consistentFirstEight;
        m_weeks << a;
    }
}

} // namespace backlog
