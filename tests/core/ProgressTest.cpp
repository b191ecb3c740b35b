// SPDX-License-Identifier: GPL-3.0-or-later
// The series of the progress chart (product.md item 5) for a small episode whose every
// figure is worked out by hand below (clinical.md sections 2 and 3).
#include "clinical/Progress.h"

#include "TestSupport.h"

using namespace backlog;
using namespace backlog::test;

namespace {

const QDate kStart(2026, 10, 5); // day 1, a Monday
const QDate kAsOf(2026, 10, 12); // day 8

QDate day(int programDay)
{
    return kStart.addDays(programDay - 1);
}

/// Day: 1    2    3    4    5  6    7    8  | 9 (after the as-of date)
/// pain 7    6    8    6    -  5    4    4  | 3
/// fn   3.0  3.5  -    4.0  -  5.0  5.5  6.0| 7.0
QList<DailyEntry> entries()
{
    return {simpleEntry(day(1), 7, 3.0), simpleEntry(day(2), 6, 3.5), simpleEntry(day(3), 8),
            simpleEntry(day(4), 6, 4.0), simpleEntry(day(6), 5, 5.0), simpleEntry(day(7), 4, 5.5),
            simpleEntry(day(8), 4, 6.0), simpleEntry(day(9), 3, 7.0)};
}

QList<Session> sessions()
{
    Session a;
    a.date = day(3);
    a.minutes = 45;
    a.kind = SessionKind::Swedish;
    Session b;
    b.date = day(6);
    b.minutes = 30;
    Session later;
    later.date = day(10);
    later.minutes = 40;
    return {b, later, a}; // not in order
}

QList<Alert> alerts()
{
    Alert screening{
        QStringLiteral("SCR-CANCER"), AlertLevel::Clearance, kStart.addDays(-4), {}, {}};
    Alert night{QStringLiteral("RF-NIGHT-PAIN"), AlertLevel::SeeDoctor, day(7), day(8), {}};
    Alert later{QStringLiteral("RF-SADDLE"), AlertLevel::Emergency, day(12), {}, {}};
    return {night, later, screening};
}

ProgressSeries known()
{
    return buildProgress(simpleEpisode(kStart), entries(), sessions(), alerts(), kAsOf);
}

} // namespace

TEST(Progress, DaysRunFromTheEarliestDatedItemToTheAsOfDate)
{
    const ProgressSeries s = known();
    // The screening alert four days before the start opens the series.
    EXPECT_EQ(s.first, kStart.addDays(-4));
    EXPECT_EQ(s.last, kAsOf);
    EXPECT_EQ(s.programStart, kStart);
    EXPECT_EQ(s.asOf, kAsOf);
    ASSERT_EQ(s.days.size(), 12);
    EXPECT_EQ(s.days.first().programDay, -3);
    EXPECT_EQ(s.days.last().programDay, 8);
    for (int i = 0; i < s.days.size(); ++i)
        EXPECT_EQ(s.days[i].date, s.first.addDays(i));
    EXPECT_EQ(s.loggedDays(), 7);   // day 9 is after the as-of date
    EXPECT_EQ(s.functionDays(), 6); // day 3 has no function score
    EXPECT_EQ(s.dayOn(kAsOf.addDays(1)), nullptr);
    EXPECT_EQ(s.dayOn(s.first.addDays(-1)), nullptr);
}

