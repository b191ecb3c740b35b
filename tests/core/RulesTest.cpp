// SPDX-License-Identifier: GPL-3.0-or-later
// Unit tests of the clinical safety rules (clinical.md section 4), the derived figures they
// use (section 2) and adherence (section 3), read as docs/clinical-notes.md resolves them.
// Every rule id of section 4 has a test where it fires (rule, level, exact date), one where
// it does not, and its boundary.
#include "TestSupport.h"
#include "clinical/Engine.h"
#include "clinical/RuleTable.h"

#include <initializer_list>
#include <string>
#include <vector>

using namespace backlog;
using namespace backlog::test;

namespace {

// ---- Helpers ------------------------------------------------------------------------

const QDate kStart(2026, 10, 5); // program day 1

/// The date of program day `d` (day 1 is the program start; 0 is the day before it).
QDate day(int d)
{
    return kStart.addDays(d - 1);
}

std::string iso(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate).toStdString() : std::string("(none)");
}

std::vector<std::string> isoDays(std::initializer_list<int> days)
{
    std::vector<std::string> out;
    for (int d : days)
        out.push_back(iso(day(d)));
    return out;
}

std::string levelName(AlertLevel level)
{
    return toString(level).toStdString();
}

Episode episode()
{
    return simpleEpisode(kStart); // onboarding baselines: pain 6, function 4
}

DailyEntry entry(int d, int pain = 5, double function = -1)
{
    return simpleEntry(day(d), pain, function);
}

/// One entry a day on program days from..to, all with the same pain.
QList<DailyEntry> daysOf(int from, int to, int pain = 5)
{
    QList<DailyEntry> out;
    for (int d = from; d <= to; ++d)
        out << entry(d, pain);
    return out;
}

/// Entries on consecutive program days starting at `from`, with these pains.
QList<DailyEntry> painSeries(int from, std::initializer_list<int> pains)
{
    QList<DailyEntry> out;
    int d = from;
    for (int p : pains)
        out << entry(d++, p);
    return out;
}

/// Entries on consecutive program days starting at `from`, with these pains and one
/// function score for all.
QList<DailyEntry> scoreDays(int from, int to, int pain, double function)
{
    QList<DailyEntry> out;
    for (int d = from; d <= to; ++d)
        out << entry(d, pain, function);
    return out;
}

using SetSymptom = void (*)(Symptoms&);

/// Sets a symptom on the entries dated on these program days.
QList<DailyEntry> withSymptom(QList<DailyEntry> entries, std::initializer_list<int> days,
                              SetSymptom set)
{
    for (DailyEntry& e : entries)
        for (int d : days)
            if (e.date == day(d))
                set(e.symptoms);
    return entries;
}

void nightPain(Symptoms& s)
{
    s.nightPain = true;
}
void weaknessPresent(Symptoms& s)
{
    s.legWeakness = LegWeakness::Present;
}
void weaknessWorse(Symptoms& s)
{
    s.legWeakness = LegWeakness::Worse;
}

/// An entry answering the after-session questions.
DailyEntry afterSession(int d, Stiffness stiffness, bool reaction = false)
{
    DailyEntry e = entry(d);
    e.afterSession = AfterSession{stiffness, reaction};
    return e;
}

Session session(int d, int minutes = 45)
{
    Session s;
    s.date = day(d);
    s.minutes = minutes;
    return s;
}

/// An entry doing every self-care item of every phase at its full dose.
DailyEntry careEntry(int d, int pain)
{
    DailyEntry e = entry(d, pain);
    e.selfCare.catCow = 3;
    e.selfCare.pelvicTilts = 2;
    e.selfCare.walkingMin = 30;
    e.selfCare.birdDog = 2;
    e.selfCare.deadBug = 2;
    e.selfCare.movementMin = 20;
    return e;
}

QList<DailyEntry> careDays(int from, int to, int pain)
{
    QList<DailyEntry> out;
    for (int d = from; d <= to; ++d)
        out << careEntry(d, pain);
    return out;
}

/// Sessions meeting the plan in weeks 1..weeks: 2 a week in phase 1, 1 a week in phase 2.
QList<Session> plannedSessions(int weeks)
{
    QList<Session> out;
    for (int w = 1; w <= weeks; ++w) {
        out << session(7 * w - 5);
        if (w <= 4)
            out << session(7 * w - 2);
    }
    return out;
}

Evaluation run(const QList<DailyEntry>& entries, int asOfDay, const QList<Session>& sessions = {},
               const QList<Alert>& known = {}, const Episode& ep = episode())
{
    return evaluate(ep, entries, sessions, known, day(asOfDay));
}

QList<Alert> alertsOf(const Evaluation& ev, const QString& rule)
{
    QList<Alert> out;
    for (const Alert& a : ev.alerts)
        if (a.rule == rule)
            out << a;
    return out;
}

std::vector<std::string> datesOf(const Evaluation& ev, const QString& rule)
{
    std::vector<std::string> out;
    for (const Alert& a : alertsOf(ev, rule))
        out.push_back(iso(a.date));
    return out;
}

/// A stored alert of `rule` fired on program day `firedDay`, acknowledged on `ackDay`.
Alert acknowledged(const QString& rule, int firedDay, int ackDay)
{
    Alert a;
    a.rule = rule;
    a.level = findRule(rule)->level; // recorded at the rule's level: the acknowledgement counts
    a.date = day(firedDay);
    a.acknowledged = day(ackDay);
    return a;
}

/// Exactly one alert of `rule`, with this level and date.
::testing::AssertionResult firesOnce(const Evaluation& ev, const QString& rule, AlertLevel level,
                                     const QDate& date)
{
    const QList<Alert> found = alertsOf(ev, rule);
    if (found.size() != 1) {
        auto failure = ::testing::AssertionFailure()
                       << rule.toStdString() << ": expected 1 alert, got " << found.size();
        for (const Alert& a : found)
            failure << " [" << iso(a.date) << "]";
        return failure;
    }
    if (found[0].level != level)
        return ::testing::AssertionFailure()
               << rule.toStdString() << ": level " << levelName(found[0].level) << ", expected "
               << levelName(level);
    if (found[0].date != date)
        return ::testing::AssertionFailure() << rule.toStdString() << ": dated "
                                             << iso(found[0].date) << ", expected " << iso(date);
    return ::testing::AssertionSuccess();
}

::testing::AssertionResult silent(const Evaluation& ev, const QString& rule)
{
    const std::vector<std::string> dates = datesOf(ev, rule);
    if (dates.empty())
        return ::testing::AssertionSuccess();
    auto failure = ::testing::AssertionFailure() << rule.toStdString() << " fired on";
    for (const std::string& d : dates)
        failure << " " << d;
    return failure;
}

int consistentWeeks(const Evaluation& ev)
{
    int n = 0;
    for (const WeekAdherence& w : ev.weeks)
        if (w.week <= 8 && w.consistent)
            ++n;
    return n;
}

std::string paramName(const char* rule)
{
    std::string name(rule);
    for (char& c : name)
        if (c == '-')
            c = '_';
    return name;
}

const QString kNightPain = QStringLiteral("RF-NIGHT-PAIN");
const QString kNightRecurrent = QStringLiteral("RF-NIGHT-PAIN-RECURRENT");
const QString kWeakness = QStringLiteral("RF-LEG-WEAKNESS");
const QString kProgressive = QStringLiteral("RF-LEG-WEAKNESS-PROGRESSIVE");
const QString kShooting = QStringLiteral("MS-SHOOTING-PAIN");
const QString kMsNumbness = QStringLiteral("MS-NUMBNESS");
const QString kStiffness = QStringLiteral("MS-STIFFNESS-48H");
const QString kReaction = QStringLiteral("MS-REACTION-72H");
const QString kFlare = QStringLiteral("MS-FLARE");
const QString kHold = QStringLiteral("MS-SURGERY-HOLD");
const QString kShort = QStringLiteral("MS-SHORT");
const QString kNoImprovement = QStringLiteral("ESC-NO-IMPROVEMENT-8W");
const QString kPersists = QStringLiteral("ESC-PERSISTS-8W");
const QString kDiverges = QStringLiteral("ESC-FUNCTION-DIVERGES");
const QString kWorsening = QStringLiteral("ESC-PAIN-WORSENING");
const QString kPlateau = QStringLiteral("ESC-PLATEAU");
const QString kNoLog = QStringLiteral("ESC-NO-LOG");

// ---- 4.1 Screening ------------------------------------------------------------------

struct ScreeningCase
{
    const char* rule;
    AlertLevel level;
    bool Screening::*answer;
};

class RulesScreening : public ::testing::TestWithParam<ScreeningCase>
{
protected:
    Episode yesEpisode() const
    {
        Episode e = episode();
        e.screening.*(GetParam().answer) = true;
        return e;
    }
    QString rule() const { return QString::fromLatin1(GetParam().rule); }
};

TEST_P(RulesScreening, YesFiresAtItsLevelDatedOnProgramStart)
{
    const Evaluation ev = run(daysOf(1, 20), 20, {}, {}, yesEpisode());
    EXPECT_TRUE(firesOnce(ev, rule(), GetParam().level, day(1)));
}

TEST_P(RulesScreening, NoDoesNotFire)
{
    const Evaluation ev = run(daysOf(1, 20), 20);
    EXPECT_TRUE(silent(ev, rule()));
}

TEST_P(RulesScreening, NotListedWhenAsOfIsTheDayBeforeProgramStart)
{
    EXPECT_TRUE(silent(run({}, 0, {}, {}, yesEpisode()), rule()));
    EXPECT_TRUE(firesOnce(run({}, 1, {}, {}, yesEpisode()), rule(), GetParam().level, day(1)));
}

INSTANTIATE_TEST_SUITE_P(
    Rules, RulesScreening,
    ::testing::Values(
        ScreeningCase{"SCR-TRAUMA", AlertLevel::Urgent, &Screening::trauma},
        ScreeningCase{"SCR-CANCER", AlertLevel::Urgent, &Screening::cancer},
        ScreeningCase{"SCR-WEIGHT-FEVER", AlertLevel::Urgent, &Screening::weightFever},
        ScreeningCase{"SCR-IMMUNO", AlertLevel::SeeDoctor, &Screening::immuno},
        ScreeningCase{"SCR-DISC-LEG", AlertLevel::Clearance, &Screening::discLeg},
        ScreeningCase{"SCR-SURGERY-6W", AlertLevel::Clearance, &Screening::surgery6w},
        ScreeningCase{"SCR-OSTEOPOROSIS", AlertLevel::Clearance, &Screening::osteoporosis}),
    [](const ::testing::TestParamInfo<ScreeningCase>& info) { return paramName(info.param.rule); });

