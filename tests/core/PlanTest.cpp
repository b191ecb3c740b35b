// SPDX-License-Identifier: GPL-3.0-or-later
// The phased plan of clinical.md sections 1 and 3, as the pages will ask for it.
#include "clinical/Plan.h"

#include "TestSupport.h"
#include "clinical/Engine.h"
#include "clinical/RuleTable.h"

#include <QLocale>

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

namespace {

Session sessionOn(const QDate& date, qint64 id = 0, int minutes = 45)
{
    Session s;
    s.id = id;
    s.date = date;
    s.minutes = minutes;
    return s;
}

bool hasAlert(const Evaluation& ev, const char* rule, const QDate& date)
{
    for (const Alert& a : ev.alerts)
        if (a.rule == QLatin1String(rule) && a.date == date)
            return true;
    return false;
}

} // namespace

TEST(Plan, AbovePlanMarksOnlyTheSessionsBeyondTheWeeksCount)
{
    // Week 1 of phase 1 plans 2 sessions; four are logged, listed out of date order, two
    // of them on one day (the stored one first, the new one with id 0 last).
    Episode e = simpleEpisode(QDate(2026, 3, 2));
    const QList<Session> sessions{sessionOn(QDate(2026, 3, 6), 4), sessionOn(QDate(2026, 3, 3), 0),
                                  sessionOn(QDate(2026, 3, 3), 9), sessionOn(QDate(2026, 3, 4), 2)};
    const QList<SessionCheck> checks = sessionChecks(e, sessions, MassageHold());
    ASSERT_EQ(checks.size(), sessions.size());
    // By date, then id with 0 last: 03-03 #9, 03-03 #0, 03-04 #2, 03-06 #4.
    EXPECT_FALSE(checks[2].guidance.abovePlan); // 03-03 #9: first
    EXPECT_FALSE(checks[1].guidance.abovePlan); // 03-03 #0: second
    EXPECT_TRUE(checks[3].guidance.abovePlan);  // 03-04: third
    EXPECT_TRUE(checks[0].guidance.abovePlan);  // 03-06: fourth
    // The check of one session agrees with the check of the whole list.
    for (qsizetype i = 0; i < sessions.size(); ++i)
        EXPECT_EQ(sessionCheck(e, sessions, sessions[i], MassageHold()).guidance.abovePlan,
                  checks[i].guidance.abovePlan)
            << i;
    // A session not yet in the list counts after those of its date.
    EXPECT_TRUE(sessionCheck(e, sessions, sessionOn(QDate(2026, 3, 3), 0, 50), MassageHold())
                    .guidance.abovePlan);
    // Another week starts its own count; phase 2 plans one a week.
    const QList<Session> later{sessionOn(QDate(2026, 4, 6), 1), sessionOn(QDate(2026, 4, 7), 2)};
    const QList<SessionCheck> phase2 = sessionChecks(e, later, MassageHold());
    EXPECT_FALSE(phase2[0].guidance.abovePlan);
    EXPECT_TRUE(phase2[1].guidance.abovePlan);
    // The first session of an acute episode is every session of the earliest date.
    e.onsetDate = QDate(2026, 3, 1);
    const QList<SessionCheck> acute = sessionChecks(e, sessions, MassageHold());
    EXPECT_TRUE(acute[1].guidance.isFirstAcuteSession);
    EXPECT_TRUE(acute[2].guidance.isFirstAcuteSession);
    EXPECT_FALSE(acute[3].guidance.isFirstAcuteSession);
}

TEST(Plan, EverySessionOnADayOnHoldIsMarkedNamingWhatHeldIt)
{
    // Pain down one leg below the knee on 03-10 (RF-LEG-PAIN, stop massage, raised until
    // acknowledged on 03-14); sessions on 03-10, 03-11, 03-13 and 03-16.
    Episode e = simpleEpisode(QDate(2026, 3, 2));
    DailyEntry leg = simpleEntry(QDate(2026, 3, 10), 6);
    leg.symptoms.legPain = LegPain::One;
    const QList<DailyEntry> entries{simpleEntry(QDate(2026, 3, 9), 5), leg,
                                    simpleEntry(QDate(2026, 3, 11), 5)};
    const QList<Session> sessions{
        sessionOn(QDate(2026, 3, 10), 1), sessionOn(QDate(2026, 3, 11), 2),
        sessionOn(QDate(2026, 3, 13), 3), sessionOn(QDate(2026, 3, 16), 4)};
    const Alert ack{
        QStringLiteral("RF-LEG-PAIN"), AlertLevel::StopMassage, leg.date, QDate(2026, 3, 14), {}};
    const QDate asOf(2026, 3, 16);
    const Evaluation ev = evaluate(e, entries, sessions, {ack}, asOf);
    ASSERT_TRUE(hasAlert(ev, "RF-LEG-PAIN", leg.date));

    const QList<SessionCheck> checks = sessionChecks(e, sessions, ev.hold);
    ASSERT_EQ(checks.size(), 4);
    for (int i = 0; i < 3; ++i) {
        EXPECT_TRUE(checks[i].onHold()) << i;
        EXPECT_EQ(checks[i].holdReasons, QStringList{QStringLiteral("RF-LEG-PAIN")}) << i;
        EXPECT_FALSE(checks[i].surgeryHold);
    }
    EXPECT_FALSE(checks[3].onHold()); // acknowledged on 03-14, nothing reported since
    // MS-WHILE-STOPPED fires only for a new reason: once, yet three sessions are marked.
    int whileStopped = 0;
    for (const Alert& a : ev.alerts)
        whileStopped += a.rule == QStringLiteral("MS-WHILE-STOPPED") ? 1 : 0;
    EXPECT_LE(whileStopped, 1);
    // The hold is named with its rule id, in words.
    const QString why = holdText(ev.hold, QDate(2026, 3, 13));
    EXPECT_TRUE(why.contains(QStringLiteral("RF-LEG-PAIN"))) << why.toStdString();
    EXPECT_TRUE(holdText(ev.hold, QDate(2026, 3, 16)).isEmpty());
}

