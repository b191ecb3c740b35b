// SPDX-License-Identifier: GPL-3.0-or-later
// Every scenario of tests/data/scenarios through the real backlog-cli evaluate: the output
// must equal the hand-checked expected file.
#include "TestSupport.h"

#include <QDir>
#include <QJsonDocument>

using namespace backlog;
using namespace backlog::test;

namespace {

QStringList scenarioNames()
{
    QStringList names;
    const QDir dir(dataPath(QStringLiteral("scenarios")));
    for (const QString& file :
         dir.entryList({QStringLiteral("*.backlog.json")}, QDir::Files, QDir::Name))
        names << file.chopped(QStringLiteral(".backlog.json").size());
    return names;
}

class Scenario : public ::testing::TestWithParam<QString>
{
};

TEST_P(Scenario, EvaluateMatchesHandCheckedOutput)
{
    const QString base = dataPath(QStringLiteral("scenarios/")) + GetParam();
    QStringList args{QStringLiteral("evaluate"), base + QStringLiteral(".backlog.json")};
    const QByteArray extra = readFile(base + QStringLiteral(".args")).trimmed();
    if (!extra.isEmpty())
        args += QString::fromUtf8(extra).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const ProcessResult run = runCli(args);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonDocument actual = QJsonDocument::fromJson(run.out);
    const QJsonDocument expected =
        QJsonDocument::fromJson(readFile(base + QStringLiteral(".expected.json")));
    ASSERT_FALSE(expected.isNull());
    EXPECT_EQ(actual, expected) << "actual:\n" << run.out.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Scenarios, Scenario, ::testing::ValuesIn(scenarioNames().toVector()),
                         [](const ::testing::TestParamInfo<QString>& info) {
                             return info.param.toStdString();
                         });

TEST(Scenarios, AtLeastFifteenStories)
{
    EXPECT_GE(scenarioNames().size(), 15);
}

} // namespace