// ---- 4.2 Daily symptoms that fire on every day reported (emergency / urgent) ---------

struct SymptomCase
{
    const char* rule;
    AlertLevel level;
    SetSymptom set;
};

class RulesDailyEveryDay : public ::testing::TestWithParam<SymptomCase>
{
protected:
    QString rule() const { return QString::fromLatin1(GetParam().rule); }
};

TEST_P(RulesDailyEveryDay, FiresAtItsLevelOnTheDayReported)
{
    const Evaluation ev = run(withSymptom(daysOf(1, 6), {4}, GetParam().set), 6);
    EXPECT_TRUE(firesOnce(ev, rule(), GetParam().level, day(4)));
}

TEST_P(RulesDailyEveryDay, DoesNotFireWhenNotReported)
{
    EXPECT_TRUE(silent(run(daysOf(1, 6), 6), rule()));
}

TEST_P(RulesDailyEveryDay, FiresOnEveryDayReportedEvenAfterAcknowledgement)
{
    const QList<DailyEntry> entries = withSymptom(daysOf(1, 6), {2, 3, 5}, GetParam().set);
    const Evaluation ev = run(entries, 6, {}, {acknowledged(rule(), 2, 2)});
    EXPECT_EQ(datesOf(ev, rule()), isoDays({2, 3, 5}));
    ASSERT_FALSE(alertsOf(ev, rule()).isEmpty());
    EXPECT_EQ(iso(alertsOf(ev, rule()).first().acknowledged), iso(day(2)));
}

TEST_P(RulesDailyEveryDay, ReportAfterAsOfIsIgnored)
{
    const QList<DailyEntry> entries = withSymptom(daysOf(1, 6), {6}, GetParam().set);
    EXPECT_TRUE(silent(run(entries, 5), rule()));
    EXPECT_TRUE(firesOnce(run(entries, 6), rule(), GetParam().level, day(6)));
}

TEST_P(RulesDailyEveryDay, BackfilledEntryBeforeProgramStartIsChecked)
{
    const QList<DailyEntry> entries = withSymptom(daysOf(-3, 2), {-2}, GetParam().set);
    EXPECT_TRUE(firesOnce(run(entries, 2), rule(), GetParam().level, day(-2)));
}

INSTANTIATE_TEST_SUITE_P(
    Rules, RulesDailyEveryDay,
    ::testing::Values(
        SymptomCase{"RF-SADDLE", AlertLevel::Emergency, [](Symptoms& s) { s.saddle = true; }},
        SymptomCase{"RF-BLADDER", AlertLevel::Emergency, [](Symptoms& s) { s.bladder = true; }},
        SymptomCase{"RF-BOWEL", AlertLevel::Emergency, [](Symptoms& s) { s.bowel = true; }},
        SymptomCase{"RF-BOTH-LEGS", AlertLevel::Emergency, [](Symptoms& s) { s.bothLegs = true; }},
        SymptomCase{"RF-SEXUAL", AlertLevel::Emergency, [](Symptoms& s) { s.sexual = true; }},
        SymptomCase{"RF-LEG-PAIN-BOTH", AlertLevel::Emergency,
                    [](Symptoms& s) { s.legPain = LegPain::Both; }},
        SymptomCase{"RF-LEG-WEAKNESS-PROGRESSIVE", AlertLevel::Emergency, &weaknessWorse},
        SymptomCase{"RF-FALL", AlertLevel::Urgent, [](Symptoms& s) { s.fall = true; }},
        SymptomCase{"RF-FEVER", AlertLevel::Urgent, [](Symptoms& s) { s.fever = true; }},
        SymptomCase{"RF-WEIGHT-LOSS", AlertLevel::Urgent,
                    [](Symptoms& s) { s.weightLoss = true; }}),
    [](const ::testing::TestParamInfo<SymptomCase>& info) { return paramName(info.param.rule); });

// ---- 4.2 Daily symptoms raised until acknowledged ------------------------------------

class RulesDailyUntilAcknowledged : public ::testing::TestWithParam<SymptomCase>
{
protected:
    QString rule() const { return QString::fromLatin1(GetParam().rule); }
    QList<DailyEntry> reportedOn(std::initializer_list<int> days, int last = 8) const
    {
        return withSymptom(daysOf(1, last), days, GetParam().set);
    }
};

TEST_P(RulesDailyUntilAcknowledged, FiresAtItsLevelOnTheFirstReport)
{
    EXPECT_TRUE(firesOnce(run(reportedOn({3}), 8), rule(), GetParam().level, day(3)));
}

TEST_P(RulesDailyUntilAcknowledged, DoesNotFireWhenNotReported)
{
    EXPECT_TRUE(silent(run(daysOf(1, 8), 8), rule()));
}

TEST_P(RulesDailyUntilAcknowledged, DoesNotFireAgainWhileUnacknowledged)
{
    const Evaluation ev = run(reportedOn({1, 2, 3, 4, 5}), 8);
    EXPECT_TRUE(firesOnce(ev, rule(), GetParam().level, day(1)));
    EXPECT_FALSE(alertsOf(ev, rule()).first().isAcknowledged());
}

TEST_P(RulesDailyUntilAcknowledged, TheSameSymptomGoingOnDoesNotFireAgainAfterAcknowledgement)
{
    // Acknowledged on day 3; reported every day: no new onset, so no new alert.
    const Evaluation ev = run(reportedOn({1, 2, 3, 4, 5}), 8, {}, {acknowledged(rule(), 1, 3)});
    EXPECT_EQ(datesOf(ev, rule()), isoDays({1}));
    EXPECT_EQ(iso(alertsOf(ev, rule()).first().acknowledged), iso(day(3)));
}

TEST_P(RulesDailyUntilAcknowledged, FiresAgainOnANewOnsetStrictlyAfterAcknowledgement)
{
    // Not reported on day 4: day 5 is a new onset.
    const Evaluation ev = run(reportedOn({1, 2, 3, 5, 6}), 8, {}, {acknowledged(rule(), 1, 3)});
    EXPECT_EQ(datesOf(ev, rule()), isoDays({1, 5}));
    EXPECT_FALSE(alertsOf(ev, rule()).last().isAcknowledged());
}

TEST_P(RulesDailyUntilAcknowledged, ANewOnsetOnTheAcknowledgementDayIsCovered)
{
    // Acknowledged on day 3, the day of a new onset: covered; day 4 goes on from day 3.
    const Evaluation ev = run(reportedOn({1, 3, 4}), 8, {}, {acknowledged(rule(), 1, 3)});
    EXPECT_EQ(datesOf(ev, rule()), isoDays({1}));
}

TEST_P(RulesDailyUntilAcknowledged, AnAcknowledgementRecordedLessUrgentDoesNotCount)
{
    Alert ack = acknowledged(rule(), 1, 2);
    ack.level = AlertLevel::Info;
    const Evaluation ev = run(reportedOn({1, 5}), 8, {}, {ack});
    EXPECT_TRUE(firesOnce(ev, rule(), GetParam().level, day(1)));
    EXPECT_FALSE(alertsOf(ev, rule()).first().isAcknowledged());
}

TEST_P(RulesDailyUntilAcknowledged, FiresAgainOnlyWhenTheSymptomIsReportedAgain)
{
    const Evaluation ev = run(reportedOn({1, 6}), 8, {}, {acknowledged(rule(), 1, 2)});
    EXPECT_EQ(datesOf(ev, rule()), isoDays({1, 6}));
}

TEST_P(RulesDailyUntilAcknowledged, AcknowledgementAfterAsOfDoesNotCount)
{
    const Evaluation ev = run(reportedOn({1, 2, 3, 4, 5}), 5, {}, {acknowledged(rule(), 1, 6)});
    EXPECT_TRUE(firesOnce(ev, rule(), GetParam().level, day(1)));
    EXPECT_FALSE(alertsOf(ev, rule()).first().isAcknowledged());
}

TEST_P(RulesDailyUntilAcknowledged, AcknowledgementOfAnotherDateDoesNotCount)
{
    // Matched by rule id and date: an acknowledgement of a day-2 alert is not the day-1 one.
    const Evaluation ev = run(reportedOn({1, 2, 3, 4, 5}), 8, {}, {acknowledged(rule(), 2, 2)});
    EXPECT_TRUE(firesOnce(ev, rule(), GetParam().level, day(1)));
}

INSTANTIATE_TEST_SUITE_P(
    Rules, RulesDailyUntilAcknowledged,
    ::testing::Values(SymptomCase{"RF-LEG-NUMBNESS", AlertLevel::StopMassage,
                                  [](Symptoms& s) { s.legNumbness = true; }},
                      SymptomCase{"RF-LEG-WEAKNESS", AlertLevel::Urgent, &weaknessPresent},
                      SymptomCase{"RF-LEG-PAIN", AlertLevel::StopMassage,
                                  [](Symptoms& s) { s.legPain = LegPain::One; }},
                      SymptomCase{"RF-NIGHT-PAIN", AlertLevel::SeeDoctor, &nightPain}),
    [](const ::testing::TestParamInfo<SymptomCase>& info) { return paramName(info.param.rule); });

// ---- RF-LEG-WEAKNESS / RF-LEG-WEAKNESS-PROGRESSIVE ------------------------------------

TEST(RulesLegWeakness, WorseAsTheFirstReportIsAnEmergencyAndAFirstReport)
{
    // Version 2: "worse" fires the emergency on any day, whatever came before.
    const Evaluation ev = run(withSymptom(daysOf(1, 8), {5}, &weaknessWorse), 8);
    EXPECT_TRUE(firesOnce(ev, kProgressive, AlertLevel::Emergency, day(5)));
    EXPECT_TRUE(firesOnce(ev, kWeakness, AlertLevel::Urgent, day(5)));
}

TEST(RulesLegWeakness, WorseAWeekAfterTheLastReportIsAnEmergency)
{
    QList<DailyEntry> entries = withSymptom(daysOf(1, 9), {1}, &weaknessPresent);
    entries = withSymptom(entries, {8}, &weaknessWorse);
    EXPECT_TRUE(firesOnce(run(entries, 9), kProgressive, AlertLevel::Emergency, day(8)));
}

TEST(RulesLegWeakness, PresentIsNotWorse)
{
    const Evaluation ev = run(withSymptom(daysOf(1, 8), {3, 4}, &weaknessPresent), 8);
    EXPECT_TRUE(silent(ev, kProgressive));
    EXPECT_TRUE(firesOnce(ev, kWeakness, AlertLevel::Urgent, day(3)));
}

