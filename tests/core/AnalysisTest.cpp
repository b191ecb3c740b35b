// SPDX-License-Identifier: GPL-3.0-or-later
// "Is massage helping me?" (core/clinical/Analysis.h): the proof by simulation that the
// analysis is not fooled by natural recovery, autocorrelation or sessions booked on bad
// days, and finds a real effect; and its figures on small hand-made diaries.
#include "clinical/Analysis.h"

#include "Dates.h"
#include "PainSimulator.h"
#include "TestSupport.h"
#include "exchange/Bundle.h"
#include "exchange/EvaluationJson.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <gtest/gtest.h>

using namespace backlog;
using namespace backlog::simulation;

namespace {

/// Diaries per run: BACKLOG_SIMULATED_DIARIES, else 1000 (the benchmark script runs more).
int diaryCount()
{
    const char* value = std::getenv("BACKLOG_SIMULATED_DIARIES");
    const int n = value ? std::atoi(value) : 0;
    return n > 0 ? n : 1000;
}

struct Rates
{
    int diaries = 0;
    int lower = 0;
    int higher = 0;
    int naiveLower = 0;
    std::array<int, 4> lowerBy{};
    std::array<int, 4> higherBy{};
    std::array<int, 4> naiveLowerBy{};
    std::array<int, 4> diariesBy{};

    double rate(int count) const { return diaries ? double(count) / diaries : 0.0; }
    void print(const char* what) const
    {
        std::printf("%s: %d diaries, lower-pain %.3f, higher-pain %.3f, naive lower-pain %.3f\n",
                    what, diaries, rate(lower), rate(higher), rate(naiveLower));
        static const char* names[] = {"schedule", "bad day", "bad day, next day", "mixed"};
        for (int b = 0; b < 4; ++b)
            std::printf("  %-18s %4d diaries: lower %.3f higher %.3f naive lower %.3f\n", names[b],
                        diariesBy[b], diariesBy[b] ? double(lowerBy[b]) / diariesBy[b] : 0.0,
                        diariesBy[b] ? double(higherBy[b]) / diariesBy[b] : 0.0,
                        diariesBy[b] ? double(naiveLowerBy[b]) / diariesBy[b] : 0.0);
    }
};

/// Analyses `count` diaries with at least `minSessions` usable sessions (others are
/// skipped, not counted).
Rates simulate(std::uint64_t seed, int count, const Effect& effect, int minSessions)
{
    Simulator simulator(seed);
    Rates r;
    for (int i = 0; r.diaries < count; ++i) {
        const SimulatedDiary d = simulator.diary(i, effect);
        const SessionEffect result = analysePain(d.pain, d.sessions);
        if (result.sessionsUsed < minSessions)
            continue;
        const int b = static_cast<int>(d.booking);
        ++r.diaries;
        ++r.diariesBy[b];
        if (result.verdict == SessionVerdict::LowerPain) {
            ++r.lower;
            ++r.lowerBy[b];
        }
        if (result.verdict == SessionVerdict::HigherPain) {
            ++r.higher;
            ++r.higherBy[b];
        }
        if (naiveVerdict(d) == SessionVerdict::LowerPain) {
            ++r.naiveLower;
            ++r.naiveLowerBy[b];
        }
    }
    return r;
}

} // namespace

TEST(SessionEffectSimulation,
     WhereMassageDoesNothingItRarelyClaimsAnEffectWhileTheNaiveComparisonDoes)
{
    const Rates r = simulate(20261206, diaryCount(), Effect{}, SessionEffect::kMinSessions);
    r.print("massage does nothing");
    EXPECT_LE(r.rate(r.lower), 0.05);
    EXPECT_LE(r.rate(r.higher), 0.05);
    // The traps are really there: the before/after comparison is fooled by them.
    EXPECT_GE(r.rate(r.naiveLower), 0.20);
}

TEST(SessionEffectSimulation, ALowerPainAfterSessionsIsFound)
{
    const int count = std::max(200, diaryCount() / 2);
    const Rates direct = simulate(7, count, Effect{1.5, 1.0, false}, 12);
    direct.print("1.5 and 1.0 points lower after each session");
    EXPECT_GE(direct.rate(direct.lower), 0.80);
    EXPECT_LE(direct.rate(direct.higher), 0.0);
    const Rates fading = simulate(8, count, Effect{1.5, 1.0, true}, 12);
    fading.print("1.5 and about 1.0 points lower, fading over the days after");
    EXPECT_GE(fading.rate(fading.lower), 0.80);
}