TEST(Progress, DailyScoresAndSevenDayMeans)
{
    const ProgressSeries s = known();
    const ProgressDay* d3 = s.dayOn(day(3));
    ASSERT_NE(d3, nullptr);
    EXPECT_EQ(d3->pain, 8);
    EXPECT_FALSE(d3->function.has_value());
    EXPECT_FALSE(d3->painMean7.has_value()); // 3 values: undefined
    const ProgressDay* d5 = s.dayOn(day(5));
    EXPECT_FALSE(d5->pain.has_value());
    EXPECT_FALSE(d5->function.has_value());

    // Pain means: day 4 (7+6+8+6)/4, day 5 the same four, day 6 32/5, day 7 36/6, day 8
    // the window of days 2..8, 33/6.
    const std::optional<double> none;
    const std::optional<double> pain[] = {none, none, none, 6.75, 6.75, 6.4, 6.0, 5.5};
    // Function means: 4 values first on day 6, 15.5/4; day 7 21/5; day 8 (days 2..8) 24/5.
    const std::optional<double> function[] = {none, none, none, none, none, 3.875, 4.2, 4.8};
    for (int d = 1; d <= 8; ++d) {
        SCOPED_TRACE(d);
        const ProgressDay* p = s.dayOn(day(d));
        ASSERT_NE(p, nullptr);
        EXPECT_EQ(p->programDay, d);
        EXPECT_EQ(p->painMean7.has_value(), pain[d - 1].has_value());
        if (pain[d - 1]) {
            EXPECT_NEAR(*p->painMean7, *pain[d - 1], 1e-12);
        }
        EXPECT_EQ(p->functionMean7.has_value(), function[d - 1].has_value());
        if (function[d - 1]) {
            EXPECT_NEAR(*p->functionMean7, *function[d - 1], 1e-12);
        }
    }
    // Before the program start nothing is logged.
    EXPECT_FALSE(s.days.first().painMean7.has_value());
}

TEST(Progress, BaselinesAndTheSignificantImprovementLine)
{
    const ProgressSeries s = known();
    // The first three entries of days 1..7: pain 7, 6, 8; function 3.0, 3.5, 4.0.
    ASSERT_TRUE(s.baselinePain.has_value());
    EXPECT_NEAR(*s.baselinePain, 7.0, 1e-12);
    ASSERT_TRUE(s.baselineFunction.has_value());
    EXPECT_NEAR(*s.baselineFunction, 3.5, 1e-12);
    // max(7 - 2, 0.7 * 7) = max(5, 4.9)
    ASSERT_TRUE(s.significantPain.has_value());
    EXPECT_NEAR(*s.significantPain, 5.0, 1e-12);

    // Before three entries the onboarding ratings (6 and 4) are the baselines.
    const ProgressSeries early =
        buildProgress(simpleEpisode(kStart), entries(), sessions(), alerts(), day(2));
    EXPECT_NEAR(*early.baselinePain, 6.0, 1e-12);
    EXPECT_NEAR(*early.baselineFunction, 4.0, 1e-12);
    EXPECT_NEAR(*early.significantPain, 4.2, 1e-12); // max(4, 4.2)
}

TEST(Progress, SignificantPainThreshold)
{
    EXPECT_NEAR(significantPainThreshold(10), 8.0, 1e-12); // 2 points is the higher line
    EXPECT_NEAR(significantPainThreshold(5), 3.5, 1e-12);  // 30 % is the higher line
    EXPECT_NEAR(significantPainThreshold(20.0 / 3.0), 14.0 / 3.0, 1e-12); // both meet
    EXPECT_NEAR(significantPainThreshold(1), 0.7, 1e-12);
    // No line for a baseline of 0: nothing can improve on it.
    Episode e = simpleEpisode(kStart);
    e.baselinePain = 0;
    EXPECT_FALSE(buildProgress(e, {}, {}, {}, kAsOf).significantPain.has_value());
}

TEST(Progress, PhasesInProgramDaysAndDates)
{
    const ProgressSeries s = known();
    ASSERT_EQ(s.phases.size(), 3);
    EXPECT_EQ(s.phases[0].phase, 1);
    EXPECT_EQ(s.phases[0].firstDay, 1);
    EXPECT_EQ(s.phases[0].lastDay, 28);
    EXPECT_EQ(s.phases[0].from, kStart);
    EXPECT_EQ(s.phases[0].to, QDate(2026, 11, 1));
    EXPECT_STREQ(s.phases[0].name, "acute relief");
    EXPECT_EQ(s.phases[1].firstDay, 29);
    EXPECT_EQ(s.phases[1].lastDay, 56);
    EXPECT_EQ(s.phases[1].from, QDate(2026, 11, 2));
    EXPECT_EQ(s.phases[1].to, QDate(2026, 11, 29));
    EXPECT_EQ(s.phases[2].firstDay, 57);
    EXPECT_EQ(s.phases[2].lastDay, 57); // open-ended: at least its first day
    EXPECT_EQ(s.phases[2].from, QDate(2026, 11, 30));

    // A long series: phase 3 runs to its last day.
    const ProgressSeries longer = buildProgress(simpleEpisode(kStart), {}, {}, {}, day(100));
    EXPECT_EQ(longer.phases[2].lastDay, 100);
    EXPECT_EQ(longer.phases[2].to, day(100));
}