TEST(RulesLegWeakness, ProgressiveFiresOnEveryDayWorseIsReported)
{
    const Evaluation ev = run(withSymptom(daysOf(1, 8), {3, 4, 6}, &weaknessWorse), 8);
    EXPECT_EQ(datesOf(ev, kProgressive), isoDays({3, 4, 6}));
}

TEST(RulesLegWeakness, ProgressiveWorseReportAfterAsOfIsIgnored)
{
    QList<DailyEntry> entries = withSymptom(daysOf(1, 9), {5}, &weaknessPresent);
    entries = withSymptom(entries, {8}, &weaknessWorse);
    EXPECT_TRUE(silent(run(entries, 7), kProgressive));
    EXPECT_TRUE(firesOnce(run(entries, 8), kProgressive, AlertLevel::Emergency, day(8)));
}

// ---- RF-NIGHT-PAIN-RECURRENT ---------------------------------------------------------

TEST(RulesNightPainRecurrent, ThreeNightsInSevenDaysFireUrgentOnTheThird)
{
    const Evaluation ev = run(withSymptom(daysOf(1, 8), {1, 4, 7}, &nightPain), 8);
    EXPECT_TRUE(firesOnce(ev, kNightRecurrent, AlertLevel::Urgent, day(7)));
}

TEST(RulesNightPainRecurrent, TwoNightsInSevenDaysDoNotFire)
{
    const Evaluation ev = run(withSymptom(daysOf(1, 8), {1, 7}, &nightPain), 8);
    EXPECT_TRUE(silent(ev, kNightRecurrent));
}

TEST(RulesNightPainRecurrent, NightSevenDaysBeforeIsOutsideTheWindow)
{
    // Window of day 8 is days 2..8: day 1 does not count.
    const Evaluation ev = run(withSymptom(daysOf(1, 9), {1, 4, 8}, &nightPain), 9);
    EXPECT_TRUE(silent(ev, kNightRecurrent));
}

TEST(RulesNightPainRecurrent, NightSixDaysBeforeIsInsideTheWindow)
{
    const Evaluation ev = run(withSymptom(daysOf(1, 9), {2, 4, 8}, &nightPain), 9);
    EXPECT_TRUE(firesOnce(ev, kNightRecurrent, AlertLevel::Urgent, day(8)));
}

TEST(RulesNightPainRecurrent, NeedsNightPainOnTheDayItself)
{
    const Evaluation ev = run(withSymptom(daysOf(1, 6), {1, 2, 3}, &nightPain), 6);
    EXPECT_EQ(datesOf(ev, kNightRecurrent), isoDays({3}));
}

TEST(RulesNightPainRecurrent, FiresOnEveryDayWhileRecurring)
{
    const Evaluation ev = run(withSymptom(daysOf(1, 6), {1, 2, 3, 4, 5}, &nightPain), 6);
    EXPECT_EQ(datesOf(ev, kNightRecurrent), isoDays({3, 4, 5}));
    EXPECT_EQ(datesOf(ev, kNightPain), isoDays({1})); // still raised, not again
}

TEST(RulesNightPainRecurrent, NightsAfterAsOfDoNotCount)
{
    const QList<DailyEntry> entries = withSymptom(daysOf(1, 6), {1, 2, 3}, &nightPain);
    EXPECT_TRUE(silent(run(entries, 2), kNightRecurrent));
}

// ---- MS-SHOOTING-PAIN / MS-NUMBNESS ---------------------------------------------------

TEST(RulesSessionReport, ShootingPainFiresStopMassageOnSessionDate)
{
    Session s = session(4);
    s.shootingPain = true;
    EXPECT_TRUE(firesOnce(run(daysOf(1, 8), 8, {s}), kShooting, AlertLevel::StopMassage, day(4)));
}

TEST(RulesSessionReport, ShootingPainDoesNotFireWithoutTheReport)
{
    EXPECT_TRUE(silent(run(daysOf(1, 8), 8, {session(4)}), kShooting));
}

TEST(RulesSessionReport, NumbnessFiresStopMassageOnSessionDate)
{
    Session s = session(4);
    s.numbness = true;
    EXPECT_TRUE(firesOnce(run(daysOf(1, 8), 8, {s}), kMsNumbness, AlertLevel::StopMassage, day(4)));
}

TEST(RulesSessionReport, NumbnessDoesNotFireWithoutTheReport)
{
    Session s = session(4);
    s.shootingPain = true; // a different report
    EXPECT_TRUE(silent(run(daysOf(1, 8), 8, {s}), kMsNumbness));
}

TEST(RulesSessionReport, FiresOncePerSessionEvenWhenUnacknowledged)
{
    Session a = session(2), b = session(5);
    a.shootingPain = b.shootingPain = true;
    const Evaluation ev = run(daysOf(1, 8), 8, {a, b});
    EXPECT_EQ(datesOf(ev, kShooting), isoDays({2, 5}));
}

TEST(RulesSessionReport, TwoSessionsOnOneDayGiveOneAlert)
{
    Session a = session(3), b = session(3, 50);
    a.numbness = b.numbness = true;
    EXPECT_TRUE(
        firesOnce(run(daysOf(1, 8), 8, {a, b}), kMsNumbness, AlertLevel::StopMassage, day(3)));
}

TEST(RulesSessionReport, SessionOnAsOfCountsAndAfterAsOfIsIgnored)
{
    Session s = session(6);
    s.shootingPain = true;
    EXPECT_TRUE(silent(run(daysOf(1, 8), 5, {s}), kShooting));
    EXPECT_TRUE(firesOnce(run(daysOf(1, 8), 6, {s}), kShooting, AlertLevel::StopMassage, day(6)));
}

// ---- MS-STIFFNESS-48H -----------------------------------------------------------------

TEST(RulesStiffness48h, SevereTwoDaysAfterSessionFiresStopMassageOnThatEntry)
{
    const Evaluation ev = run({afterSession(5, Stiffness::Severe)}, 8, {session(3)});
    EXPECT_TRUE(firesOnce(ev, kStiffness, AlertLevel::StopMassage, day(5)));
}

TEST(RulesStiffness48h, SevereOneDayAfterSessionDoesNotFire)
{
    const Evaluation ev = run({afterSession(4, Stiffness::Severe)}, 8, {session(3)});
    EXPECT_TRUE(silent(ev, kStiffness));
}

TEST(RulesStiffness48h, MildStiffnessDoesNotFire)
{
    const Evaluation ev =
        run({afterSession(5, Stiffness::Mild), afterSession(6, Stiffness::Mild)}, 8, {session(3)});
    EXPECT_TRUE(silent(ev, kStiffness));
}

TEST(RulesStiffness48h, FiresOncePerSessionOnTheFirstReportingEntry)
{
    const Evaluation ev =
        run({afterSession(4, Stiffness::Severe), afterSession(5, Stiffness::Severe),
             afterSession(6, Stiffness::Severe), afterSession(7, Stiffness::Severe)},
            8, {session(3)});
    EXPECT_TRUE(firesOnce(ev, kStiffness, AlertLevel::StopMassage, day(5)));
}

TEST(RulesStiffness48h, EntryAfterANewerSessionBelongsToTheNewerSession)
{
    // Day 5 is 4 days after the day-1 session but only 1 day after the day-4 one.
    const Evaluation ev = run({afterSession(5, Stiffness::Severe)}, 8, {session(1), session(4)});
    EXPECT_TRUE(silent(ev, kStiffness));
}

TEST(RulesStiffness48h, NewerSessionFiresTwoDaysAfterIt)
{
    const Evaluation ev = run({afterSession(6, Stiffness::Severe)}, 8, {session(1), session(4)});
    EXPECT_TRUE(firesOnce(ev, kStiffness, AlertLevel::StopMassage, day(6)));
}

TEST(RulesStiffness48h, EntryOnTheDayOfANewerSessionBelongsToTheOlderSession)
{
    // The session of an entry is the most recent one dated strictly before it.
    const Evaluation ev = run({afterSession(4, Stiffness::Severe)}, 8, {session(1), session(4)});
    EXPECT_TRUE(firesOnce(ev, kStiffness, AlertLevel::StopMassage, day(4)));
}

TEST(RulesStiffness48h, NoUpperLimitWhileNoNewerSession)
{
    const Evaluation ev = run({afterSession(20, Stiffness::Severe)}, 25, {session(1)});
    EXPECT_TRUE(firesOnce(ev, kStiffness, AlertLevel::StopMassage, day(20)));
}

TEST(RulesStiffness48h, TwoSessionsOnOneDayGiveOneAlert)
{
    const Evaluation ev =
        run({afterSession(5, Stiffness::Severe)}, 8, {session(3), session(3, 60)});
    EXPECT_TRUE(firesOnce(ev, kStiffness, AlertLevel::StopMassage, day(5)));
}

// ---- MS-REACTION-72H ------------------------------------------------------------------

TEST(RulesReaction72h, ReactionThreeDaysAfterSessionFiresSeeDoctorOnThatEntry)
{
    const Evaluation ev = run({afterSession(6, Stiffness::None, true)}, 8, {session(3)});
    EXPECT_TRUE(firesOnce(ev, kReaction, AlertLevel::SeeDoctor, day(6)));
}

TEST(RulesReaction72h, ReactionTwoDaysAfterSessionDoesNotFire)
{
    const Evaluation ev = run({afterSession(5, Stiffness::None, true)}, 8, {session(3)});
    EXPECT_TRUE(silent(ev, kReaction));
}

TEST(RulesReaction72h, NoReactionDoesNotFire)
{
    const Evaluation ev = run({afterSession(6, Stiffness::Mild, false)}, 8, {session(3)});
    EXPECT_TRUE(silent(ev, kReaction));
}

TEST(RulesReaction72h, EntryAfterANewerSessionBelongsToTheNewerSession)
{
    // Day 5 is 4 days after the day-1 session but 2 days after the day-3 one.
    const Evaluation ev =
        run({afterSession(5, Stiffness::None, true)}, 8, {session(1), session(3)});
    EXPECT_TRUE(silent(ev, kReaction));
}

TEST(RulesReaction72h, FiresOncePerSession)
{
    const Evaluation ev =
        run({afterSession(4, Stiffness::None, true), afterSession(5, Stiffness::None, true),
             afterSession(6, Stiffness::None, true), afterSession(13, Stiffness::None, true)},
            15, {session(1), session(10)});
    EXPECT_EQ(datesOf(ev, kReaction), isoDays({4, 13}));
}