TEST(Plan, TheSurgeryHoldMarksSessionsAndIsNamedWithItsLastDay)
{
    Episode e = simpleEpisode(QDate(2026, 3, 2));
    e.screening.surgery6w = true;
    e.screening.surgeryDate = QDate(2026, 2, 20); // hold to 04-02 (surgery + 41)
    const QList<Session> sessions{sessionOn(QDate(2026, 4, 2), 1), sessionOn(QDate(2026, 4, 3), 2)};
    const Evaluation ev = evaluate(e, {}, sessions, {}, QDate(2026, 4, 3));
    const QList<SessionCheck> checks = sessionChecks(e, sessions, ev.hold);
    EXPECT_TRUE(checks[0].surgeryHold);
    EXPECT_TRUE(checks[0].onHold());
    EXPECT_FALSE(checks[1].surgeryHold);
    const QString why = holdText(ev.hold, QDate(2026, 4, 2));
    EXPECT_TRUE(why.contains(QLocale().toString(QDate(2026, 4, 2), QLocale::LongFormat)) ||
                why.contains(QStringLiteral("2026-04-02")))
        << why.toStdString();
}

TEST(Evaluation, TheDayShowsItsAlertsAndThoseStillRaisedForWhatItReports)
{
    Episode e = simpleEpisode(QDate(2026, 3, 2));
    DailyEntry first = simpleEntry(QDate(2026, 3, 3), 5);
    first.symptoms.nightPain = true; // RF-NIGHT-PAIN: raised until acknowledged
    DailyEntry again = simpleEntry(QDate(2026, 3, 4), 5);
    again.symptoms.nightPain = true; // no new alert: the one of 03-03 is still raised
    again.symptoms.saddle = true;    // an emergency, every time
    const DailyEntry quiet = simpleEntry(QDate(2026, 3, 5), 4);
    const Evaluation ev = evaluate(e, {first, again, quiet}, {}, {}, quiet.date);
    ASSERT_FALSE(hasAlert(ev, "RF-NIGHT-PAIN", again.date));

    const QList<Alert> day = ev.alertsForDay(again.date);
    ASSERT_EQ(day.size(), 2);
    EXPECT_EQ(day[0].rule, QStringLiteral("RF-SADDLE")); // most urgent first
    EXPECT_EQ(day[1].rule, QStringLiteral("RF-NIGHT-PAIN"));
    EXPECT_EQ(day[1].date, first.date); // the alert still raised for the symptom
    EXPECT_EQ(ev.alertsForDay(first.date).size(), 1);
    EXPECT_TRUE(ev.alertsForDay(quiet.date).isEmpty());
    EXPECT_TRUE(ev.alertsForDay(QDate(2026, 3, 9)).isEmpty()); // no entry
}

TEST(Evaluation, InfoAndOldHistoryDoNotAskForAttention)
{
    Episode e = simpleEpisode(QDate(2026, 3, 2));
    Evaluation ev;
    ev.asOf = QDate(2026, 3, 20);
    const auto alert = [](const char* rule, AlertLevel level, const QDate& date, bool history) {
        Alert a{QString::fromLatin1(rule), level, date, {}, {}};
        a.foundOnUpgrade = history;
        return a;
    };
    ev.alerts = {
        alert("MS-SHORT", AlertLevel::Info, QDate(2026, 3, 19), false),
        alert("RF-FEVER", AlertLevel::Urgent, QDate(2026, 3, 17), true),         // in the 3 days
        alert("RF-FALL", AlertLevel::Urgent, QDate(2026, 3, 16), true),          // 4 days before
        alert("RF-LEG-PAIN", AlertLevel::StopMassage, QDate(2026, 3, 19), true), // not urgent
        alert("RF-NIGHT-PAIN", AlertLevel::SeeDoctor, QDate(2026, 3, 10), false),
    };
    QStringList asking;
    for (const Alert& a : ev.needingAttention())
        asking << a.rule;
    EXPECT_EQ(asking, (QStringList{QStringLiteral("RF-FEVER"), QStringLiteral("RF-NIGHT-PAIN")}));
    EXPECT_TRUE(ev.needsBanner()); // the urgent one of 03-17
    EXPECT_EQ(ev.foundOnUpgrade().size(), 3);
    ev.alerts.removeAt(1);
    EXPECT_FALSE(ev.needsBanner());   // history and see-doctor only
    EXPECT_EQ(ev.raised().size(), 4); // all still listed as raised
}
