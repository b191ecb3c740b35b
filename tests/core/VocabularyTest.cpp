// SPDX-License-Identifier: GPL-3.0-or-later
// The domain's words (model/Vocabulary.h): every yes/no symptom, every answer of leg
// weakness and leg pain and every self-care item comes back alone through a bundle and
// (where the CSV has it) through the CSV; a version 1 bundle keeps its version 2 answers
// out; the CSV names every symptom once; session kinds and alert levels have distinct
// names that read back; the phase boundaries are those of the plan.
#include "model/Vocabulary.h"

#include "TestSupport.h"
#include "clinical/Plan.h"
#include "exchange/Bundle.h"
#include "exchange/Csv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>
#include <string>

using namespace backlog;
using namespace backlog::test;

namespace {

const QDate kDay(2026, 10, 6);
const QDateTime kExportedAt(QDate(2026, 11, 21), QTime(10, 0), Qt::UTC);

std::string text(const QString& s)
{
    return s.toStdString();
}

/// A bundle of the simple episode with `entry` as its one entry.
Bundle bundleWith(const DailyEntry& entry)
{
    Bundle b;
    b.episode = simpleEpisode();
    b.entries << entry;
    return b;
}

/// The one entry of `bundle` after writing it and reading it back; a default entry (and a
/// failed assertion) when that fails.
DailyEntry throughBundle(const Bundle& bundle)
{
    const auto read = readBundle(writeBundle(bundle, kExportedAt), QStringLiteral("v.json"));
    EXPECT_TRUE(read.ok()) << text(read.error().message);
    if (!read.ok() || read->bundle.entries.size() != 1) {
        ADD_FAILURE() << "expected one entry";
        return {};
    }
    return read->bundle.entries.first();
}

/// The one entry of `entries.csv` after writing `entry` and reading it back.
DailyEntry throughCsv(const DailyEntry& entry)
{
    const auto read = readEntriesCsv(writeEntriesCsv({entry}), QStringLiteral("v.csv"));
    EXPECT_TRUE(read.ok()) << text(read.error().message);
    if (!read.ok() || read->entries.size() != 1) {
        ADD_FAILURE() << "expected one entry";
        return {};
    }
    return read->entries.first();
}

/// An entry of kDay with only the symptom `symptom` answered "yes".
DailyEntry entryWith(const YesNoSymptom& symptom)
{
    DailyEntry e = simpleEntry(kDay, 4);
    e.symptoms.*symptom.member = true;
    return e;
}

} // namespace

// ---- Yes/no symptoms ------------------------------------------------------------------

TEST(Vocabulary, YesNoSymptomsHaveDistinctKeysMembersAndQuestions)
{
    QSet<QString> keys, questions;
    for (const YesNoSymptom& symptom : yesNoSymptoms()) {
        const QString key = QLatin1String(symptom.key);
        EXPECT_FALSE(key.isEmpty());
        EXPECT_FALSE(QString::fromUtf8(symptom.question).isEmpty()) << symptom.key;
        keys.insert(key);
        questions.insert(QString::fromUtf8(symptom.question));
        EXPECT_EQ(yesNoSymptom(key), &symptom) << symptom.key;
        // Its member is its own: setting it sets no other symptom's.
        Symptoms s;
        s.*symptom.member = true;
        for (const YesNoSymptom& other : yesNoSymptoms())
            EXPECT_EQ(s.*other.member, &other == &symptom) << symptom.key << " " << other.key;
    }
    EXPECT_EQ(keys.size(), qsizetype(yesNoSymptoms().size()));
    EXPECT_EQ(questions.size(), qsizetype(yesNoSymptoms().size()));
    // The three-way symptoms are not among them.
    EXPECT_EQ(yesNoSymptom(QLatin1String(kLegWeaknessKey)), nullptr);
    EXPECT_EQ(yesNoSymptom(QLatin1String(kLegPainKey)), nullptr);
    EXPECT_EQ(yesNoSymptom(QStringLiteral("mood")), nullptr);
}