// ---- MS-FLARE -------------------------------------------------------------------------

TEST(RulesFlare, TwoPointsHigherTheDayAfterFiresInfoDatedTheDayAfter)
{
    const Evaluation ev = run(painSeries(3, {4, 3, 4, 5, 5}), 8, {session(5)});
    EXPECT_TRUE(firesOnce(ev, kFlare, AlertLevel::Info, day(6)));
}

TEST(RulesFlare, OnePointHigherDoesNotFire)
{
    const Evaluation ev = run(painSeries(3, {4, 3, 4, 4, 4}), 8, {session(5)});
    EXPECT_TRUE(silent(ev, kFlare));
}

TEST(RulesFlare, ComparesWithTheDayBeforeTheSessionNotTheSessionDay)
{
    // S-1 = 3, S = 6, S+1 = 5: 2 above the day before, though lower than the session day.
    const Evaluation ev = run(painSeries(4, {3, 6, 5}), 8, {session(5)});
    EXPECT_TRUE(firesOnce(ev, kFlare, AlertLevel::Info, day(6)));
}

TEST(RulesFlare, MissingDayBeforeDoesNotFire)
{
    const Evaluation ev = run({entry(3, 1), entry(5, 3), entry(6, 8)}, 8, {session(5)});
    EXPECT_TRUE(silent(ev, kFlare));
}

TEST(RulesFlare, MissingDayAfterDoesNotFire)
{
    const Evaluation ev = run({entry(4, 3), entry(5, 5), entry(7, 9)}, 8, {session(5)});
    EXPECT_TRUE(silent(ev, kFlare));
}

TEST(RulesFlare, DayAfterBeyondAsOfDoesNotFire)
{
    const QList<DailyEntry> entries = painSeries(4, {3, 3, 6});
    EXPECT_TRUE(silent(run(entries, 5, {session(5)}), kFlare));
    EXPECT_TRUE(firesOnce(run(entries, 6, {session(5)}), kFlare, AlertLevel::Info, day(6)));
}

// ---- MS-SURGERY-HOLD ------------------------------------------------------------------

Episode surgeryEpisode(const QDate& surgery)
{
    Episode e = episode();
    e.screening.surgery6w = true;
    e.screening.surgeryDate = surgery;
    return e;
}

TEST(RulesSurgeryHold, SessionOnSurgeryPlus41FiresClearanceOnSessionDate)
{
    const QDate surgery = day(-9); // surgery + 41 = day 32
    const Evaluation ev = run({}, 40, {session(32)}, {}, surgeryEpisode(surgery));
    ASSERT_EQ(iso(day(32)), iso(surgery.addDays(41)));
    EXPECT_TRUE(firesOnce(ev, kHold, AlertLevel::Clearance, day(32)));
}

TEST(RulesSurgeryHold, SessionOnSurgeryPlus42DoesNotFire)
{
    const QDate surgery = day(-9);
    const Evaluation ev = run({}, 40, {session(33)}, {}, surgeryEpisode(surgery));
    ASSERT_EQ(iso(day(33)), iso(surgery.addDays(42)));
    EXPECT_TRUE(silent(ev, kHold));
}

TEST(RulesSurgeryHold, MissingSurgeryDateHoldsUntilProgramStartPlus42)
{
    const Evaluation fires = run({}, 50, {session(42)}, {}, surgeryEpisode(QDate())); // start + 41
    EXPECT_TRUE(firesOnce(fires, kHold, AlertLevel::Clearance, day(42)));
    const Evaluation clear = run({}, 50, {session(43)}, {}, surgeryEpisode(QDate())); // start + 42
    EXPECT_TRUE(silent(clear, kHold));
}

TEST(RulesSurgeryHold, NoSurgeryAnswerDoesNotFire)
{
    Episode e = episode();
    e.screening.surgeryDate = day(-5); // a date without "yes" does not hold massage
    EXPECT_TRUE(silent(run({}, 10, {session(2)}, {}, e), kHold));
}

TEST(RulesSurgeryHold, FiresOncePerSessionDuringTheHold)
{
    const Evaluation ev =
        run({}, 20, {session(2), session(9), session(9, 30)}, {}, surgeryEpisode(day(-9)));
    EXPECT_EQ(datesOf(ev, kHold), isoDays({2, 9}));
}

// ---- MS-SHORT -------------------------------------------------------------------------

TEST(RulesShortSession, TwentyNineMinutesFiresInfoOnSessionDate)
{
    EXPECT_TRUE(firesOnce(run({}, 8, {session(4, 29)}), kShort, AlertLevel::Info, day(4)));
}

TEST(RulesShortSession, ThirtyMinutesDoesNotFire)
{
    EXPECT_TRUE(silent(run({}, 8, {session(4, 30)}), kShort));
}

TEST(RulesShortSession, FiresOncePerShortSession)
{
    const Evaluation ev = run({}, 8, {session(2, 20), session(4, 45), session(6, 10)});
    EXPECT_EQ(datesOf(ev, kShort), isoDays({2, 6}));
}

TEST(RulesShortSession, TwoShortSessionsOnOneDayGiveOneAlert)
{
    EXPECT_TRUE(
        firesOnce(run({}, 8, {session(4, 20), session(4, 15)}), kShort, AlertLevel::Info, day(4)));
}

TEST(RulesShortSession, SessionAfterAsOfIsIgnored)
{
    EXPECT_TRUE(silent(run({}, 8, {session(9, 20)}), kShort));
}

// ---- ESC-NO-IMPROVEMENT-8W / ESC-PERSISTS-8W -------------------------------------------

TEST(RulesEightWeeks, NoImprovementFiresSeeDoctorOnDay56WithSixConsistentWeeks)
{
    const Evaluation ev = run(careDays(1, 60, 6), 60, plannedSessions(6));
    ASSERT_EQ(consistentWeeks(ev), 6);
    EXPECT_TRUE(firesOnce(ev, kNoImprovement, AlertLevel::SeeDoctor, day(56)));
    EXPECT_TRUE(silent(ev, kPersists));
}

TEST(RulesEightWeeks, NoImprovementDoesNotFireOnDay55)
{
    const Evaluation ev = run(careDays(1, 60, 6), 55, plannedSessions(6));
    EXPECT_TRUE(silent(ev, kNoImprovement));
    EXPECT_TRUE(silent(ev, kPersists));
}

TEST(RulesEightWeeks, FiveConsistentWeeksFirePersistsNotNoImprovement)
{
    const Evaluation ev = run(careDays(1, 60, 6), 60, plannedSessions(5));
    ASSERT_EQ(consistentWeeks(ev), 5);
    EXPECT_TRUE(firesOnce(ev, kPersists, AlertLevel::SeeDoctor, day(56)));
    EXPECT_TRUE(silent(ev, kNoImprovement));
}

TEST(RulesEightWeeks, PersistsDoesNotFireOnDay55)
{
    const Evaluation ev = run(careDays(1, 60, 6), 55, plannedSessions(5));
    EXPECT_TRUE(silent(ev, kPersists));
}

TEST(RulesEightWeeks, ImprovedPainFiresNeither)
{
    QList<DailyEntry> entries = careDays(1, 3, 6) + careDays(4, 60, 3); // baseline 6, mean 3
    for (int weeks : {5, 6}) {
        const Evaluation ev = run(entries, 60, plannedSessions(weeks));
        EXPECT_TRUE(silent(ev, kNoImprovement)) << weeks;
        EXPECT_TRUE(silent(ev, kPersists)) << weeks;
    }
}

TEST(RulesEightWeeks, WorseningPainCountsAsNotImproved)
{
    const Evaluation ev = run(careDays(1, 3, 5) + careDays(4, 60, 8), 60, plannedSessions(5));
    EXPECT_TRUE(firesOnce(ev, kPersists, AlertLevel::SeeDoctor, day(56)));
}

TEST(RulesEightWeeks, ExactlyThirtyPercentBelowBaselineIsImprovedSoNoImprovementIsSilent)
{
    // Baseline 5; 7-day mean at day 56 = (3+4+3+4+3+4)/6 = 3.5, exactly 30 % below.
    QList<DailyEntry> entries = careDays(1, 49, 5);
    int d = 51;
    for (int p : {3, 4, 3, 4, 3, 4})
        entries << careEntry(d++, p);
    const Evaluation ev = run(entries, 56, plannedSessions(6));
    ASSERT_EQ(consistentWeeks(ev), 6);
    EXPECT_TRUE(silent(ev, kNoImprovement));
}

TEST(RulesEightWeeks, JustShortOfThirtyPercentFiresNoImprovement)
{
    // 7-day mean (3+4+4+4+3+4)/6 = 3.67 against baseline 5.
    QList<DailyEntry> entries = careDays(1, 49, 5);
    int d = 51;
    for (int p : {3, 4, 4, 4, 3, 4})
        entries << careEntry(d++, p);
    const Evaluation ev = run(entries, 56, plannedSessions(6));
    EXPECT_TRUE(firesOnce(ev, kNoImprovement, AlertLevel::SeeDoctor, day(56)));
}

TEST(RulesEightWeeks, UnknownResponseNeverFires)
{
    // Entries stop on day 40: from day 56 on no recent mean (7 or 14 days) is defined.
    const Evaluation ev = run(careDays(1, 40, 6), 70, plannedSessions(8));
    EXPECT_TRUE(silent(ev, kNoImprovement));
    EXPECT_TRUE(silent(ev, kPersists));
}

TEST(RulesEightWeeks, AcknowledgedItDoesNotFireAgainWhileTheConditionGoesOn)
{
    const QList<DailyEntry> entries = careDays(1, 65, 6);
    EXPECT_EQ(datesOf(run(entries, 65, plannedSessions(6)), kNoImprovement), isoDays({56}));
    const Evaluation ev =
        run(entries, 65, plannedSessions(6), {acknowledged(kNoImprovement, 56, 60)});
    EXPECT_EQ(datesOf(ev, kNoImprovement), isoDays({56}));
}

TEST(RulesEightWeeks, AcceptablePainIsNeverEscalated)
{
    // Baseline 2 (days 1..3), pain 2 throughout: not improved, but acceptable.
    const QList<DailyEntry> entries = careDays(1, 65, 2);
    for (int weeks : {8, 2}) {
        const Evaluation ev = run(entries, 65, plannedSessions(weeks));
        EXPECT_TRUE(silent(ev, kNoImprovement)) << weeks;
        EXPECT_TRUE(silent(ev, kPersists)) << weeks;
    }
    // Pain 3 is not acceptable: the same course fires.
    EXPECT_TRUE(firesOnce(run(careDays(1, 65, 3), 65, plannedSessions(8)), kNoImprovement,
                          AlertLevel::SeeDoctor, day(56)));
}

