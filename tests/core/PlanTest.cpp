// SPDX-License-Identifier: GPL-3.0-or-later
// The phased plan of clinical.md sections 1 and 3, as the pages will ask for it.
#include "clinical/Plan.h"

#include "TestSupport.h"
#include "clinical/Engine.h"

using namespace backlog;
using namespace backlog::test;

TEST(Plan, DurationClassBoundaries)
{
    Episode e = simpleEpisode(QDate(2026, 3, 1));
    e.onsetDate = e.programStart.addDays(-27);
    EXPECT_EQ(durationClass(e), DurationClass::Acute);
    e.onsetDate = e.programStart.addDays(-28);
    EXPECT_EQ(durationClass(e), DurationClass::Subacute);
    e.onsetDate = e.programStart.addDays(-84);
    EXPECT_EQ(durationClass(e), DurationClass::Subacute);
    e.onsetDate = e.programStart.addDays(-85);
    EXPECT_EQ(durationClass(e), DurationClass::Chronic);
}

TEST(Plan, ProgramDayWeekAndPhase)
{
    const QDate start(2026, 3, 1);
    EXPECT_EQ(programDay(start, start), 1);
    EXPECT_EQ(programDay(start, start.addDays(-1)), 0);
    EXPECT_EQ(programWeek(1), 1);
    EXPECT_EQ(programWeek(7), 1);
    EXPECT_EQ(programWeek(8), 2);
    EXPECT_EQ(programWeek(0), 0);
    EXPECT_EQ(programWeek(-6), 0);
    EXPECT_EQ(programWeek(-7), -1);
    EXPECT_EQ(phaseOfDay(0), 0);
    EXPECT_EQ(phaseOfDay(28), 1);
    EXPECT_EQ(phaseOfDay(29), 2);
    EXPECT_EQ(phaseOfDay(56), 2);
    EXPECT_EQ(phaseOfDay(57), 3);
    EXPECT_EQ(phaseOfWeek(4), 1);
    EXPECT_EQ(phaseOfWeek(5), 2);
    EXPECT_EQ(phaseOfWeek(9), 3);
}

TEST(Plan, WalkingTargetStartsAtFiveAddsTwoADayAndIsCappedAtThirty)
{
    EXPECT_EQ(walkingTargetMinutes(1), 5);
    EXPECT_EQ(walkingTargetMinutes(2), 7);
    EXPECT_EQ(walkingTargetMinutes(13), 29);
    EXPECT_EQ(walkingTargetMinutes(14), 30);
    EXPECT_EQ(walkingTargetMinutes(40), 30);
}

TEST(Plan, TodaysPlanInEachPhase)
{
    const Episode e = simpleEpisode(QDate(2026, 3, 1));
    const PlanDay first = planFor(e, e.programStart);
    EXPECT_EQ(first.phase, 1);
    EXPECT_TRUE(first.painFocused);
    EXPECT_EQ(first.sessionsPerWeek, 2);
    EXPECT_EQ(first.walkingTargetMinutes, 5);
    ASSERT_EQ(first.tasks.size(), 3);
    EXPECT_EQ(first.tasks[0].key, QStringLiteral("cat_cow"));
    EXPECT_EQ(first.tasks[0].dose, 3);
    EXPECT_EQ(first.tasks[2].dose, 5);

    const PlanDay week3 = planFor(e, e.programStart.addDays(14));
    EXPECT_EQ(week3.week, 3);
    EXPECT_FALSE(week3.painFocused);

    const PlanDay review = planFor(e, e.programStart.addDays(27));
    EXPECT_TRUE(review.reviewPoint);
    EXPECT_FALSE(planFor(e, e.programStart.addDays(26)).reviewPoint);
    EXPECT_TRUE(planFor(e, e.programStart.addDays(55)).reviewPoint);

    const PlanDay active = planFor(e, e.programStart.addDays(28));
    EXPECT_EQ(active.phase, 2);
    EXPECT_EQ(active.sessionsPerWeek, 1);
    EXPECT_EQ(active.activeSharePercent, 70);
    ASSERT_EQ(active.tasks.size(), 3);
    EXPECT_EQ(active.tasks[0].key, QStringLiteral("bird_dog"));
    EXPECT_EQ(active.tasks[2].dose, 30);

    const PlanDay maintenance = planFor(e, e.programStart.addDays(56));
    EXPECT_EQ(maintenance.phase, 3);
    EXPECT_TRUE(maintenance.sessionsAsNeeded);
    EXPECT_EQ(maintenance.sessionsPerWeek, 0);
    ASSERT_EQ(maintenance.tasks.size(), 2);
    EXPECT_EQ(maintenance.tasks[0].key, QStringLiteral("movement_min"));
    EXPECT_EQ(maintenance.tasks[0].dose, 20);
    EXPECT_EQ(maintenance.tasks[1].key, QStringLiteral("smr"));
    EXPECT_FALSE(maintenance.tasks[1].scored);
}