TEST(Vocabulary, TheTwoPartsAroundTheLegSymptomsMakeTheWholeTable)
{
    const auto all = yesNoSymptoms();
    const auto before = yesNoSymptomsBeforeLegs();
    const auto after = yesNoSymptomsAfterLegs();
    ASSERT_EQ(before.size() + after.size(), all.size());
    ASSERT_FALSE(before.empty());
    ASSERT_FALSE(after.empty());
    EXPECT_EQ(before.data(), all.data());
    EXPECT_EQ(after.data(), all.data() + before.size());
    EXPECT_STREQ(before.back().key, "leg_numbness");
    EXPECT_STREQ(after.front().key, "sexual");
}

TEST(Vocabulary, OnlySexualAndFallAreNewInVersion2)
{
    QStringList added;
    for (const YesNoSymptom& symptom : yesNoSymptoms())
        if (!symptom.inVersion1)
            added << QLatin1String(symptom.key);
    EXPECT_EQ(added, QStringList({QStringLiteral("sexual"), QStringLiteral("fall")}));
}

TEST(Vocabulary, EachYesNoSymptomComesBackAloneThroughABundle)
{
    for (const YesNoSymptom& symptom : yesNoSymptoms()) {
        const DailyEntry entry = entryWith(symptom);
        const QByteArray json = writeBundle(bundleWith(entry), kExportedAt);
        const QJsonObject written = QJsonDocument::fromJson(json)
                                        .object()
                                        .value(QStringLiteral("entries"))
                                        .toArray()
                                        .at(0)
                                        .toObject()
                                        .value(QStringLiteral("symptoms"))
                                        .toObject();
        EXPECT_EQ(written.value(QLatin1String(symptom.key)), QJsonValue(true)) << symptom.key;
        const DailyEntry back = throughBundle(bundleWith(entry));
        EXPECT_EQ(back.symptoms, entry.symptoms) << symptom.key;
    }
}

TEST(Vocabulary, AVersion1BundleReadsOnlyTheSymptomsOfVersion1)
{
    for (const YesNoSymptom& symptom : yesNoSymptoms()) {
        QJsonObject root =
            QJsonDocument::fromJson(writeBundle(bundleWith(entryWith(symptom)), kExportedAt))
                .object();
        root.insert(QStringLiteral("version"), 1);
        const auto read = readBundle(QJsonDocument(root).toJson(), QStringLiteral("v1.json"));
        ASSERT_TRUE(read.ok()) << text(read.error().message);
        ASSERT_EQ(read->bundle.entries.size(), 1);
        const Symptoms& s = read->bundle.entries.first().symptoms;
        EXPECT_EQ(s.*symptom.member, symptom.inVersion1) << symptom.key;
        const QString unknown = QStringLiteral("entries[0].symptoms.%1: unknown field, ignored")
                                    .arg(QLatin1String(symptom.key));
        EXPECT_EQ(read->warnings.join(QLatin1Char('\n')).contains(unknown), !symptom.inVersion1)
            << symptom.key;
    }
}

TEST(Vocabulary, EachYesNoSymptomComesBackAloneThroughTheCsv)
{
    for (const YesNoSymptom& symptom : yesNoSymptoms()) {
        const DailyEntry entry = entryWith(symptom);
        EXPECT_EQ(throughCsv(entry).symptoms, entry.symptoms) << symptom.key;
    }
}

TEST(Vocabulary, TheCsvHasEverySymptomColumnOnce)
{
    const QStringList& columns = entriesCsvColumns();
    for (const YesNoSymptom& symptom : yesNoSymptoms())
        EXPECT_EQ(columns.count(QLatin1String(symptom.key)), 1) << symptom.key;
    EXPECT_EQ(columns.count(QLatin1String(kLegWeaknessKey)), 1);
    EXPECT_EQ(columns.count(QLatin1String(kLegPainKey)), 1);
    EXPECT_EQ(QSet<QString>(columns.begin(), columns.end()).size(), columns.size());
}

// ---- Leg weakness and leg pain --------------------------------------------------------

