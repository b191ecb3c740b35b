// SPDX-License-Identifier: GPL-3.0-or-later
// Properties of the engine over generated episodes, and agreement with the independent
// reference evaluator (tests/tools/reference_evaluate.py).
#include "clinical/Engine.h"

#include "Generator.h"
#include "TestSupport.h"
#include "exchange/EvaluationJson.h"

#include <QJsonDocument>

using namespace backlog;
using namespace backlog::test;

namespace {

struct Key
{
    QString rule;
    AlertLevel level;
    QDate date;
    bool operator==(const Key&) const = default;
};

QList<Key> keys(const QList<Alert>& alerts, const QDate& upTo)
{
    QList<Key> out;
    for (const Alert& a : alerts)
        if (a.date <= upTo)
            out << Key{a.rule, a.level, a.date};
    return out;
}

} // namespace

TEST(EngineProperty, EvaluatingAsOfADateGivesExactlyTheLaterEvaluationsAlertsUpToIt)
{
    for (std::uint64_t seed = 1; seed <= 6; ++seed) {
        const Bundle b = seed % 2 ? generateYears1(seed) : generateWeeks8(seed);
        const QDate end = defaultAsOf(b.episode, b.entries, b.sessions);
        const Evaluation full = evaluate(b.episode, b.entries, b.sessions, b.alerts, end);
        ASSERT_FALSE(full.alerts.isEmpty()) << "seed " << seed;
        for (QDate d = b.episode.programStart.addDays(-3); d <= end; d = d.addDays(5)) {
            const Evaluation partial = evaluate(b.episode, b.entries, b.sessions, b.alerts, d);
            ASSERT_EQ(keys(partial.alerts, d), keys(full.alerts, d))
                << "seed " << seed << " as of " << d.toString(Qt::ISODate).toStdString();
            ASSERT_EQ(keys(partial.alerts, d).size(), partial.alerts.size());
            // Later dates also agree on the figures that cannot change afterwards.
            for (const WeekAdherence& w : partial.weeks)
                ASSERT_EQ(w, full.weeks.at(w.week - 1));
        }
    }
}

TEST(EngineProperty, AlertsAreOrderedByDateThenRuleAndUnique)
{
    const Bundle b = generateYears10(2);
    const Evaluation ev = evaluate(b.episode, b.entries, b.sessions, b.alerts,
                                   defaultAsOf(b.episode, b.entries, b.sessions));
    ASSERT_GT(ev.alerts.size(), 20);
    for (int i = 1; i < ev.alerts.size(); ++i) {
        const Alert& a = ev.alerts[i - 1];
        const Alert& b2 = ev.alerts[i];
        ASSERT_TRUE(a.date < b2.date || (a.date == b2.date && a.rule < b2.rule));
    }
    for (const Alert& a : ev.alerts)
        EXPECT_FALSE(a.data.isEmpty()) << a.rule.toStdString();
}

TEST(EngineProperty, EvaluationIgnoresEverythingAfterTheAsOfDate)
{
    const Bundle b = generateYears1(9);
    const QDate asOf = b.episode.programStart.addDays(100);
    Bundle cut = b;
    cut.entries.removeIf([&](const DailyEntry& e) { return e.date > asOf; });
    cut.sessions.removeIf([&](const Session& s) { return s.date > asOf; });
    cut.alerts.removeIf([&](const Alert& a) { return a.date > asOf; });
    for (Alert& a : cut.alerts)
        if (a.acknowledged > asOf)
            a.acknowledged = QDate();
    EXPECT_EQ(evaluationToJson(evaluate(b.episode, b.entries, b.sessions, b.alerts, asOf)),
              evaluationToJson(evaluate(cut.episode, cut.entries, cut.sessions, cut.alerts, asOf)));
}

TEST(Generator, IsDeterministicAndRealistic)
{
    const Bundle a = generateYears10(1);
    const Bundle b = generateYears10(1);
    EXPECT_EQ(writeBundle(a, QDateTime()), writeBundle(b, QDateTime()));
    EXPECT_GT(a.entries.size(), 2800);
    EXPECT_GT(a.sessions.size(), 400);
    EXPECT_LT(a.sessions.size(), 650);
    EXPECT_GE(a.alerts.size(), 24);
    const Bundle w = generateWeeks8(1);
    EXPECT_GT(w.entries.size(), 35);
    EXPECT_LE(w.entries.size(), 56);
}

/// The C++ engine and the Python reference agree on generated episodes of every size.
class AgreesWithReference : public ::testing::TestWithParam<int>
{
};

TEST_P(AgreesWithReference, OnGeneratedEpisode)
{
    const int seed = GetParam();
    const Bundle b = seed % 3 == 0 ? generateYears1(seed) : generateWeeks8(seed);
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("episode.backlog.json"));
    writeFile(path, writeBundle(b, QDateTime::currentDateTimeUtc()));
    const QDate end = defaultAsOf(b.episode, b.entries, b.sessions);
    for (const QDate& asOf :
         {end, b.episode.programStart.addDays(30), b.episode.programStart.addDays(55)}) {
        const ProcessResult reference =
            runProgram(QStringLiteral(BACKLOG_PYTHON),
                       {QStringLiteral(BACKLOG_TOOLS "/reference_evaluate.py"), path,
                        QStringLiteral("--as-of"), asOf.toString(Qt::ISODate)});
        ASSERT_EQ(reference.exitCode, 0) << reference.err.toStdString();
        const QByteArray ours =
            evaluationToJson(evaluate(b.episode, b.entries, b.sessions, b.alerts, asOf));
        EXPECT_EQ(QJsonDocument::fromJson(ours), QJsonDocument::fromJson(reference.out))
            << "seed " << seed << " as of " << asOf.toString(Qt::ISODate).toStdString()
            << "\nours:\n"
            << ours.toStdString() << "\nreference:\n"
            << reference.out.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Seeds, AgreesWithReference, ::testing::Range(1, 13));