TEST(RulesEightWeeks, PainFreePatientIsNotSentToASpecialist)
{
    Episode e = episode();
    e.baselinePain = 0;
    const Evaluation ev = run(careDays(1, 65, 0), 65, plannedSessions(8), {}, e);
    EXPECT_TRUE(silent(ev, kNoImprovement));
    EXPECT_TRUE(silent(ev, kPersists));
}

// ---- ESC-FUNCTION-DIVERGES --------------------------------------------------------------

TEST(RulesFunctionDiverges, DropOfExactly2Point0FiresSeeDoctor)
{
    // Means of 4 values: day 7 (days 4..7) function 5.3, day 21 (days 18..21) 3.3, pain 5.
    const Evaluation ev = run(scoreDays(4, 7, 5, 5.3) + scoreDays(18, 21, 5, 3.3), 21);
    EXPECT_TRUE(firesOnce(ev, kDiverges, AlertLevel::SeeDoctor, day(21)));
}

TEST(RulesFunctionDiverges, DropOfExactly2Point0FromAFloatingPointUnfriendlyPairFires)
{
    // 5.1 - 3.1 is 1.9999999999999996 in doubles: the 1e-6 tolerance makes it reach 2.
    const Evaluation ev = run(scoreDays(4, 7, 5, 5.1) + scoreDays(18, 21, 5, 3.1), 21);
    EXPECT_TRUE(firesOnce(ev, kDiverges, AlertLevel::SeeDoctor, day(21)));
}

TEST(RulesFunctionDiverges, DropOf1Point9DoesNotFire)
{
    const Evaluation ev = run(scoreDays(4, 7, 5, 5.3) + scoreDays(18, 21, 5, 3.4), 21);
    EXPECT_TRUE(silent(ev, kDiverges));
}

TEST(RulesFunctionDiverges, RisingPainDoesNotFire)
{
    const Evaluation ev = run(scoreDays(4, 7, 5, 6.0) + scoreDays(18, 21, 6, 3.0), 21);
    EXPECT_TRUE(silent(ev, kDiverges));
}

TEST(RulesFunctionDiverges, LowerPainStillFires)
{
    const Evaluation ev = run(scoreDays(4, 7, 6, 6.0) + scoreDays(18, 21, 4, 3.0), 21);
    EXPECT_TRUE(firesOnce(ev, kDiverges, AlertLevel::SeeDoctor, day(21)));
}

TEST(RulesFunctionDiverges, UndefinedEarlierMeanDoesNotFire)
{
    // Only 3 values in days 1..7: no 7-day mean at D-14.
    const Evaluation ev = run(scoreDays(5, 7, 5, 6.0) + scoreDays(18, 21, 5, 3.0), 21);
    EXPECT_TRUE(silent(ev, kDiverges));
}

TEST(RulesFunctionDiverges, MissingFunctionScoresDoNotCountAsZero)
{
    // Pain logged without function on days 18..21: no function mean, nothing fires.
    const Evaluation ev = run(scoreDays(4, 7, 5, 6.0) + daysOf(18, 21, 5), 21);
    EXPECT_TRUE(silent(ev, kDiverges));
}

// ---- ESC-PAIN-WORSENING ------------------------------------------------------------------

TEST(RulesPainWorsening, FiresSeeDoctorWhenMeanReachesExactlyBaselinePlus2)
{
    // Baseline 5 (days 1..3); pain 7 from day 4: the 7-day mean first reaches 7 on day 10.
    const Evaluation ev = run(daysOf(1, 3, 5) + daysOf(4, 12, 7), 12);
    EXPECT_TRUE(firesOnce(ev, kWorsening, AlertLevel::SeeDoctor, day(10)));
}

TEST(RulesPainWorsening, MeanJustBelowBaselinePlus2DoesNotFire)
{
    // Day 10 pain 6: mean 48/7 = 6.86 < 7.
    const Evaluation ev = run(daysOf(1, 3, 5) + daysOf(4, 9, 7) + daysOf(10, 10, 6), 10);
    EXPECT_TRUE(silent(ev, kWorsening));
    EXPECT_EQ(ev.response, Response::NoChange);
}

TEST(RulesPainWorsening, StaysRaisedUntilAcknowledgedThenFiresTheNextDay)
{
    // Baseline 5, pain 8 from day 4: the mean first reaches 7 on day 8 (50 / 7).
    const QList<DailyEntry> entries = daysOf(1, 3, 5) + daysOf(4, 20, 8);
    EXPECT_EQ(datesOf(run(entries, 20), kWorsening), isoDays({8}));
    const Evaluation acked = run(entries, 20, {}, {acknowledged(kWorsening, 8, 10)});
    EXPECT_EQ(datesOf(acked, kWorsening), isoDays({8}));
}

TEST(RulesPainWorsening, FiresAgainOnANewOnsetAfterAcknowledgement)
{
    // Worsening holds on days 8..16, not on 17..34 (pain back to 5); again from day 35,
    // when it did not hold on any of days 28..34: a new onset.
    const QList<DailyEntry> entries =
        daysOf(1, 3, 5) + daysOf(4, 14, 8) + daysOf(15, 30, 5) + daysOf(31, 40, 8);
    const Evaluation acked = run(entries, 40, {}, {acknowledged(kWorsening, 8, 10)});
    EXPECT_EQ(datesOf(acked, kWorsening), isoDays({8, 35}));
}

TEST(RulesPainWorsening, UsesTheOnboardingBaselineUntilThreeEntries)
{
    // Onboarding baseline 3. Backfilled days -2..0 and day 1 at pain 6: the mean of 4 values
    // at day 1 is 6 = 3 + 3, while only one entry of days 1..7 exists.
    Episode e = episode();
    e.baselinePain = 3;
    const Evaluation ev = run(daysOf(-2, 1, 6), 1, {}, {}, e);
    EXPECT_TRUE(firesOnce(ev, kWorsening, AlertLevel::SeeDoctor, day(1)));
}

TEST(RulesPainWorsening, PainAtBaselineDoesNotFire)
{
    EXPECT_TRUE(silent(run(daysOf(1, 30, 6), 30), kWorsening));
}

// ---- ESC-PLATEAU -------------------------------------------------------------------------

TEST(RulesPlateau, FiresInfoOnDay21NotBefore)
{
    const Evaluation ev = run(daysOf(1, 25, 6), 25);
    EXPECT_TRUE(firesOnce(ev, kPlateau, AlertLevel::Info, day(21)));
}

TEST(RulesPlateau, DoesNotFireOnDay20)
{
    EXPECT_TRUE(silent(run(daysOf(1, 25, 6), 20), kPlateau));
}

TEST(RulesPlateau, DifferenceOfExactlyHalfAPointDoesNotFire)
{
    // Day 7 (days 4..7): 6,6,6,6 = 6; day 21 (days 18..21): 6,6,5,5 = 5.5. Baseline 6.
    const Evaluation ev = run(painSeries(4, {6, 6, 6, 6}) + painSeries(18, {6, 6, 5, 5}), 21);
    EXPECT_TRUE(silent(ev, kPlateau));
}

TEST(RulesPlateau, DifferenceJustBelowHalfAPointFires)
{
    // Day 7 (days 1..6): 38/6 = 6.33; day 21 (days 15..21): 41/7 = 5.86; difference 0.476
    // (the closest to 0.5 below it that integer pains allow). Baseline 6: not improved.
    const Evaluation ev =
        run(painSeries(1, {6, 6, 6, 7, 7, 6}) + painSeries(15, {6, 6, 6, 6, 6, 6, 5}), 21);
    EXPECT_TRUE(firesOnce(ev, kPlateau, AlertLevel::Info, day(21)));
}

TEST(RulesPlateau, DifferenceOfAQuarterPointFires)
{
    const Evaluation ev = run(painSeries(4, {6, 6, 6, 6}) + painSeries(18, {6, 6, 6, 5}), 21);
    EXPECT_TRUE(firesOnce(ev, kPlateau, AlertLevel::Info, day(21)));
}

TEST(RulesPlateau, SignificantlyImprovedPainDoesNotFire)
{
    // Baseline 6, pain 3 from day 4: flat at 3 from day 23 on, but improved.
    EXPECT_TRUE(silent(run(daysOf(1, 3, 6) + daysOf(4, 40, 3), 40), kPlateau));
}

TEST(RulesPlateau, FiresOnTheLastDayOfPhase2)
{
    // The only date up to day 56 with both 7-day means defined: day 56 (D-14 = day 42).
    const Evaluation ev = run(daysOf(39, 45, 6) + daysOf(50, 56, 6), 56);
    EXPECT_TRUE(firesOnce(ev, kPlateau, AlertLevel::Info, day(56)));
}

TEST(RulesPlateau, DoesNotFireInPhase3)
{
    // Same shape two days later: the first date with both means is day 58 (phase 3).
    const Evaluation ev = run(daysOf(41, 47, 6) + daysOf(52, 60, 6), 60);
    EXPECT_TRUE(silent(ev, kPlateau));
}

TEST(RulesPlateau, AcknowledgedInPhase2DoesNotFireAgainInPhase3)
{
    const QList<DailyEntry> entries = daysOf(1, 70, 6);
    EXPECT_EQ(datesOf(run(entries, 70, {}, {acknowledged(kPlateau, 21, 40)}), kPlateau),
              isoDays({21}));
    EXPECT_EQ(datesOf(run(entries, 70, {}, {acknowledged(kPlateau, 21, 56)}), kPlateau),
              isoDays({21}));
}

// ---- ESC-NO-LOG ---------------------------------------------------------------------------

TEST(RulesNoLog, FiresInfoOnDay3WithoutEntries)
{
    EXPECT_TRUE(firesOnce(run({}, 10), kNoLog, AlertLevel::Info, day(3)));
}

TEST(RulesNoLog, DoesNotFireOnDay2)
{
    EXPECT_TRUE(silent(run({}, 2), kNoLog));
}

TEST(RulesNoLog, GapOfTwoDaysDoesNotFire)
{
    // Entries days 1..5, none on 6 and 7.
    EXPECT_TRUE(silent(run(daysOf(1, 5), 7), kNoLog));
}

TEST(RulesNoLog, GapOfThreeDaysFiresOnTheThirdDay)
{
    EXPECT_TRUE(firesOnce(run(daysOf(1, 5), 8), kNoLog, AlertLevel::Info, day(8)));
}