TEST(Vocabulary, EveryLegAnswerHasItsNameAndComesBack)
{
    QSet<QString> weaknessKeys, painKeys;
    for (const auto& answer : legWeaknessAnswers()) {
        EXPECT_EQ(toString(answer.value), QLatin1String(answer.key));
        EXPECT_EQ(legWeaknessFromString(QLatin1String(answer.key)), answer.value);
        EXPECT_FALSE(QString::fromUtf8(answer.label).isEmpty());
        weaknessKeys.insert(QLatin1String(answer.key));
        DailyEntry entry = simpleEntry(kDay, 4);
        entry.symptoms.legWeakness = answer.value;
        EXPECT_EQ(throughBundle(bundleWith(entry)).symptoms, entry.symptoms) << answer.key;
        EXPECT_EQ(throughCsv(entry).symptoms, entry.symptoms) << answer.key;
    }
    for (const auto& answer : legPainAnswers()) {
        EXPECT_EQ(toString(answer.value), QLatin1String(answer.key));
        EXPECT_EQ(legPainFromString(QLatin1String(answer.key)), answer.value);
        EXPECT_FALSE(QString::fromUtf8(answer.label).isEmpty());
        painKeys.insert(QLatin1String(answer.key));
        DailyEntry entry = simpleEntry(kDay, 4);
        entry.symptoms.legPain = answer.value;
        EXPECT_EQ(throughBundle(bundleWith(entry)).symptoms, entry.symptoms) << answer.key;
        EXPECT_EQ(throughCsv(entry).symptoms, entry.symptoms) << answer.key;
    }
    EXPECT_EQ(weaknessKeys.size(), 3);
    EXPECT_EQ(painKeys.size(), 3);
    EXPECT_FALSE(legWeaknessFromString(QStringLiteral("sometimes")).has_value());
    EXPECT_FALSE(legPainFromString(QStringLiteral("sometimes")).has_value());
}

TEST(Vocabulary, QuotedNamesListTheAllowedValuesInOrder)
{
    EXPECT_EQ(quotedNames(legWeaknessAnswers()),
              QStringLiteral("\"none\", \"present\", \"worse\""));
    EXPECT_EQ(quotedNames(legPainAnswers()), QStringLiteral("\"none\", \"one\", \"both\""));
    EXPECT_EQ(quotedNames(sessionKinds()),
              QStringLiteral(
                  "\"swedish\", \"deep-tissue\", \"trigger-point\", \"myofascial\", \"other\""));
}

// ---- Self-care ------------------------------------------------------------------------

TEST(Vocabulary, EverySelfCareItemIsSetAndReadByItsKey)
{
    QSet<QString> keys;
    for (const SelfCareItem& item : selfCareItems()) {
        const QString key = QLatin1String(item.key);
        keys.insert(key);
        EXPECT_EQ(selfCareItem(key), &item);
        EXPECT_NE(item.amount == nullptr, item.done == nullptr) << item.key;
        EXPECT_GE(item.maxAmount, 1) << item.key;
        const int amount = item.amount ? std::min(7, item.maxAmount) : 1;
        SelfCare care;
        ASSERT_TRUE(setSelfCareAmount(care, key, amount)) << item.key;
        EXPECT_EQ(selfCareAmount(care, key), amount) << item.key;
        EXPECT_EQ(amountDone(care, key), amount) << item.key;
        // Only this item is set.
        for (const SelfCareItem& other : selfCareItems()) {
            if (&other != &item) {
                EXPECT_EQ(selfCareAmount(care, QLatin1String(other.key)), 0)
                    << item.key << " " << other.key;
            }
        }
        ASSERT_TRUE(setSelfCareAmount(care, key, 0));
        EXPECT_EQ(care, SelfCare{}) << item.key;
    }
    EXPECT_EQ(keys.size(), qsizetype(selfCareItems().size()));
    SelfCare care;
    EXPECT_FALSE(setSelfCareAmount(care, QStringLiteral("yoga"), 3));
    EXPECT_EQ(care, SelfCare{});
    EXPECT_EQ(selfCareAmount(care, QStringLiteral("yoga")), 0);
    EXPECT_EQ(selfCareItem(QStringLiteral("yoga")), nullptr);
}

