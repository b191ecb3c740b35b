// SPDX-License-Identifier: GPL-3.0-or-later
#include "clinical/Progress.h"

#include "clinical/Plan.h"
#include "model/Vocabulary.h"

#include <QtGlobal>
#include <algorithm>

namespace backlog {

namespace {

/// PSFS minimal detectable change (Stratford 1995).
constexpr double kFunctionChange = 2.0;

ScoreSummary summarise(std::optional<double> baseline, std::optional<double> now)
{
    ScoreSummary s;
    s.baseline = baseline;
    s.now = now;
    if (baseline && now) {
        s.change = *now - *baseline;
        if (*baseline > kTolerance)
            s.percentChange = 100.0 * *s.change / *baseline;
    }
    return s;
}

} // namespace

int ProgressSeries::loggedDays() const
{
    return static_cast<int>(std::count_if(days.begin(), days.end(),
                                          [](const ProgressDay& d) { return d.pain.has_value(); }));
}

int ProgressSeries::functionDays() const
{
    return static_cast<int>(std::count_if(
        days.begin(), days.end(), [](const ProgressDay& d) { return d.function.has_value(); }));
}

const ProgressDay* ProgressSeries::dayOn(const QDate& date) const
{
    if (days.isEmpty() || !date.isValid() || date < first || date > last)
        return nullptr;
    return &days[first.daysTo(date)];
}

double significantPainThreshold(double baseline)
{
    return std::max(baseline - 2.0, 0.7 * baseline);
}

Response functionStatus(std::optional<double> baseline, std::optional<double> now)
{
    if (!baseline || !now)
        return Response::Unknown;
    const double change = *now - *baseline;
    if (change >= kFunctionChange - kTolerance)
        return Response::Improving;
    if (-change >= kFunctionChange - kTolerance)
        return Response::Worsening;
    return Response::NoChange;
}

ProgressSeries buildProgress(const Episode& episode, const QList<DailyEntry>& entries,
                             const QList<Session>& sessions, const QList<Alert>& alerts,
                             const QDate& asOf)
{
    ProgressSeries series;
    series.programStart = episode.programStart;
    series.asOf = asOf;
    if (!episode.programStart.isValid() || !asOf.isValid())
        return series;

    const History history(episode, entries, sessions, asOf);

    QList<Alert> shownAlerts;
    for (const Alert& a : alerts)
        if (a.date.isValid() && a.date <= asOf)
            shownAlerts << a;
    std::stable_sort(shownAlerts.begin(), shownAlerts.end(),
                     [](const Alert& a, const Alert& b) { return a.date < b.date; });

    QDate first = std::min(episode.programStart, asOf);
    if (!history.entries().isEmpty())
        first = std::min(first, history.entries().first().date);
    if (!history.sessions().isEmpty())
        first = std::min(first, history.sessions().first().date);
    if (!shownAlerts.isEmpty())
        first = std::min(first, shownAlerts.first().date);
    const QDate last = std::max(asOf, episode.programStart);
    series.first = first;
    series.last = last;

    const qint64 count = first.daysTo(last) + 1;
    series.days.reserve(count);
    for (qint64 k = 0; k < count; ++k) {
        ProgressDay day;
        day.date = first.addDays(k);
        day.programDay = programDay(episode.programStart, day.date);
        if (day.date <= asOf) {
            if (const DailyEntry* e = history.entryOn(day.date)) {
                day.pain = e->pain;
                day.function = e->function;
            }
            day.painMean7 = history.painMean7(day.date);
            day.functionMean7 = history.functionMean7(day.date);
        }
        series.days << day;
    }

    for (const Session& s : history.sessions()) {
        series.sessions << ProgressSession{s.date, programDay(episode.programStart, s.date),
                                           s.minutes, s.kind};
        ++series.days[first.daysTo(s.date)].sessions;
    }
    for (const Alert& a : shownAlerts) {
        series.alerts << ProgressAlert{a.date, programDay(episode.programStart, a.date), a.level,
                                       a.rule, a.isAcknowledged() && a.acknowledged <= asOf};
        ++series.days[first.daysTo(a.date)].alerts;
    }

    const int lastDay = programDay(episode.programStart, last);
    const auto phase = [&](int number, int from, int to, const char* name) {
        return ProgressPhase{number,
                             from,
                             to,
                             episode.programStart.addDays(from - 1),
                             episode.programStart.addDays(to - 1),
                             name};
    };
    series.phases << phase(1, 1, kPhaseOneLastDay, QT_TRANSLATE_NOOP("Plan", "acute relief"))
                  << phase(2, kPhaseOneLastDay + 1, kPhaseTwoLastDay,
                           QT_TRANSLATE_NOOP("Plan", "active work"))
                  << phase(3, kPhaseTwoLastDay + 1, std::max(lastDay, kPhaseTwoLastDay + 1),
                           QT_TRANSLATE_NOOP("Plan", "maintenance"));

    series.baselinePain = history.baselinePain(asOf);
    series.baselineFunction = history.baselineFunction(asOf);
    if (series.baselinePain && *series.baselinePain > kTolerance)
        series.significantPain = significantPainThreshold(*series.baselinePain);

    series.pain = summarise(series.baselinePain, history.painMean7(asOf));
    series.pain.status = history.response(asOf);
    series.function = summarise(series.baselineFunction, history.functionMean7(asOf));
    series.function.status = functionStatus(series.baselineFunction, series.function.now);
    return series;
}

} // namespace backlog