TEST(RulesNoLog, AcknowledgedItIsNotADailyReminderWhileNothingIsLogged)
{
    const Evaluation ev = run({}, 10, {}, {acknowledged(kNoLog, 3, 3)});
    EXPECT_EQ(datesOf(ev, kNoLog), isoDays({3}));
}

TEST(RulesNoLog, FiresAgainWhenTheGapReturnsAfterAWeekWithout)
{
    // Acknowledged on day 4; entries on days 5..12; the gap holds again on day 15, and it
    // did not hold on any of days 8..14: a new onset.
    const Evaluation ev = run(daysOf(5, 12), 20, {}, {acknowledged(kNoLog, 3, 4)});
    EXPECT_EQ(datesOf(ev, kNoLog), isoDays({3, 15}));
}

TEST(RulesNoLog, AGapWithinAWeekOfTheLastIsTheSameGapGoingOn)
{
    // Entries on days 5..6 only: the gap is back on day 9, within 7 days of day 4.
    const Evaluation ev = run(daysOf(5, 6), 12, {}, {acknowledged(kNoLog, 3, 4)});
    EXPECT_EQ(datesOf(ev, kNoLog), isoDays({3}));
}

TEST(RulesNoLog, AcknowledgementAfterAsOfDoesNotCount)
{
    const Evaluation ev = run({}, 10, {}, {acknowledged(kNoLog, 3, 11)});
    EXPECT_TRUE(firesOnce(ev, kNoLog, AlertLevel::Info, day(3)));
    EXPECT_FALSE(alertsOf(ev, kNoLog).first().isAcknowledged());
}

// ---- Derived figures (section 2) ---------------------------------------------------------

TEST(RulesDerived, ThreeValuesLeaveTheSevenDayMeanUndefined)
{
    const Evaluation ev = run(daysOf(1, 3, 5), 3);
    EXPECT_FALSE(ev.pain7d.has_value());
    EXPECT_EQ(ev.response, Response::Unknown);
}

TEST(RulesDerived, FourValuesDefineTheSevenDayMean)
{
    const Evaluation ev = run(painSeries(1, {5, 6, 7, 8}), 4);
    ASSERT_TRUE(ev.pain7d.has_value());
    EXPECT_DOUBLE_EQ(*ev.pain7d, 6.5);
}

TEST(RulesDerived, SevenDayWindowIncludesDMinus6AndExcludesDMinus7)
{
    EXPECT_TRUE(run(daysOf(5, 8, 4), 11).pain7d.has_value());  // days 5..8 in 5..11
    EXPECT_FALSE(run(daysOf(4, 7, 4), 11).pain7d.has_value()); // only days 5..7
}

TEST(RulesDerived, BaselineIsTheMeanOfTheFirstThreeEntriesOnceThereAreThree)
{
    const QList<DailyEntry> entries = painSeries(2, {4, 5, 6, 1});
    EXPECT_DOUBLE_EQ(*run(entries, 3).baselinePain, 6.0); // onboarding rating
    EXPECT_DOUBLE_EQ(*run(entries, 4).baselinePain, 5.0); // (4 + 5 + 6) / 3
    EXPECT_DOUBLE_EQ(*run(painSeries(2, {1, 2, 3, 9}), 5).baselinePain, 2.0);
}

TEST(RulesDerived, ExactlyThirtyPercentBelowBaselineIsImproving)
{
    // Baseline 5; mean of days 11..14 = (3+4+3+4)/4 = 3.5.
    const Evaluation ev = run(daysOf(1, 3, 5) + painSeries(11, {3, 4, 3, 4}), 14);
    EXPECT_EQ(ev.response, Response::Improving);
}

TEST(RulesDerived, JustShortOfThirtyPercentIsNoChange)
{
    // Baseline 5; mean of days 10..14 = 18/5 = 3.6.
    const Evaluation ev = run(daysOf(1, 3, 5) + painSeries(10, {3, 4, 3, 4, 4}), 14);
    EXPECT_EQ(ev.response, Response::NoChange);
}

TEST(RulesDerived, TwoPointsBelowBaselineIsImproving)
{
    // Baseline 8 (30 % would need 2.4); mean 6.0 is exactly 2 points below.
    const Evaluation ev = run(daysOf(1, 3, 8) + painSeries(10, {6, 6, 6, 6, 6}), 14);
    EXPECT_EQ(ev.response, Response::Improving);
}

TEST(RulesDerived, LessThanTwoPointsBelowBaselineIsNoChange)
{
    // Baseline 8; mean 31/5 = 6.2.
    const Evaluation ev = run(daysOf(1, 3, 8) + painSeries(10, {6, 6, 6, 6, 7}), 14);
    EXPECT_EQ(ev.response, Response::NoChange);
}

TEST(RulesDerived, MeanExactlyBaselinePlus2IsWorsening)
{
    const Evaluation ev = run(daysOf(1, 3, 4) + painSeries(10, {6, 6, 6, 6}), 14);
    EXPECT_EQ(ev.response, Response::Worsening);
}

// ---- Adherence (section 3) -----------------------------------------------------------------

TEST(RulesAdherence, SixOfSevenFullDaysGiveSelfCareRatioSixSevenths)
{
    const Evaluation ev = run(careDays(1, 6, 5), 7, {session(2), session(5)});
    ASSERT_EQ(ev.weeks.size(), 1);
    EXPECT_NEAR(ev.weeks[0].selfCareRatio, 6.0 / 7.0, 1e-9);
    EXPECT_EQ(ev.weeks[0].sessionsPlanned, 2);
    EXPECT_EQ(ev.weeks[0].sessionsDone, 2);
    EXPECT_TRUE(ev.weeks[0].consistent);
}

TEST(RulesAdherence, SessionsDoneCountsEverySessionOfTheWeek)
{
    const Evaluation ev =
        run(careDays(1, 14, 5), 14, {session(1, 20), session(3), session(7), session(8)});
    ASSERT_EQ(ev.weeks.size(), 2);
    EXPECT_EQ(ev.weeks[0].sessionsDone, 3);
    EXPECT_DOUBLE_EQ(ev.weeks[0].sessionRatio, 1.0);
    EXPECT_EQ(ev.weeks[1].sessionsDone, 1);
    EXPECT_DOUBLE_EQ(ev.weeks[1].sessionRatio, 0.5);
    // One of two planned sessions with the home programme done follows the plan.
    EXPECT_TRUE(ev.weeks[1].consistent);
}

TEST(RulesAdherence, NoSessionOfTwoPlannedIsNotConsistent)
{
    const Evaluation ev = run(careDays(1, 7, 5), 7);
    ASSERT_EQ(ev.weeks.size(), 1);
    EXPECT_DOUBLE_EQ(ev.weeks[0].sessionRatio, 0.0);
    EXPECT_FALSE(ev.weeks[0].consistent);
}

TEST(RulesAdherence, WeekIsReportedOnlyOnceItHasEnded)
{
    EXPECT_EQ(run(careDays(1, 14, 5), 13).weeks.size(), 1);
    EXPECT_EQ(run(careDays(1, 14, 5), 14).weeks.size(), 2);
    EXPECT_TRUE(run(careDays(1, 14, 5), 6).weeks.isEmpty());
}

TEST(RulesAdherence, PhaseTwoWeeksPlanOneSession)
{
    const Evaluation ev = run(careDays(1, 35, 5), 35, {session(30)});
    ASSERT_EQ(ev.weeks.size(), 5);
    EXPECT_EQ(ev.weeks[4].sessionsPlanned, 1);
    EXPECT_EQ(ev.weeks[4].sessionsDone, 1);
    EXPECT_TRUE(ev.weeks[4].consistent);
    EXPECT_EQ(ev.weeks[3].sessionsPlanned, 2);
}

TEST(RulesAdherence, PhaseThreeWeeksPlanNoSessions)
{
    const Evaluation ev = run(careDays(57, 63, 5), 63);
    ASSERT_EQ(ev.weeks.size(), 9);
    EXPECT_EQ(ev.weeks[8].week, 9);
    EXPECT_EQ(ev.weeks[8].sessionsPlanned, 0);
    EXPECT_EQ(ev.weeks[8].sessionsDone, 0);
    EXPECT_DOUBLE_EQ(ev.weeks[8].sessionRatio, 1.0);
    EXPECT_TRUE(ev.weeks[8].consistent);
}

DailyEntry movementEntry(int d, int minutes)
{
    DailyEntry e = entry(d);
    e.selfCare.movementMin = minutes;
    return e;
}

TEST(RulesAdherence, SelfCareOfExactlyThreeQuartersIsConsistent)
{
    // Phase 3: 5 full days (20 min), one at 5 min (0.25), one without entry: 5.25 / 7 = 0.75.
    QList<DailyEntry> entries;
    for (int d = 57; d <= 61; ++d)
        entries << movementEntry(d, 20);
    entries << movementEntry(62, 5);
    const Evaluation ev = run(entries, 63);
    ASSERT_EQ(ev.weeks.size(), 9);
    EXPECT_NEAR(ev.weeks[8].selfCareRatio, 0.75, 1e-9);
    EXPECT_TRUE(ev.weeks[8].consistent);
}

TEST(RulesAdherence, SelfCareJustBelowThreeQuartersIsNotConsistent)
{
    QList<DailyEntry> entries;
    for (int d = 57; d <= 61; ++d)
        entries << movementEntry(d, 20);
    entries << movementEntry(62, 4); // 0.2: 5.2 / 7
    const Evaluation ev = run(entries, 63);
    ASSERT_EQ(ev.weeks.size(), 9);
    EXPECT_NEAR(ev.weeks[8].selfCareRatio, 5.2 / 7.0, 1e-9);
    EXPECT_FALSE(ev.weeks[8].consistent);
}

TEST(RulesAdherence, WalkingIsScoredAgainstTheDaysTarget)
{
    // Week 1 targets 5, 7, ..., 17 minutes. Walking exactly the target scores 1; walking
    // 5 minutes every day scores (2 + 5/T) / 3 a day.
    QList<DailyEntry> exact, fixed;
    for (int d = 1; d <= 7; ++d) {
        DailyEntry e = entry(d);
        e.selfCare.catCow = 3;
        e.selfCare.pelvicTilts = 2;
        e.selfCare.walkingMin = 5 + 2 * (d - 1);
        exact << e;
        e.selfCare.walkingMin = 5;
        fixed << e;
    }
    EXPECT_NEAR(run(exact, 7).weeks[0].selfCareRatio, 1.0, 1e-9);
    EXPECT_NEAR(run(fixed, 7).weeks[0].selfCareRatio, 0.8445930042568698, 1e-9);
}