TEST(Progress, SessionsAndAlertsUpToTheAsOfDate)
{
    const ProgressSeries s = known();
    ASSERT_EQ(s.sessions.size(), 2);
    EXPECT_EQ(s.sessions[0], (ProgressSession{day(3), 3, 45, SessionKind::Swedish}));
    EXPECT_EQ(s.sessions[1], (ProgressSession{day(6), 6, 30, SessionKind::Other}));
    EXPECT_EQ(s.dayOn(day(3))->sessions, 1);
    EXPECT_EQ(s.dayOn(day(4))->sessions, 0);

    ASSERT_EQ(s.alerts.size(), 2);
    EXPECT_EQ(s.alerts[0].rule, QStringLiteral("SCR-CANCER"));
    EXPECT_EQ(s.alerts[0].level, AlertLevel::Clearance);
    EXPECT_EQ(s.alerts[0].programDay, -3);
    EXPECT_FALSE(s.alerts[0].acknowledged);
    EXPECT_EQ(s.alerts[1].rule, QStringLiteral("RF-NIGHT-PAIN"));
    EXPECT_EQ(s.alerts[1].level, AlertLevel::SeeDoctor);
    EXPECT_EQ(s.alerts[1].date, day(7));
    EXPECT_TRUE(s.alerts[1].acknowledged);
    EXPECT_EQ(s.dayOn(day(7))->alerts, 1);

    // Seen as of day 7, the night-pain alert is not acknowledged yet.
    const ProgressSeries before =
        buildProgress(simpleEpisode(kStart), entries(), sessions(), alerts(), day(7));
    EXPECT_FALSE(before.alerts[1].acknowledged);
}

TEST(Progress, SummaryOfPainAndFunction)
{
    const ProgressSeries s = known();
    // Pain: baseline 7, now 5.5, change -1.5 = -21.43 %: neither 2 points nor 30 %.
    EXPECT_NEAR(*s.pain.baseline, 7.0, 1e-12);
    EXPECT_NEAR(*s.pain.now, 5.5, 1e-12);
    EXPECT_NEAR(*s.pain.change, -1.5, 1e-12);
    EXPECT_NEAR(*s.pain.percentChange, -150.0 / 7.0, 1e-9);
    EXPECT_EQ(s.pain.status, Response::NoChange);
    // Function: baseline 3.5, now 4.8, change +1.3 = +37.14 %: under 2 points.
    EXPECT_NEAR(*s.function.baseline, 3.5, 1e-12);
    EXPECT_NEAR(*s.function.now, 4.8, 1e-12);
    EXPECT_NEAR(*s.function.change, 1.3, 1e-12);
    EXPECT_NEAR(*s.function.percentChange, 130.0 / 3.5, 1e-9);
    EXPECT_EQ(s.function.status, Response::NoChange);

    // Two days later (days 9 and 10 logged): pain mean of days 4..10 is
    // (6+5+4+4+3+2)/6 = 4.0, 3 below 7: improving; function (4+5+5.5+6+7+7.5)/6 = 5.8333,
    // 2.33 above 3.5: improving.
    QList<DailyEntry> more = entries();
    more << simpleEntry(day(10), 2, 7.5);
    const ProgressSeries later =
        buildProgress(simpleEpisode(kStart), more, sessions(), alerts(), day(10));
    EXPECT_NEAR(*later.pain.now, 4.0, 1e-12);
    EXPECT_EQ(later.pain.status, Response::Improving);
    EXPECT_NEAR(*later.function.now, 35.0 / 6.0, 1e-12);
    EXPECT_EQ(later.function.status, Response::Improving);
    EXPECT_EQ(later.sessions.size(), 3);
}