TEST(Plan, DaySelfCareScoreCapsEachItemAtOne)
{
    DailyEntry e = simpleEntry(QDate(2026, 3, 1), 5);
    e.selfCare.catCow = 6;      // twice the dose: still 1
    e.selfCare.pelvicTilts = 1; // half
    e.selfCare.walkingMin = 0;
    EXPECT_DOUBLE_EQ(daySelfCareScore(1, &e), (1.0 + 0.5 + 0.0) / 3.0);
    EXPECT_DOUBLE_EQ(daySelfCareScore(1, nullptr), 0.0);
    e.selfCare.movementMin = 10;
    EXPECT_DOUBLE_EQ(daySelfCareScore(60, &e), 0.5);
}

TEST(Plan, SessionGuidanceShowsLengthAbovePlanAndTheAcuteWindow)
{
    Episode e = simpleEpisode(QDate(2026, 3, 2));
    e.onsetDate = QDate(2026, 2, 27); // acute
    Session first;
    first.date = QDate(2026, 3, 1); // onset + 2: before the 3..7 day window
    first.minutes = 25;
    SessionGuidance g = sessionGuidance(e, {}, first);
    EXPECT_TRUE(g.shorterThanRange);
    EXPECT_TRUE(g.isFirstAcuteSession);
    EXPECT_EQ(g.windowStart, QDate(2026, 3, 2));
    EXPECT_EQ(g.windowEnd, QDate(2026, 3, 6));
    EXPECT_TRUE(g.outsideWindow);
    first.date = QDate(2026, 3, 2);
    EXPECT_FALSE(sessionGuidance(e, {}, first).outsideWindow);

    Session a, b, c;
    a.date = QDate(2026, 3, 3);
    b.date = QDate(2026, 3, 4);
    c.date = QDate(2026, 3, 5);
    a.minutes = b.minutes = c.minutes = 45;
    c.note = QStringLiteral("third");
    EXPECT_FALSE(sessionGuidance(e, {a}, b).abovePlan);
    EXPECT_TRUE(sessionGuidance(e, {a, b}, c).abovePlan);
    EXPECT_FALSE(sessionGuidance(e, {a, b}, c).isFirstAcuteSession);
    c.minutes = 61;
    EXPECT_TRUE(sessionGuidance(e, {a, b}, c).longerThanRange);
}

TEST(Evaluation, RaisedAlertsAndTheBanner)
{
    Episode e = simpleEpisode(QDate(2026, 3, 2));
    DailyEntry d = simpleEntry(QDate(2026, 3, 3), 5);
    d.symptoms.nightPain = true;
    const Evaluation quiet = evaluate(e, {d}, {}, {}, d.date);
    ASSERT_EQ(quiet.raised().size(), 1);
    EXPECT_FALSE(quiet.needsBanner());

    d.symptoms.saddle = true;
    const Evaluation urgent = evaluate(e, {d}, {}, {}, d.date);
    ASSERT_EQ(urgent.raised().size(), 2);
    EXPECT_EQ(urgent.raised().first().rule, QStringLiteral("RF-SADDLE")); // most urgent first
    EXPECT_TRUE(urgent.needsBanner());

    const Alert ack{QStringLiteral("RF-SADDLE"), AlertLevel::Emergency, d.date, d.date, {}};
    const Evaluation acknowledged = evaluate(e, {d}, {}, {ack}, d.date);
    EXPECT_FALSE(acknowledged.needsBanner());
    EXPECT_EQ(acknowledged.alerts.size(), 2); // kept in the history
}