TEST(RulesAdherence, EntryWithoutSelfCareScoresZero)
{
    const Evaluation ev = run(daysOf(1, 7), 7, {session(2), session(5)});
    ASSERT_EQ(ev.weeks.size(), 1);
    EXPECT_DOUBLE_EQ(ev.weeks[0].selfCareRatio, 0.0);
    EXPECT_FALSE(ev.weeks[0].consistent);
}

// ---- Nothing dated after the as-of date counts ------------------------------------------------

TEST(RulesAsOf, EntriesAfterAsOfAreLeftOutOfTheMean)
{
    const QList<DailyEntry> entries = painSeries(1, {4, 4, 4, 4, 10, 10});
    const Evaluation ev = run(entries, 4);
    ASSERT_TRUE(ev.pain7d.has_value());
    EXPECT_DOUBLE_EQ(*ev.pain7d, 4.0);
}

TEST(RulesAsOf, AlertsAfterAsOfAreNotListed)
{
    QList<DailyEntry> entries =
        withSymptom(daysOf(1, 10), {9}, [](Symptoms& s) { s.saddle = true; });
    Session s = session(8, 10);
    const Evaluation ev = run(entries, 7, {s});
    for (const Alert& a : ev.alerts)
        EXPECT_TRUE(a.date <= day(7)) << a.rule.toStdString() << " " << iso(a.date);
    EXPECT_TRUE(silent(ev, QStringLiteral("RF-SADDLE")));
    EXPECT_TRUE(silent(ev, kShort));
}

TEST(RulesAsOf, SessionAfterAsOfDoesNotOwnAnEarlierEntry)
{
    // The day-6 session is after as-of: the day-5 entry still belongs to the day-3 one.
    const Evaluation ev = run({afterSession(5, Stiffness::Severe)}, 5, {session(3), session(6)});
    EXPECT_TRUE(firesOnce(ev, kStiffness, AlertLevel::StopMassage, day(5)));
}

// ---- Version 2: new red flags ---------------------------------------------------------------

const QString kFeverRisk = QStringLiteral("RF-FEVER-RISK");
const QString kFever = QStringLiteral("RF-FEVER");
const QString kFlareSevere = QStringLiteral("MS-FLARE-SEVERE");
const QString kWhileStopped = QStringLiteral("MS-WHILE-STOPPED");
const QString kRelapse = QStringLiteral("ESC-RELAPSE");
const QString kSeverePain = QStringLiteral("ESC-SEVERE-PAIN");
const QString kFewLogs = QStringLiteral("ESC-FEW-LOGS");

void fever(Symptoms& s)
{
    s.fever = true;
}

TEST(RulesFeverRisk, FeverWithAWeakImmuneSystemIsAnEmergencyAndRfFeverFiresAsWell)
{
    Episode e = episode();
    e.screening.immuno = true;
    const Evaluation ev = run(withSymptom(daysOf(1, 8), {4}, &fever), 8, {}, {}, e);
    EXPECT_TRUE(firesOnce(ev, kFeverRisk, AlertLevel::Emergency, day(4)));
    EXPECT_TRUE(firesOnce(ev, kFever, AlertLevel::Urgent, day(4)));
}

TEST(RulesFeverRisk, FeverWithoutARiskIsUrgentOnly)
{
    const Evaluation ev = run(withSymptom(daysOf(1, 8), {4}, &fever), 8);
    EXPECT_TRUE(silent(ev, kFeverRisk));
    EXPECT_TRUE(firesOnce(ev, kFever, AlertLevel::Urgent, day(4)));
}

TEST(RulesFeverRisk, ARecentInfectionCountsFor90DaysFromItsAnswer)
{
    // SCR-INFECTION answered yes on day 1: days 1..90 count, day 91 does not.
    Episode e = episode();
    e.screening.infection = true;
    const QList<DailyEntry> entries = withSymptom(daysOf(85, 95), {90, 91}, &fever);
    const Evaluation ev = run(entries, 95, {}, {}, e);
    EXPECT_EQ(datesOf(ev, kFeverRisk), isoDays({90}));
    EXPECT_EQ(datesOf(ev, kFever), isoDays({90, 91}));
}

TEST(RulesFeverRisk, AnAnswerGivenLaterCountsOnlyFromItsDay)
{
    Episode e = episode();
    e.screening.immuno = true;
    e.screening.answered.insert(QStringLiteral("SCR-IMMUNO"), day(10));
    const Evaluation ev = run(withSymptom(daysOf(1, 12), {9, 10}, &fever), 12, {}, {}, e);
    EXPECT_EQ(datesOf(ev, kFeverRisk), isoDays({10}));
    EXPECT_TRUE(firesOnce(ev, QStringLiteral("SCR-IMMUNO"), AlertLevel::SeeDoctor, day(10)));
}

TEST(RulesFeverRisk, EntriesBeforeTheProgramAreNotJudgedByScreening)
{
    Episode e = episode();
    e.screening.immuno = true;
    const Evaluation ev = run(withSymptom(daysOf(-3, 2), {-1}, &fever), 2, {}, {}, e);
    EXPECT_TRUE(silent(ev, kFeverRisk));
    EXPECT_TRUE(firesOnce(ev, kFever, AlertLevel::Urgent, day(-1)));
}

// ---- Version 2: screening dates and the surgery hold ------------------------------------------

TEST(RulesScreeningDates, AYesOnReScreeningIsDatedTheDayItWasGiven)
{
    Episode e = episode();
    e.screening.anticoag = true;
    e.screening.answered.insert(QStringLiteral("SCR-ANTICOAG"), day(38));
    EXPECT_TRUE(silent(run(daysOf(1, 37), 37, {}, {}, e), QStringLiteral("SCR-ANTICOAG")));
    EXPECT_TRUE(firesOnce(run(daysOf(1, 40), 40, {}, {}, e), QStringLiteral("SCR-ANTICOAG"),
                          AlertLevel::Clearance, day(38)));
}

TEST(RulesScreeningDates, AnAnswerDatedBeforeTheProgramCountsFromItsStart)
{
    Episode e = episode();
    e.screening.aorta = true;
    e.screening.answered.insert(QStringLiteral("SCR-AORTA"), day(-5));
    EXPECT_TRUE(firesOnce(run({}, 3, {}, {}, e), QStringLiteral("SCR-AORTA"), AlertLevel::Clearance,
                          day(1)));
}

TEST(RulesSurgeryHold, WithoutADateMassageIsHeld42DaysFromTheAnswer)
{
    // Answered yes on day 36 without a surgery date: held on days 36..77.
    Episode e = episode();
    e.screening.surgery6w = true;
    e.screening.answered.insert(QStringLiteral("SCR-SURGERY-6W"), day(36));
    const Evaluation ev =
        run(daysOf(1, 80), 80, {session(35), session(36), session(77), session(78)}, {}, e);
    EXPECT_EQ(datesOf(ev, kHold), isoDays({36, 77}));
    EXPECT_TRUE(ev.hold.surgery().covers(day(77)));
    EXPECT_FALSE(ev.hold.surgery().covers(day(78)));
    // After the hold, the clearance alert still holds massage until acknowledged.
    EXPECT_EQ(ev.hold.reasons(day(78)), QStringList{QStringLiteral("SCR-SURGERY-6W")});
    EXPECT_EQ(datesOf(ev, kWhileStopped), isoDays({78}));
}

// ---- Version 2: sessions -----------------------------------------------------------------------

TEST(RulesFlareSevere, FourPointsAboveIsSevereNotAFlare)
{
    const Evaluation ev = run(painSeries(4, {2, 3, 6}), 8, {session(5)});
    EXPECT_TRUE(firesOnce(ev, kFlareSevere, AlertLevel::SeeDoctor, day(6)));
    EXPECT_TRUE(silent(ev, kFlare));
}

TEST(RulesFlareSevere, TwoPointsAboveToEightIsSevere)
{
    const Evaluation ev = run(painSeries(4, {6, 6, 8}), 8, {session(5)});
    EXPECT_TRUE(firesOnce(ev, kFlareSevere, AlertLevel::SeeDoctor, day(6)));
    EXPECT_TRUE(silent(ev, kFlare));
}

TEST(RulesFlareSevere, ThreePointsAboveToSevenIsAFlare)
{
    const Evaluation ev = run(painSeries(4, {4, 4, 7}), 8, {session(5)});
    EXPECT_TRUE(firesOnce(ev, kFlare, AlertLevel::Info, day(6)));
    EXPECT_TRUE(silent(ev, kFlareSevere));
}

TEST(RulesWhileStopped, ASessionAfterAStopMassageAlertFiresOnce)
{
    // RF-LEG-NUMBNESS on day 3 (stop-massage, not acknowledged): sessions on 6 and 9 are
    // held by the same reason; one alert.
    const QList<DailyEntry> entries =
        withSymptom(daysOf(1, 10), {3}, [](Symptoms& s) { s.legNumbness = true; });
    const Evaluation ev = run(entries, 10, {session(2), session(6), session(9)});
    EXPECT_TRUE(firesOnce(ev, kWhileStopped, AlertLevel::StopMassage, day(6)));
    EXPECT_EQ(ev.hold.reasons(day(6)), QStringList{QStringLiteral("RF-LEG-NUMBNESS")});
    EXPECT_FALSE(ev.hold.onHold(day(2)));
}

TEST(RulesWhileStopped, ANewReasonFiresAgain)
{
    QList<DailyEntry> entries =
        withSymptom(daysOf(1, 12), {3}, [](Symptoms& s) { s.legNumbness = true; });
    entries = withSymptom(entries, {8}, [](Symptoms& s) { s.legPain = LegPain::One; });
    const Evaluation ev = run(entries, 12, {session(6), session(10)});
    EXPECT_EQ(datesOf(ev, kWhileStopped), isoDays({6, 10}));
}

TEST(RulesWhileStopped, AcknowledgedReasonsNoLongerHold)
{
    const QList<DailyEntry> entries =
        withSymptom(daysOf(1, 10), {3}, [](Symptoms& s) { s.legNumbness = true; });
    const Evaluation ev =
        run(entries, 10, {session(6)}, {acknowledged(QStringLiteral("RF-LEG-NUMBNESS"), 3, 5)});
    EXPECT_TRUE(silent(ev, kWhileStopped));
    EXPECT_FALSE(ev.hold.onHold(day(6)));
    EXPECT_TRUE(ev.hold.onHold(day(4))); // reported on day 3: holds days 3 and 4
}