// ---- Usable sessions, rounding, the JSON and the command line ------------------------

namespace {

/// A diary with a clear effect and enough sessions.
SimulatedDiary diaryWithEffect()
{
    Simulator simulator(11);
    for (;;) {
        const SimulatedDiary d = simulator.diary(Booking::Schedule, Effect{2.0, 1.5, false});
        const SessionEffect e = analysePain(d.pain, d.sessions);
        if (e.sessionsUsed >= 12 && e.verdict == SessionVerdict::LowerPain)
            return d;
    }
}

QJsonObject shortTermOf(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object().value(QStringLiteral("short_term")).toObject();
}

} // namespace

TEST(SessionEffect, AUsableSessionNeedsThePainOfTheDayBeforeAndOfOneOfTheTwoDaysAfter)
{
    std::vector<std::optional<double>> pain(40, 5.0);
    pain[9] = std::nullopt;             // session 10: no day before
    pain[21] = pain[22] = std::nullopt; // session 20: neither day after
    pain[31] = std::nullopt;            // session 30: the second day after is enough
    const std::vector<int> sessions = {10, 20, 30, 30, 30, 5, 15, 35, 0, 39};
    const SessionEffect e = analysePain(pain, sessions);
    // Usable: 5, 15, 30 (once) and 35. Not usable: 0 and 10 (no day before), 20 and 39
    // (no score on either of the two days after).
    EXPECT_EQ(e.sessionsUsed, 4);
    EXPECT_EQ(e.verdict, SessionVerdict::TooFewSessions);
    EXPECT_FALSE(e.effect);
    EXPECT_FALSE(e.low);
    EXPECT_FALSE(e.pValue);
    EXPECT_EQ(e.sessionsStillNeeded(), 2);
    ASSERT_TRUE(e.around[SessionEffect::kAroundBefore]);
    EXPECT_DOUBLE_EQ(*e.around[SessionEffect::kAroundBefore], 5.0);
}