TEST(Progress, SummaryIsUnknownWithoutAMean)
{
    const ProgressSeries s =
        buildProgress(simpleEpisode(kStart), entries(), sessions(), alerts(), day(3));
    EXPECT_FALSE(s.pain.now.has_value());
    EXPECT_FALSE(s.pain.change.has_value());
    EXPECT_FALSE(s.pain.percentChange.has_value());
    EXPECT_EQ(s.pain.status, Response::Unknown);
    EXPECT_EQ(s.function.status, Response::Unknown);
    EXPECT_NEAR(*s.pain.baseline, 7.0, 1e-12); // the third entry is on day 3

    // No function scores at all: no function series, baseline from onboarding only.
    QList<DailyEntry> painOnly;
    for (const DailyEntry& e : entries())
        painOnly << simpleEntry(e.date, e.pain);
    Episode e = simpleEpisode(kStart);
    e.baselineFunction.reset();
    const ProgressSeries noFunction = buildProgress(e, painOnly, {}, {}, kAsOf);
    EXPECT_EQ(noFunction.functionDays(), 0);
    EXPECT_FALSE(noFunction.baselineFunction.has_value());
    EXPECT_FALSE(noFunction.function.now.has_value());
    EXPECT_EQ(noFunction.function.status, Response::Unknown);
    EXPECT_EQ(noFunction.pain.status, Response::NoChange);
}

TEST(Progress, FunctionStatusByTheTwoPointRule)
{
    EXPECT_EQ(functionStatus(3.5, 5.5), Response::Improving);
    EXPECT_EQ(functionStatus(3.5, 5.4999999), Response::Improving); // within 1e-6
    EXPECT_EQ(functionStatus(3.5, 5.49), Response::NoChange);
    EXPECT_EQ(functionStatus(5.0, 3.0), Response::Worsening);
    EXPECT_EQ(functionStatus(5.0, 3.5), Response::NoChange);
    EXPECT_EQ(functionStatus(std::nullopt, 3.0), Response::Unknown);
    EXPECT_EQ(functionStatus(5.0, std::nullopt), Response::Unknown);
}

TEST(Progress, PercentChangeNeedsABaselineAboveZero)
{
    Episode e = simpleEpisode(kStart);
    QList<DailyEntry> zeros;
    for (int d = 1; d <= 4; ++d)
        zeros << simpleEntry(day(d), 0, 0.0);
    const ProgressSeries s = buildProgress(e, zeros, {}, {}, day(4));
    EXPECT_NEAR(*s.pain.baseline, 0.0, 1e-12);
    EXPECT_NEAR(*s.pain.change, 0.0, 1e-12);
    EXPECT_FALSE(s.pain.percentChange.has_value());
    EXPECT_FALSE(s.function.percentChange.has_value());
}

TEST(Progress, BeforeTheStartAndWithoutAnEpisode)
{
    // As of two days before the start: the days run to the program start, empty.
    const ProgressSeries early =
        buildProgress(simpleEpisode(kStart), entries(), sessions(), alerts(), kStart.addDays(-2));
    EXPECT_EQ(early.first, kStart.addDays(-4));
    EXPECT_EQ(early.last, kStart);
    EXPECT_EQ(early.days.size(), 5);
    EXPECT_EQ(early.loggedDays(), 0);
    EXPECT_EQ(early.alerts.size(), 1);
    EXPECT_EQ(early.pain.status, Response::Unknown);

    Episode none;
    const ProgressSeries empty = buildProgress(none, entries(), sessions(), alerts(), kAsOf);
    EXPECT_TRUE(empty.isEmpty());
    EXPECT_TRUE(empty.phases.isEmpty());
    EXPECT_EQ(empty.dayOn(kAsOf), nullptr);
}