TEST(RulesWhileStopped, ASymptomStillReportedHoldsWhateverItsAcknowledgement)
{
    const QList<DailyEntry> entries =
        withSymptom(daysOf(1, 10), {3, 5}, [](Symptoms& s) { s.legNumbness = true; });
    const Evaluation ev =
        run(entries, 10, {session(6)}, {acknowledged(QStringLiteral("RF-LEG-NUMBNESS"), 3, 4)});
    EXPECT_TRUE(firesOnce(ev, kWhileStopped, AlertLevel::StopMassage, day(6)));
}

TEST(RulesWhileStopped, ShootingPainDuringTheSessionDoesNotHoldThatSessionsDay)
{
    Session first = session(5);
    first.shootingPain = true;
    const Evaluation ev = run(daysOf(1, 10), 10, {first, session(5), session(7)});
    EXPECT_TRUE(firesOnce(ev, kShooting, AlertLevel::StopMassage, day(5)));
    EXPECT_EQ(datesOf(ev, kWhileStopped), isoDays({7}));
}

TEST(RulesAdherence, AWeekWithADayOnHoldPlansNoSession)
{
    // Leg numbness on day 10 (week 2): massage on hold, nothing planned that week.
    const QList<DailyEntry> entries =
        withSymptom(careDays(1, 14, 5), {10}, [](Symptoms& s) { s.legNumbness = true; });
    const Evaluation ev = run(entries, 14, {session(2), session(5)},
                              {acknowledged(QStringLiteral("RF-LEG-NUMBNESS"), 10, 12)});
    ASSERT_EQ(ev.weeks.size(), 2);
    EXPECT_EQ(ev.weeks[0].sessionsPlanned, 2);
    EXPECT_FALSE(ev.weeks[0].onHold);
    EXPECT_EQ(ev.weeks[1].sessionsPlanned, 0);
    EXPECT_TRUE(ev.weeks[1].onHold);
    EXPECT_TRUE(ev.weeks[1].consistent);
}

// ---- Version 2: course rules
// ---------------------------------------------------------------------

TEST(RulesRelapse, TwoPointsAboveTwoWeeksEarlierFires)
{
    // Baseline 6; pain 3 on days 4..20, then 5 from day 21: the mean at D reaches the mean
    // at D-14 (3) + 2 on day 27 (days 21..27 all 5).
    const Evaluation ev = run(daysOf(1, 3, 6) + daysOf(4, 20, 3) + daysOf(21, 30, 5), 30);
    EXPECT_TRUE(firesOnce(ev, kRelapse, AlertLevel::SeeDoctor, day(27)));
}

TEST(RulesRelapse, AcceptablePainIsNotARelapse)
{
    const Evaluation ev = run(daysOf(1, 3, 6) + daysOf(4, 20, 0) + daysOf(21, 30, 2), 30);
    EXPECT_TRUE(silent(ev, kRelapse));
}

TEST(RulesSeverePain, EightOnAverageOverTwoWeeksFires)
{
    const Evaluation ev = run(daysOf(1, 20, 8), 20);
    EXPECT_TRUE(firesOnce(ev, kSeverePain, AlertLevel::SeeDoctor, day(14)));
}

TEST(RulesSeverePain, JustBelowEightOrTooFewEntriesDoesNotFire)
{
    // Mean (7*4 + 8*... ) below 8: one 7 among 14 days of 8 gives 7.93.
    EXPECT_TRUE(
        silent(run(painSeries(1, {7, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8}), 14), kSeverePain));
    // Three entries of 10 in days 1..14: fewer than 4.
    EXPECT_TRUE(silent(run({entry(2, 10), entry(8, 10), entry(14, 10)}, 14), kSeverePain));
}

TEST(RulesFewLogs, SevenEntriesInTwoWeeksFireEightDoNot)
{
    QList<DailyEntry> seven, eight;
    for (int d : {1, 3, 5, 7, 9, 11, 13})
        seven << entry(d);
    eight = seven;
    eight << entry(14);
    EXPECT_TRUE(firesOnce(run(seven, 14), kFewLogs, AlertLevel::Info, day(14)));
    EXPECT_TRUE(silent(run(eight, 14), kFewLogs));
}

TEST(RulesFewLogs, OnlyInProgramDays14To56)
{
    EXPECT_TRUE(silent(run({}, 13), kFewLogs));
    EXPECT_TRUE(silent(run(daysOf(1, 50), 70), kFewLogs));
}

TEST(RulesPlateau, NeedsARecentMeanAbove2AndBelow8)
{
    EXPECT_TRUE(silent(run(daysOf(1, 30, 2), 30), kPlateau));
    EXPECT_TRUE(silent(run(daysOf(1, 30, 8), 30), kPlateau));
    EXPECT_TRUE(firesOnce(run(daysOf(1, 30, 3), 30), kPlateau, AlertLevel::Info, day(21)));
    EXPECT_TRUE(firesOnce(run(daysOf(1, 30, 7), 30), kPlateau, AlertLevel::Info, day(21)));
}

// ---- Version 2: derived figures
// ------------------------------------------------------------------

TEST(RulesDerivedV2, WorseningIsCappedAt10)
{
    // Baseline 9: a mean of 10 is worsening, 9.86 is not.
    EXPECT_EQ(run(daysOf(1, 3, 9) + daysOf(4, 10, 10), 10).response, Response::Worsening);
    EXPECT_EQ(run(daysOf(1, 3, 9) + daysOf(4, 9, 10) + daysOf(10, 10, 9), 10).response,
              Response::NoChange);
    // Baseline 10 cannot worsen.
    EXPECT_EQ(run(daysOf(1, 10, 10), 10).response, Response::NoChange);
}

TEST(RulesDerivedV2, ABaselineOf0CannotImprove)
{
    EXPECT_EQ(run(daysOf(1, 10, 0), 10).response, Response::NoChange);
}

TEST(RulesDerivedV2, ThreeDaysAWeekUseTheFourteenDayMean)
{
    // Pain 8 on three days a week against a baseline of 5: no 7-day mean, yet worsening.
    QList<DailyEntry> entries;
    for (int d : {1, 2, 3})
        entries << entry(d, 5);
    for (int d = 8; d <= 70; ++d)
        if (d % 7 == 1 || d % 7 == 3 || d % 7 == 5)
            entries << entry(d, 8);
    const Evaluation ev = run(entries, 70);
    EXPECT_FALSE(ev.pain7d.has_value());
    EXPECT_EQ(ev.response, Response::Worsening);
    EXPECT_FALSE(silent(ev, kWorsening));
}

TEST(RulesDerivedV2, WithoutAnOnboardingRatingTheFirstThreeEntriesAreTheBaseline)
{
    Episode e = episode();
    e.baselinePain.reset();
    e.baselineFunction.reset();
    // Entries on days 1, 9, 12: fewer than 3 in days 1..7, so days 1..D count.
    const QList<DailyEntry> entries = {entry(1, 6, 4.0), entry(9, 7, 5.0), entry(12, 8, 6.0)};
    EXPECT_FALSE(run(entries, 11, {}, {}, e).baselinePain.has_value());
    const Evaluation ev = run(entries, 12, {}, {}, e);
    ASSERT_TRUE(ev.baselinePain.has_value());
    EXPECT_DOUBLE_EQ(*ev.baselinePain, 7.0);
    ASSERT_TRUE(ev.baselineFunction.has_value());
    EXPECT_DOUBLE_EQ(*ev.baselineFunction, 5.0);
}

// ---- Version 2: messages ------------------------------------------------------------------------

TEST(RulesMessages, EveryMessageHoldsItsLevelsActionWordForWordAndNoNoAction)
{
    for (const RuleInfo& rule : ruleTable()) {
        const QString message = ruleMessage(rule);
        EXPECT_TRUE(message.contains(levelAction(rule.level))) << rule.id.toStdString();
        EXPECT_FALSE(message.contains(QStringLiteral("no action"), Qt::CaseInsensitive))
            << rule.id.toStdString();
        EXPECT_FALSE(message.contains(QStringLiteral("you have "), Qt::CaseInsensitive))
            << rule.id.toStdString();
        const bool net =
            rule.id == QLatin1String("MS-FLARE") || rule.id == QLatin1String("ESC-PLATEAU");
        EXPECT_EQ(message.contains(safetyNetText()), net) << rule.id.toStdString();
    }
    EXPECT_EQ(levelAction(AlertLevel::Info),
              QStringLiteral("Information for you and your physiotherapist."));
}

TEST(RulesMessages, EveryRuleOfTheReferenceIsInTheTable)
{
    const QStringList ids = {"SCR-TRAUMA",
                             "SCR-CANCER",
                             "SCR-WEIGHT-FEVER",
                             "SCR-IMMUNO",
                             "SCR-DISC-LEG",
                             "SCR-SURGERY-6W",
                             "SCR-OSTEOPOROSIS",
                             "SCR-AGE-50",
                             "SCR-INFLAMMATORY",
                             "SCR-INFECTION",
                             "SCR-ANTICOAG",
                             "SCR-AORTA",
                             "RF-SADDLE",
                             "RF-BLADDER",
                             "RF-BOWEL",
                             "RF-BOTH-LEGS",
                             "RF-SEXUAL",
                             "RF-LEG-PAIN-BOTH",
                             "RF-LEG-WEAKNESS-PROGRESSIVE",
                             "RF-FEVER-RISK",
                             "RF-LEG-WEAKNESS",
                             "RF-FALL",
                             "RF-LEG-NUMBNESS",
                             "RF-LEG-PAIN",
                             "RF-FEVER",
                             "RF-WEIGHT-LOSS",
                             "RF-NIGHT-PAIN",
                             "RF-NIGHT-PAIN-RECURRENT",
                             "MS-SHOOTING-PAIN",
                             "MS-NUMBNESS",
                             "MS-STIFFNESS-48H",
                             "MS-REACTION-72H",
                             "MS-FLARE",
                             "MS-FLARE-SEVERE",
                             "MS-WHILE-STOPPED",
                             "MS-SURGERY-HOLD",
                             "MS-SHORT",
                             "ESC-NO-IMPROVEMENT-8W",
                             "ESC-PERSISTS-8W",
                             "ESC-FUNCTION-DIVERGES",
                             "ESC-PAIN-WORSENING",
                             "ESC-RELAPSE",
                             "ESC-SEVERE-PAIN",
                             "ESC-PLATEAU",
                             "ESC-FEW-LOGS",
                             "ESC-NO-LOG"};
    ASSERT_EQ(ruleTable().size(), ids.size());
    for (int i = 0; i < ids.size(); ++i)
        EXPECT_EQ(ruleTable()[i].id, ids[i]);
}

} // namespace