TEST(Vocabulary, EverySelfCareItemComesBackAloneThroughABundleUpToItsLargestAmount)
{
    for (const SelfCareItem& item : selfCareItems()) {
        const QString key = QLatin1String(item.key);
        DailyEntry entry = simpleEntry(kDay, 4);
        ASSERT_TRUE(setSelfCareAmount(entry.selfCare, key, item.maxAmount));
        EXPECT_EQ(throughBundle(bundleWith(entry)).selfCare, entry.selfCare) << item.key;
        if (!item.amount)
            continue;
        // One more than the largest amount is refused, naming the range.
        ASSERT_TRUE(setSelfCareAmount(entry.selfCare, key, item.maxAmount + 1));
        const auto read =
            readBundle(writeBundle(bundleWith(entry), kExportedAt), QStringLiteral("v.json"));
        ASSERT_FALSE(read.ok()) << item.key;
        EXPECT_TRUE(read.error().message.contains(
            QStringLiteral("entries[0].self_care.%1: %2 is out of range 0..%3")
                .arg(key)
                .arg(item.maxAmount + 1)
                .arg(item.maxAmount)))
            << text(read.error().message);
    }
}

// ---- Session kinds and alert levels ---------------------------------------------------

TEST(Vocabulary, EverySessionKindHasADistinctLabelAndNameThatReadsBack)
{
    QSet<QString> labels, names;
    for (const SessionKind kind : sessionKinds()) {
        const QString label = sessionKindLabel(kind);
        const QString name = toString(kind);
        EXPECT_FALSE(label.isEmpty());
        EXPECT_FALSE(name.isEmpty());
        labels.insert(label);
        names.insert(name);
        EXPECT_EQ(sessionKindFromString(name), kind) << text(name);
    }
    EXPECT_EQ(labels.size(), qsizetype(sessionKinds().size()));
    EXPECT_EQ(names.size(), qsizetype(sessionKinds().size()));
    // Every kind is offered, once.
    EXPECT_EQ(sessionKinds().size(), std::size_t(SessionKind::Other) + 1);
}

TEST(Vocabulary, AlertLevelsAreEveryLevelMostUrgentFirstWithNamesThatReadBack)
{
    const auto levels = alertLevels();
    ASSERT_EQ(levels.size(), std::size_t(AlertLevel::Info) + 1);
    QSet<QString> names;
    for (std::size_t i = 0; i < levels.size(); ++i) {
        EXPECT_EQ(levels[i], static_cast<AlertLevel>(i)); // the enum's order is urgency
        const QString name = toString(levels[i]);
        EXPECT_FALSE(name.isEmpty());
        names.insert(name);
        EXPECT_EQ(alertLevelFromString(name), levels[i]) << text(name);
    }
    EXPECT_EQ(names.size(), qsizetype(levels.size()));
}

// ---- Phases ---------------------------------------------------------------------------

TEST(Vocabulary, PhaseBoundariesAreThoseOfThePlan)
{
    EXPECT_EQ(kPhaseOneLastDay, 28);
    EXPECT_EQ(kPhaseTwoLastDay, 56);
    EXPECT_EQ(phaseOfDay(1), 1);
    EXPECT_EQ(phaseOfDay(kPhaseOneLastDay), 1);
    EXPECT_EQ(phaseOfDay(kPhaseOneLastDay + 1), 2);
    EXPECT_EQ(phaseOfDay(kPhaseTwoLastDay), 2);
    EXPECT_EQ(phaseOfDay(kPhaseTwoLastDay + 1), 3);
    EXPECT_EQ(phaseOfDay(28), 1);
    EXPECT_EQ(phaseOfDay(29), 2);
    EXPECT_EQ(phaseOfDay(56), 2);
    EXPECT_EQ(phaseOfDay(57), 3);
    EXPECT_EQ(phaseOfWeek(kPhaseOneLastDay / 7), 1);
    EXPECT_EQ(phaseOfWeek(kPhaseOneLastDay / 7 + 1), 2);
    EXPECT_EQ(phaseOfWeek(kPhaseTwoLastDay / 7), 2);
    EXPECT_EQ(phaseOfWeek(kPhaseTwoLastDay / 7 + 1), 3);
    // The plan's review points are the phases' last days.
    const Episode episode = simpleEpisode();
    for (int day = 1; day <= kPhaseTwoLastDay + 7; ++day)
        EXPECT_EQ(planFor(episode, episode.programStart.addDays(day - 1)).reviewPoint,
                  day == kPhaseOneLastDay || day == kPhaseTwoLastDay)
            << day;
}