TEST(SessionEffect, FiguresAreRoundedHalfUpAndNullWhenTooFew)
{
    EXPECT_DOUBLE_EQ(roundHalfUp(1.005, 2), 1.01);
    EXPECT_DOUBLE_EQ(roundHalfUp(-1.235, 2), -1.23);
    EXPECT_DOUBLE_EQ(roundHalfUp(-1.236, 2), -1.24);
    EXPECT_DOUBLE_EQ(roundHalfUp(0.00005, 4), 0.0001);
    EXPECT_DOUBLE_EQ(roundHalfUp(-0.001, 2), 0.0);

    SessionEffect e;
    e.asOf = QDate(2026, 11, 21);
    e.sessionsUsed = 14;
    e.effect = -1.2049;
    e.low = -1.90501;
    e.high = -0.004;
    e.pValue = 0.00215;
    e.verdict = SessionVerdict::LowerPain;
    const QJsonObject top = QJsonDocument::fromJson(sessionEffectToJson(e)).object();
    EXPECT_EQ(top.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-11-21"));
    const QJsonObject s = top.value(QStringLiteral("short_term")).toObject();
    EXPECT_EQ(s.keys(), (QStringList{QStringLiteral("ci95"), QStringLiteral("effect"),
                                     QStringLiteral("method"), QStringLiteral("p_value"),
                                     QStringLiteral("sessions_used"), QStringLiteral("verdict")}));
    EXPECT_EQ(s.value(QStringLiteral("sessions_used")).toInt(), 14);
    EXPECT_DOUBLE_EQ(s.value(QStringLiteral("effect")).toDouble(), -1.2);
    EXPECT_DOUBLE_EQ(s.value(QStringLiteral("ci95")).toArray().at(0).toDouble(), -1.91);
    // Printed as 0 but the verdict comes from the unrounded interval.
    EXPECT_DOUBLE_EQ(s.value(QStringLiteral("ci95")).toArray().at(1).toDouble(), 0.0);
    EXPECT_DOUBLE_EQ(s.value(QStringLiteral("p_value")).toDouble(), 0.0022);
    EXPECT_EQ(s.value(QStringLiteral("verdict")).toString(), QStringLiteral("lower-pain"));

    const QJsonObject few = shortTermOf(sessionEffectToJson(SessionEffect{}));
    for (const char* key : {"effect", "ci95", "p_value"})
        EXPECT_TRUE(few.value(QLatin1String(key)).isNull()) << key;
    EXPECT_EQ(few.value(QStringLiteral("verdict")).toString(), QStringLiteral("too-few-sessions"));
}

TEST(SessionEffect, TheStudentDistributionMatchesItsTables)
{
    EXPECT_NEAR(studentQuantileTwoSided(0.05, 10.0), 2.2281, 1e-4);
    EXPECT_NEAR(studentQuantileTwoSided(0.05, 1e6), 1.9600, 1e-4);
    EXPECT_NEAR(studentTwoSidedP(2.0, 5.0), 0.1019, 1e-4);
}

TEST(SessionEffect, AnalyseCommandPrintsTheSameFiguresAsTheDiaryAndHonoursAsOf)
{
    const QDate start(2026, 9, 7);
    const SimulatedDiary d = diaryWithEffect();
    const Bundle bundle = bundleOf(d, start);
    test::TempFolder folder;
    const QString file = folder.path(QStringLiteral("effect.backlog.json"));
    test::writeFile(file, writeBundle(bundle, QDateTime::currentDateTimeUtc()));

    const test::ProcessResult r = test::runCli({QStringLiteral("analyse"), file});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QDate last = bundle.entries.last().date;
    const SessionEffect expected = analyseSessions(bundle.entries, bundle.sessions, last);
    ASSERT_EQ(expected.verdict, SessionVerdict::LowerPain);
    EXPECT_EQ(r.out, sessionEffectToJson(expected));
    const QJsonObject s = shortTermOf(r.out);
    EXPECT_EQ(s.value(QStringLiteral("verdict")).toString(), QStringLiteral("lower-pain"));
    EXPECT_LT(s.value(QStringLiteral("effect")).toDouble(), -0.5);

    // As of the end of the second week, only the sessions so far count.
    const QDate early = start.addDays(13);
    const test::ProcessResult r2 =
        test::runCli({QStringLiteral("analyse"), file, QStringLiteral("--as-of"), isoDate(early)});
    ASSERT_EQ(r2.exitCode, 0) << r2.err.toStdString();
    EXPECT_EQ(r2.out, sessionEffectToJson(analyseSessions(bundle.entries, bundle.sessions, early)));
    EXPECT_EQ(QJsonDocument::fromJson(r2.out).object().value(QStringLiteral("as_of")).toString(),
              isoDate(early));

    // Bad input: exit 2, a message, nothing on stdout.
    for (const QStringList& args :
         {QStringList{QStringLiteral("analyse"), file, QStringLiteral("--as-of"),
                      QStringLiteral("2026-02-30")},
          QStringList{QStringLiteral("analyse")},
          QStringList{QStringLiteral("analyse"), folder.path(QStringLiteral("missing.json"))}}) {
        const test::ProcessResult bad = test::runCli(args);
        EXPECT_EQ(bad.exitCode, 2) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(bad.out.isEmpty());
        EXPECT_FALSE(bad.err.isEmpty());
    }
}

TEST(SessionEffect, TheTranslatedMethodLineIsTheMethodInEnglish)
{
    // Untranslated, the words for people name the same method as the JSON.
    EXPECT_EQ(sessionEffectMethodText(), sessionEffectMethod());
}

TEST(SessionEffect, PainThatNeverChangesShowsNoDifference)
{
    std::vector<std::optional<double>> pain(60, 4.0);
    std::vector<int> sessions;
    for (int day = 2; day < 60; day += 3)
        sessions.push_back(day);
    const SessionEffect e = analysePain(pain, sessions);
    EXPECT_EQ(e.verdict, SessionVerdict::NoClearDifference);
    ASSERT_TRUE(e.effect && e.low && e.high && e.pValue);
    EXPECT_EQ(*e.effect, 0.0);
    EXPECT_EQ(*e.pValue, 1.0);
}

TEST(SessionEffect, SessionsNearlyEveryDayLeaveTooLittleToCompareWith)
{
    // Pain falling from 8 to 4 with no effect of massage, a session every other day from
    // the second day: only the first day is not an after-day.
    Simulator simulator(3);
    int lower = 0;
    for (int i = 0; i < 100; ++i) {
        std::vector<std::optional<double>> pain(56);
        std::vector<int> sessions;
        for (int t = 0; t < 56; ++t) {
            pain[t] = std::clamp(std::round(8.0 - 4.0 * t / 55.0 + simulator.normal()), 0.0, 10.0);
            if (t >= 1 && t % 2 == 1)
                sessions.push_back(t);
        }
        if (analysePain(pain, sessions).verdict == SessionVerdict::LowerPain)
            ++lower;
    }
    EXPECT_LE(lower, 5);
}
