// SPDX-License-Identifier: GPL-3.0-or-later
// Bad input to the exchange-bundle importer (formats.md section 1, quality.md R3): a table
// of hand-written bad inputs, each with the located message it must produce; unknown and
// missing optional fields; and the all-or-nothing property through the real backlog-cli.
#include "TestSupport.h"
#include "clinical/Engine.h"
#include "exchange/Bundle.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <iterator>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

using namespace backlog;
using namespace backlog::test;

namespace {

const QString kSource = QStringLiteral("bad.backlog.json");

/// A small, valid bundle that uses every field of formats.md section 1. The mutation rows
/// of the table below each change exactly one thing in it.
constexpr const char* kBase = R"json({
  "format": "backlog-exchange",
  "version": 2,
  "exported_at": "2026-11-21T10:00:00Z",
  "patient": { "name": "Test Patient" },
  "episode": {
    "onset_date": "2026-10-01",
    "program_start": "2026-10-05",
    "baseline": { "pain": 7, "function": 3 },
    "activities": ["bending to put on shoes", "lifting a child", "sitting for 30 minutes"],
    "screening": {
      "SCR-TRAUMA": false, "SCR-CANCER": false, "SCR-WEIGHT-FEVER": false,
      "SCR-IMMUNO": false, "SCR-DISC-LEG": false, "SCR-OSTEOPOROSIS": false,
      "SCR-SURGERY-6W": false, "surgery_date": null
    }
  },
  "plan": { "template": "default" },
  "entries": [
    {
      "date": "2026-10-05", "pain": 7, "function": 3.0, "activity_scores": [3, 2, 4],
      "symptoms": {
        "saddle": false, "bladder": false, "bowel": false, "both_legs": false,
        "leg_numbness": false, "leg_weakness": "none",
        "fever": false, "weight_loss": false, "night_pain": false
      },
      "self_care": { "cat_cow": 3, "pelvic_tilts": 2, "walking_min": 5,
                     "bird_dog": 0, "dead_bug": 0, "movement_min": 0, "smr": false },
      "note": ""
    },
    {
      "date": "2026-10-07", "pain": 6, "function": 3.3, "activity_scores": [3, 3, 4],
      "symptoms": {
        "saddle": false, "bladder": false, "bowel": false, "both_legs": false,
        "leg_numbness": false, "leg_weakness": "none",
        "fever": false, "weight_loss": false, "night_pain": true
      },
      "after_session": { "stiffness": "mild", "reaction": false },
      "self_care": { "cat_cow": 3, "pelvic_tilts": 2, "walking_min": 10,
                     "bird_dog": 1, "dead_bug": 1, "movement_min": 5, "smr": true },
      "note": "stiff in the morning"
    }
  ],
  "sessions": [
    { "date": "2026-10-06", "minutes": 45, "kind": "deep-tissue", "therapist": "J. Okafor",
      "shooting_pain": false, "numbness": false, "note": "" }
  ],
  "alerts": [
    { "rule": "RF-NIGHT-PAIN", "level": "see-doctor", "date": "2026-10-09",
      "acknowledged": "2026-10-10" }
  ]
})json";

/// One bad input: either a whole JSON text, or the base bundle with the field at `path`
/// set to the JSON value `value` (removed when `value` is null).
struct BadInput
{
    const char* name;
    const char* json;     ///< whole text; null to mutate kBase
    const char* path;     ///< e.g. "entries[0].pain"
    const char* value;    ///< JSON text of the new value; null removes the field
    const char* expected; ///< located text the message must contain
};

void PrintTo(const BadInput& row, std::ostream* os)
{
    *os << row.name;
}

constexpr const char* kRemove = nullptr;
constexpr const char* kMutate = nullptr;

// clang-format off
const BadInput kBadInputs[] = {
    // ---- Not a bundle at all ------------------------------------------------------------
    // Qt's parse offset points just past the offending character ("oops" starts in column 3).
    {"not_json", "{\n  \"format\": \"backlog-exchange\",\n  \"version\": 1,\n  oops\n}", nullptr, nullptr,
     "line 4, column 4: not valid JSON (unterminated object)"},
    {"trailing_comma", "{\"format\": \"backlog-exchange\", \"version\": 1,}", nullptr, nullptr,
     "line 1, column 46: not valid JSON"},
    {"garbage_after_document", "{\"format\": \"backlog-exchange\"} x", nullptr, nullptr,
     "line 1, column 32: not valid JSON (garbage at the end of the document)"},
    {"empty_file", "", nullptr, nullptr, "the file is empty; expected an exchange bundle"},
    {"only_whitespace", "  \n", nullptr, nullptr, "the file is empty; expected an exchange bundle"},
    {"top_level_array", "[{\"format\": \"backlog-exchange\", \"version\": 1}]", nullptr, nullptr,
     "the top level is not an object; expected an exchange bundle"},
    {"top_level_empty_array", "[]", nullptr, nullptr,
     "the top level is not an object; expected an exchange bundle"},

    // ---- format and version -------------------------------------------------------------
    {"format_missing", kMutate, "format", kRemove, "format: missing, expected \"backlog-exchange\""},
    {"format_wrong", kMutate, "format", "\"backlog-export\"",
     "format: \"backlog-export\" is not \"backlog-exchange\""},
    {"format_not_text", kMutate, "format", "1", "format: 1 is not \"backlog-exchange\""},
    {"version_missing", kMutate, "version", kRemove, "version: missing, expected 1 or 2"},
    {"version_text", kMutate, "version", "\"1\"", "version: \"1\" is not a whole number"},
    {"version_fraction", kMutate, "version", "1.5", "version: 1.5 is not a whole number"},
    {"version_unsupported", kMutate, "version", "3",
     "version: 3 is not supported (this version of BackLog reads versions 1 to 2)"},
    {"version_zero", kMutate, "version", "0", "version: 0 is not supported"},

    // ---- exported_at --------------------------------------------------------------------
    {"exported_at_words", kMutate, "exported_at", "\"yesterday\"",
     "exported_at: \"yesterday\" is not a date-time such as 2026-11-21T10:00:00Z"},
    {"exported_at_date_only", kMutate, "exported_at", "\"2026-11-21\"",
     "exported_at: \"2026-11-21\" is not a date-time such as 2026-11-21T10:00:00Z"},
    {"exported_at_number", kMutate, "exported_at", "1763719200",
     "exported_at: 1763719200 is not a date-time such as 2026-11-21T10:00:00Z"},

    // ---- patient ------------------------------------------------------------------------
    {"patient_not_object", kMutate, "patient", "\"Maria\"", "patient: \"Maria\" is not an object"},
    {"patient_name_not_text", kMutate, "patient.name", "42", "patient.name: 42 is not text"},

    // ---- episode ------------------------------------------------------------------------
    {"episode_missing", kMutate, "episode", kRemove, "episode: missing, expected an object"},
    {"episode_array", kMutate, "episode", "[]", "episode: an array is not an object"},
    {"episode_text", kMutate, "episode", "\"2026-10-05\"", "episode: \"2026-10-05\" is not an object"},
    {"onset_missing", kMutate, "episode.onset_date", kRemove,
     "episode.onset_date: missing, expected a date YYYY-MM-DD"},
    {"program_start_missing", kMutate, "episode.program_start", kRemove,
     "episode.program_start: missing, expected a date YYYY-MM-DD"},
    {"program_start_null", kMutate, "episode.program_start", "null",
     "episode.program_start: missing, expected a date YYYY-MM-DD"},
    {"onset_february_30", kMutate, "episode.onset_date", "\"2026-02-30\"",
     "episode.onset_date: \"2026-02-30\" is not a valid date YYYY-MM-DD"},
    {"program_start_unpadded", kMutate, "episode.program_start", "\"2026-1-5\"",
     "episode.program_start: \"2026-1-5\" is not a valid date YYYY-MM-DD"},
    {"program_start_with_time", kMutate, "episode.program_start", "\"2026-10-05T08:00:00Z\"",
     "episode.program_start: \"2026-10-05T08:00:00Z\" is not a valid date YYYY-MM-DD"},
    {"onset_number", kMutate, "episode.onset_date", "20261001",
     "episode.onset_date: 20261001 is not a date YYYY-MM-DD"},
    {"onset_year_1899", kMutate, "episode.onset_date", "\"1899-12-31\"",
     "episode.onset_date: \"1899-12-31\" is outside the years 1900..2199"},
    {"program_start_year_2200", kMutate, "episode.program_start", "\"2200-01-01\"",
     "episode.program_start: \"2200-01-01\" is outside the years 1900..2199"},
    {"onset_after_program_start", kMutate, "episode.onset_date", "\"2026-10-06\"",
     "episode.onset_date: 2026-10-06 is after program_start 2026-10-05"},
    {"baseline_not_object", kMutate, "episode.baseline", "7", "episode.baseline: 7 is not an object"},
    {"baseline_pain_11", kMutate, "episode.baseline.pain", "11",
     "episode.baseline.pain: 11 is out of range 0..10"},
    {"baseline_function_negative", kMutate, "episode.baseline.function", "-0.5",
     "episode.baseline.function: -0.5 is out of range 0..10"},
    {"baseline_function_text", kMutate, "episode.baseline.function", "\"3\"",
     "episode.baseline.function: \"3\" is not a number 0..10"},
    {"activities_six", kMutate, "episode.activities", "[\"a\", \"b\", \"c\", \"d\", \"e\", \"f\"]",
     "episode.activities: 6 activities, expected at most 5"},
    {"activities_not_list", kMutate, "episode.activities", "\"bending\"",
     "episode.activities: \"bending\" is not a list of activities"},
    {"activity_blank", kMutate, "episode.activities[1]", "\"  \"",
     "episode.activities[1]: \"  \" is not the name of an activity"},
    {"screening_text_answer", kMutate, "episode.screening.SCR-TRAUMA", "\"no\"",
     "episode.screening.SCR-TRAUMA: \"no\" is not true or false"},
    {"screening_number_answer", kMutate, "episode.screening.SCR-CANCER", "0",
     "episode.screening.SCR-CANCER: 0 is not true or false"},
    {"surgery_date_invalid", kMutate, "episode.screening.surgery_date", "\"2026-13-01\"",
     "episode.screening.surgery_date: \"2026-13-01\" is not a valid date YYYY-MM-DD"},
    {"surgery_date_boolean", kMutate, "episode.screening.surgery_date", "true",
     "episode.screening.surgery_date: true is not a date YYYY-MM-DD"},
    {"plan_unknown_template", kMutate, "plan.template", "\"aggressive\"",
     "plan.template: \"aggressive\" is not a known plan template (known: \"default\")"},

    // ---- entries ------------------------------------------------------------------------
    {"entries_object", kMutate, "entries", "{}", "entries: an object is not a list of entries"},
    {"entry_number", kMutate, "entries[1]", "5", "entries[1]: 5 is not an entry object"},
    {"entry_array", kMutate, "entries[0]", "[]", "entries[0]: an array is not an entry object"},
    {"entry_date_missing", kMutate, "entries[0].date", kRemove,
     "entries[0].date: missing, expected a date YYYY-MM-DD"},
    {"entry_date_invalid", kMutate, "entries[1].date", "\"2026-02-29\"",
     "entries[1].date: \"2026-02-29\" is not a valid date YYYY-MM-DD"},
    {"entry_pain_missing", kMutate, "entries[0].pain", kRemove,
     "entries[0].pain: missing, expected a whole number 0..10"},
    {"entry_pain_11", kMutate, "entries[0].pain", "11", "entries[0].pain: 11 is out of range 0..10"},
    {"entry_pain_negative", kMutate, "entries[1].pain", "-1", "entries[1].pain: -1 is out of range 0..10"},
    {"entry_pain_fraction", kMutate, "entries[0].pain", "7.5",
     "entries[0].pain: 7.5 is not a whole number 0..10"},
    {"entry_pain_text", kMutate, "entries[0].pain", "\"7\"",
     "entries[0].pain: \"7\" is not a whole number 0..10"},
    {"entry_pain_null", kMutate, "entries[0].pain", "null",
     "entries[0].pain: null is not a whole number 0..10"},
    {"entry_function_10_5", kMutate, "entries[0].function", "10.5",
     "entries[0].function: 10.5 is out of range 0..10"},
    {"entry_function_two_decimals", kMutate, "entries[0].function", "3.25",
     "entries[0].function: 3.25 has more than one decimal place"},
    {"entry_function_boolean", kMutate, "entries[0].function", "true",
     "entries[0].function: true is not a number 0..10"},
    {"activity_scores_six", kMutate, "entries[0].activity_scores", "[1, 2, 3, 4, 5, 6]",
     "entries[0].activity_scores: 6 scores, expected at most 5"},
    {"activity_score_11", kMutate, "entries[0].activity_scores[1]", "11",
     "entries[0].activity_scores[1]: 11 is out of range 0..10"},
    {"activity_score_negative", kMutate, "entries[1].activity_scores[0]", "-2",
     "entries[1].activity_scores[0]: -2 is out of range 0..10"},
    {"activity_score_fraction", kMutate, "entries[0].activity_scores[2]", "2.5",
     "entries[0].activity_scores[2]: 2.5 is not a whole number 0..10"},
    {"activity_scores_text", kMutate, "entries[0].activity_scores", "\"3,2,4\"",
     "entries[0].activity_scores: \"3,2,4\" is not a list of scores"},
    {"symptoms_not_object", kMutate, "entries[0].symptoms", "true",
     "entries[0].symptoms: true is not an object"},
    {"symptom_text", kMutate, "entries[0].symptoms.saddle", "\"yes\"",
     "entries[0].symptoms.saddle: \"yes\" is not true or false"},
    {"symptom_number", kMutate, "entries[1].symptoms.night_pain", "1",
     "entries[1].symptoms.night_pain: 1 is not true or false"},
    {"leg_weakness_unknown", kMutate, "entries[0].symptoms.leg_weakness", "\"mild\"",
     "entries[0].symptoms.leg_weakness: \"mild\" is not one of \"none\", \"present\", \"worse\""},
    {"leg_weakness_boolean", kMutate, "entries[0].symptoms.leg_weakness", "true",
     "entries[0].symptoms.leg_weakness: true is not one of \"none\", \"present\", \"worse\""},
    {"after_session_not_object", kMutate, "entries[1].after_session", "\"mild\"",
     "entries[1].after_session: \"mild\" is not an object"},
    {"stiffness_unknown", kMutate, "entries[1].after_session.stiffness", "\"extreme\"",
     "entries[1].after_session.stiffness: \"extreme\" is not one of \"none\", \"mild\", \"severe\""},
    {"reaction_text", kMutate, "entries[1].after_session.reaction", "\"no\"",
     "entries[1].after_session.reaction: \"no\" is not true or false"},
    {"self_care_negative", kMutate, "entries[0].self_care.cat_cow", "-1",
     "entries[0].self_care.cat_cow: -1 is out of range 0..50"},
    {"self_care_fraction", kMutate, "entries[0].self_care.walking_min", "12.5",
     "entries[0].self_care.walking_min: 12.5 is not a whole number 0..1440"},
    {"self_care_too_many_minutes", kMutate, "entries[1].self_care.movement_min", "1441",
     "entries[1].self_care.movement_min: 1441 is out of range 0..1440"},
    {"self_care_smr_text", kMutate, "entries[1].self_care.smr", "\"yes\"",
     "entries[1].self_care.smr: \"yes\" is not true or false"},
    {"note_number", kMutate, "entries[0].note", "42", "entries[0].note: 42 is not text"},
    {"note_object", kMutate, "entries[1].note", "{}", "entries[1].note: an object is not text"},
    {"entry_date_twice", kMutate, "entries[1].date", "\"2026-10-05\"",
     "entries[1].date: 2026-10-05 appears twice (also entries[0]); one entry per date"},

    // ---- sessions -----------------------------------------------------------------------
    {"sessions_not_array", kMutate, "sessions", "\"none\"", "sessions: \"none\" is not a list of sessions"},
    {"session_not_object", kMutate, "sessions[0]", "45", "sessions[0]: 45 is not a session object"},
    {"session_date_missing", kMutate, "sessions[0].date", kRemove,
     "sessions[0].date: missing, expected a date YYYY-MM-DD"},
    {"session_minutes_missing", kMutate, "sessions[0].minutes", kRemove,
     "sessions[0].minutes: missing, expected a whole number 1..600"},
    {"session_minutes_0", kMutate, "sessions[0].minutes", "0",
     "sessions[0].minutes: 0 is out of range 1..600"},
    {"session_minutes_601", kMutate, "sessions[0].minutes", "601",
     "sessions[0].minutes: 601 is out of range 1..600"},
    {"session_minutes_fraction", kMutate, "sessions[0].minutes", "45.5",
     "sessions[0].minutes: 45.5 is not a whole number 1..600"},
    {"session_kind_unknown", kMutate, "sessions[0].kind", "\"shiatsu\"",
     "sessions[0].kind: \"shiatsu\" is not one of \"swedish\", \"deep-tissue\", \"trigger-point\", "
     "\"myofascial\", \"other\""},
    {"session_therapist_number", kMutate, "sessions[0].therapist", "7",
     "sessions[0].therapist: 7 is not text"},
    {"session_shooting_pain_text", kMutate, "sessions[0].shooting_pain", "\"false\"",
     "sessions[0].shooting_pain: \"false\" is not true or false"},

    // ---- alerts -------------------------------------------------------------------------
    {"alerts_not_array", kMutate, "alerts", "{}", "alerts: an object is not a list of alerts"},
    {"alert_not_object", kMutate, "alerts[0]", "\"RF-NIGHT-PAIN\"",
     "alerts[0]: \"RF-NIGHT-PAIN\" is not an alert object"},
    {"alert_rule_missing", kMutate, "alerts[0].rule", kRemove, "alerts[0].rule: missing, expected a rule id"},
    {"alert_rule_unknown", kMutate, "alerts[0].rule", "\"RF-HEADACHE\"",
     "alerts[0].rule: \"RF-HEADACHE\" is not a known rule id"},
    {"alert_level_unknown", kMutate, "alerts[0].level", "\"severe\"",
     "alerts[0].level: \"severe\" is not one of \"emergency\", \"urgent\", \"stop-massage\", "
     "\"see-doctor\", \"clearance\", \"info\""},
    {"screening_answered_not_a_date", kMutate, "episode.screening_answered",
     "{\"SCR-ANTICOAG\": \"last week\"}",
     "episode.screening_answered.SCR-ANTICOAG: \"last week\" is not a valid date YYYY-MM-DD"},
    {"leg_pain_unknown", kMutate, "entries[0].symptoms.leg_pain", "\"left\"",
     "entries[0].symptoms.leg_pain: \"left\" is not one of \"none\", \"one\", \"both\""},
    {"activity_score_text", kMutate, "entries[0].activity_scores[0]", "\"high\"",
     "entries[0].activity_scores[0]: \"high\" is not a whole number 0..10"},
    {"alert_date_invalid", kMutate, "alerts[0].date", "\"2026-10-32\"",
     "alerts[0].date: \"2026-10-32\" is not a valid date YYYY-MM-DD"},
    {"alert_acknowledged_before_date", kMutate, "alerts[0].acknowledged", "\"2026-10-08\"",
     "alerts[0].acknowledged: 2026-10-08 is before the alert's date 2026-10-09"},
    {"alert_twice", kMutate, "alerts[1]",
     "{\"rule\": \"RF-NIGHT-PAIN\", \"level\": \"see-doctor\", \"date\": \"2026-10-09\", \"acknowledged\": null}",
     "alerts[1]: alert RF-NIGHT-PAIN on 2026-10-09 appears twice"},
};
// clang-format on

// ---- Mutation of the base bundle by path ------------------------------------------------

struct Step
{
    QString key;    ///< object key, or empty for an index
    int index = -1; ///< array index, or -1 for a key
};

QList<Step> parsePath(const QString& path)
{
    static const QRegularExpression part(QStringLiteral("^([^\\[]*)((?:\\[\\d+\\])*)$"));
    static const QRegularExpression index(QStringLiteral("\\[(\\d+)\\]"));
    QList<Step> steps;
    for (const QString& p : path.split(QLatin1Char('.'))) {
        const auto m = part.match(p);
        if (!m.hasMatch())
            throw std::runtime_error("bad path " + path.toStdString());
        if (!m.captured(1).isEmpty())
            steps << Step{m.captured(1), -1};
        for (auto it = index.globalMatch(m.captured(2)); it.hasNext();)
            steps << Step{{}, it.next().captured(1).toInt()};
    }
    return steps;
}

/// `node` with the value at steps[i..] set to `value` (removed when `value` is empty).
QJsonValue applyAt(const QJsonValue& node, const QList<Step>& steps, int i,
                   const std::optional<QJsonValue>& value)
{
    if (i == steps.size())
        return *value;
    const Step& step = steps.at(i);
    const bool last = i + 1 == steps.size();
    if (step.index < 0) {
        QJsonObject object = node.toObject();
        if (last && !value)
            object.remove(step.key);
        else
            object.insert(step.key, applyAt(object.value(step.key), steps, i + 1, value));
        return object;
    }
    QJsonArray array = node.toArray();
    if (last && !value) {
        if (step.index < array.size())
            array.removeAt(step.index);
    } else if (step.index < array.size()) {
        array.replace(step.index, applyAt(array.at(step.index), steps, i + 1, value));
    } else {
        array.append(applyAt(QJsonValue(), steps, i + 1, value));
    }
    return array;
}

QJsonObject baseObject()
{
    return QJsonDocument::fromJson(QByteArray(kBase)).object();
}

QByteArray toText(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

/// The JSON text of a row: its own text, or the mutated base.
QByteArray textOf(const BadInput& row)
{
    if (row.json)
        return QByteArray(row.json);
    std::optional<QJsonValue> value;
    if (row.value) {
        QJsonParseError error;
        const QJsonDocument wrapped =
            QJsonDocument::fromJson(QByteArray("[") + row.value + "]", &error);
        if (error.error != QJsonParseError::NoError)
            throw std::runtime_error(std::string("bad value in row ") + row.name);
        value = wrapped.array().at(0);
    }
    const QJsonValue mutated =
        applyAt(baseObject(), parsePath(QString::fromUtf8(row.path)), 0, value);
    return toText(mutated.toObject());
}

const BadInput& rowNamed(const char* name)
{
    for (const BadInput& row : kBadInputs)
        if (std::string(row.name) == name)
            return row;
    throw std::runtime_error(std::string("no row ") + name);
}

std::string text(const QString& s)
{
    return s.toStdString();
}

// ---- The table ------------------------------------------------------------------------

TEST(BundleBadInputTable, BaseBundleIsValidWithoutWarnings)
{
    const auto read = readBundle(QByteArray(kBase), kSource);
    ASSERT_TRUE(read.ok()) << text(read.error().message);
    EXPECT_TRUE(read->warnings.isEmpty()) << text(read->warnings.join(QLatin1Char('\n')));
    EXPECT_EQ(read->bundle.entries.size(), 2);
    EXPECT_EQ(read->bundle.sessions.size(), 1);
    EXPECT_EQ(read->bundle.alerts.size(), 1);
    // The base survives a re-serialisation, so a mutated row differs from it only by its
    // mutation.
    const auto again = readBundle(toText(baseObject()), kSource);
    ASSERT_TRUE(again.ok()) << text(again.error().message);
    EXPECT_EQ(again->bundle, read->bundle);
}

TEST(BundleBadInputTable, HoldsAtLeastFortyFiveRowsWithUniqueNames)
{
    EXPECT_GE(std::size(kBadInputs), 45u);
    QSet<QString> names;
    for (const BadInput& row : kBadInputs)
        names.insert(QString::fromUtf8(row.name));
    EXPECT_EQ(names.size(), qsizetype(std::size(kBadInputs)));
}

class BundleBadInput : public ::testing::TestWithParam<BadInput>
{
};

TEST_P(BundleBadInput, IsRefusedWithALocatedMessage)
{
    const BadInput& row = GetParam();
    const QByteArray json = textOf(row);
    if (!row.json) {
        // The mutation must really have changed the base.
        ASSERT_NE(QJsonDocument::fromJson(json), QJsonDocument::fromJson(QByteArray(kBase)))
            << "row " << row.name << " changes nothing";
    }

    const auto read = readBundle(json, kSource);
    ASSERT_FALSE(read.ok()) << "accepted:\n" << json.toStdString();
    EXPECT_EQ(read.error().kind, ErrorKind::BadInput);
    const QString message = read.error().message;
    const QString expected = kSource + QStringLiteral(": ") + QString::fromUtf8(row.expected);

    EXPECT_TRUE(message.startsWith(kSource + QStringLiteral(": "))) << text(message);
    const QStringList lines = message.split(QLatin1Char('\n'));
    bool found = false;
    for (const QString& line : lines) {
        EXPECT_TRUE(line.startsWith(kSource + QStringLiteral(": ")))
            << "a line without the source name: " << text(line);
        if (line.startsWith(expected))
            found = true;
    }
    EXPECT_TRUE(found) << "expected a line starting with:\n  " << text(expected) << "\nmessage:\n  "
                       << text(message);
}

INSTANTIATE_TEST_SUITE_P(Table, BundleBadInput, ::testing::ValuesIn(kBadInputs),
                         [](const ::testing::TestParamInfo<BadInput>& info) {
                             return std::string(info.param.name);
                         });

// ---- Unknown and missing optional fields ------------------------------------------------

TEST(BundleBadInputTolerance, UnknownFieldsAreWarningsAndSurviveARoundTrip)
{
    QJsonObject root = baseObject();
    const auto set = [&](const char* path, const QJsonValue& v) {
        root = applyAt(root, parsePath(QString::fromUtf8(path)), 0, v).toObject();
    };
    set("x_top", QJsonObject{{QStringLiteral("tool"), QStringLiteral("clinic-sync")}});
    set("patient.x_patient", true);
    set("episode.x_episode", 12);
    set("entries[0].x_entry", QStringLiteral("from the old app"));
    set("sessions[0].x_session", QJsonArray{1, 2});
    // Fields inside fixed sub-objects are ignored (with a warning) rather than kept.
    set("entries[0].symptoms.x_symptom", true);
    set("alerts[0].x_alert", QStringLiteral("seen"));

    const auto read = readBundle(toText(root), kSource);
    ASSERT_TRUE(read.ok()) << text(read.error().message);
    const QStringList warnings = read->warnings;
    const auto warned = [&](const QString& line) {
        return warnings.contains(kSource + QStringLiteral(": ") + line);
    };
    EXPECT_TRUE(warned(QStringLiteral("x_top: unknown field, kept as it is")))
        << text(warnings.join(QLatin1Char('\n')));
    EXPECT_TRUE(warned(QStringLiteral("patient.x_patient: unknown field, kept as it is")));
    EXPECT_TRUE(warned(QStringLiteral("episode.x_episode: unknown field, kept as it is")));
    EXPECT_TRUE(warned(QStringLiteral("entries[0].x_entry: unknown field, kept as it is")));
    EXPECT_TRUE(warned(QStringLiteral("sessions[0].x_session: unknown field, kept as it is")));
    EXPECT_TRUE(warned(QStringLiteral("entries[0].symptoms.x_symptom: unknown field, ignored")));
    EXPECT_TRUE(warned(QStringLiteral("alerts[0].x_alert: unknown field, ignored")));
    EXPECT_EQ(warnings.size(), 7) << text(warnings.join(QLatin1Char('\n')));

    const Bundle& first = read->bundle;
    EXPECT_EQ(
        first.extraTop.value(QStringLiteral("x_top")).toObject().value(QStringLiteral("tool")),
        QJsonValue(QStringLiteral("clinic-sync")));
    EXPECT_EQ(first.extraPatient.value(QStringLiteral("x_patient")), QJsonValue(true));
    EXPECT_EQ(first.episode.extra.value(QStringLiteral("x_episode")), QJsonValue(12));
    EXPECT_EQ(first.entries.at(0).extra.value(QStringLiteral("x_entry")),
              QJsonValue(QStringLiteral("from the old app")));
    EXPECT_EQ(first.sessions.at(0).extra.value(QStringLiteral("x_session")),
              QJsonValue(QJsonArray{1, 2}));

    // Round trip: write and read again; the kept fields are still there and nothing else
    // changed.
    const QDateTime exportedAt(QDate(2026, 11, 22), QTime(8, 30), Qt::UTC);
    const QByteArray written = writeBundle(first, exportedAt);
    EXPECT_TRUE(written.contains("\"x_entry\"")) << written.toStdString();
    const auto again = readBundle(written, QStringLiteral("again.backlog.json"));
    ASSERT_TRUE(again.ok()) << text(again.error().message);
    Bundle expected = first;
    expected.exportedAt = exportedAt;
    EXPECT_EQ(again->bundle, expected);
    EXPECT_EQ(again->bundle.entries.at(0).extra, first.entries.at(0).extra);
    EXPECT_EQ(again->bundle.sessions.at(0).extra, first.sessions.at(0).extra);
    EXPECT_EQ(again->bundle.extraTop, first.extraTop);
    EXPECT_EQ(again->bundle.extraPatient, first.extraPatient);
    EXPECT_EQ(again->bundle.episode.extra, first.episode.extra);
    // The ignored ones are gone, so the second read only warns about the kept ones.
    EXPECT_EQ(again->warnings.size(), 5) << text(again->warnings.join(QLatin1Char('\n')));
}

TEST(BundleBadInputTolerance, MissingOptionalFieldsTakeDefaults)
{
    const QByteArray minimal = R"json({
      "format": "backlog-exchange",
      "version": 1,
      "episode": { "onset_date": "2026-10-01", "program_start": "2026-10-05" },
      "entries": [ { "date": "2026-10-05", "pain": 4 } ],
      "sessions": [ { "date": "2026-10-06", "minutes": 30 } ]
    })json";
    const auto read = readBundle(minimal, kSource);
    ASSERT_TRUE(read.ok()) << text(read.error().message);
    EXPECT_TRUE(read->warnings.isEmpty()) << text(read->warnings.join(QLatin1Char('\n')));
    const Bundle& b = read->bundle;
    EXPECT_FALSE(b.exportedAt.isValid());
    EXPECT_TRUE(b.episode.patientName.isEmpty());
    EXPECT_EQ(b.episode.onsetDate, QDate(2026, 10, 1));
    EXPECT_EQ(b.episode.programStart, QDate(2026, 10, 5));
    EXPECT_FALSE(b.episode.baselinePain.has_value());
    EXPECT_FALSE(b.episode.baselineFunction.has_value());
    EXPECT_TRUE(b.episode.activities.isEmpty());
    EXPECT_EQ(b.episode.screening, Screening{});
    EXPECT_FALSE(b.episode.screening.surgeryDate.isValid());
    EXPECT_EQ(b.episode.planTemplate, QStringLiteral("default"));
    EXPECT_TRUE(b.episode.extra.isEmpty());

    ASSERT_EQ(b.entries.size(), 1);
    const DailyEntry& e = b.entries.at(0);
    EXPECT_EQ(e.date, QDate(2026, 10, 5));
    EXPECT_EQ(e.pain, 4);
    EXPECT_FALSE(e.function.has_value());
    EXPECT_TRUE(e.activityScores.isEmpty());
    EXPECT_EQ(e.symptoms, Symptoms{});
    EXPECT_EQ(e.symptoms.legWeakness, LegWeakness::None);
    EXPECT_FALSE(e.afterSession.has_value());
    EXPECT_EQ(e.selfCare, SelfCare{});
    EXPECT_TRUE(e.note.isEmpty());

    ASSERT_EQ(b.sessions.size(), 1);
    const Session& s = b.sessions.at(0);
    EXPECT_EQ(s.minutes, 30);
    EXPECT_EQ(s.kind, SessionKind::Other);
    EXPECT_TRUE(s.therapist.isEmpty());
    EXPECT_FALSE(s.shootingPain);
    EXPECT_FALSE(s.numbness);
    EXPECT_TRUE(s.note.isEmpty());
    EXPECT_TRUE(b.alerts.isEmpty());
}

TEST(BundleBadInputTolerance, ActivityScoresGiveTheFunctionWhenItIsMissing)
{
    QJsonObject root = baseObject();
    root =
        applyAt(root, parsePath(QStringLiteral("entries[0].function")), 0, std::nullopt).toObject();
    const auto read = readBundle(toText(root), kSource);
    ASSERT_TRUE(read.ok()) << text(read.error().message);
    ASSERT_TRUE(read->bundle.entries.at(0).function.has_value());
    EXPECT_DOUBLE_EQ(*read->bundle.entries.at(0).function, 3.0); // mean of 3, 2, 4
}

TEST(BundleBadInputTolerance, AllErrorsOfAFileAreReportedEachOnItsOwnLine)
{
    QJsonObject root = baseObject();
    root =
        applyAt(root, parsePath(QStringLiteral("entries[0].pain")), 0, QJsonValue(11)).toObject();
    root = applyAt(root, parsePath(QStringLiteral("sessions[0].minutes")), 0, QJsonValue(0))
               .toObject();
    const auto read = readBundle(toText(root), kSource);
    ASSERT_FALSE(read.ok());
    const QStringList lines = read.error().message.split(QLatin1Char('\n'));
    EXPECT_TRUE(
        lines.contains(kSource + QStringLiteral(": entries[0].pain: 11 is out of range 0..10")))
        << text(read.error().message);
    EXPECT_TRUE(
        lines.contains(kSource + QStringLiteral(": sessions[0].minutes: 0 is out of range 1..600")))
        << text(read.error().message);
}

// ---- All or nothing, through the real backlog-cli ---------------------------------------

/// Every file in `folder` with its bytes.
QMap<QString, QByteArray> snapshot(const QString& folder)
{
    QMap<QString, QByteArray> files;
    const QDir dir(folder);
    for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden | QDir::System))
        files.insert(name, readFile(dir.filePath(name)));
    return files;
}

/// Imports a valid bundle into a fresh diary in its own folder, then the bad file; the
/// import must fail with exit 2, name the file and the located problem, and leave every
/// byte of the diary folder as it was.
void expectRefusedAndUnchanged(const QByteArray& badJson, const QString& expected)
{
    TempFolder folder;
    const QString diaryFolder = folder.path(QStringLiteral("diary"));
    ASSERT_TRUE(QDir().mkpath(diaryFolder));
    const QString diary = diaryFolder + QStringLiteral("/diary.sqlite");
    const QString bad = folder.path(QStringLiteral("bad.backlog.json"));
    writeFile(bad, badJson);

    const ProcessResult first = runCli(
        {QStringLiteral("import"), dataPath(QStringLiteral("scenarios/responder.backlog.json")),
         QStringLiteral("--db"), diary});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    const QByteArray before = readFile(diary);
    ASSERT_FALSE(before.isEmpty());
    const QMap<QString, QByteArray> folderBefore = snapshot(diaryFolder);

    const ProcessResult run =
        runCli({QStringLiteral("import"), bad, QStringLiteral("--db"), diary});
    EXPECT_EQ(run.exitCode, 2) << run.err.toStdString();
    const QString err = QString::fromUtf8(run.err);
    EXPECT_TRUE(err.contains(bad + QStringLiteral(": ") + expected))
        << "expected on stderr: " << text(bad + QStringLiteral(": ") + expected)
        << "\nstderr: " << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();

    EXPECT_EQ(readFile(diary), before) << "the diary changed";
    EXPECT_EQ(snapshot(diaryFolder), folderBefore) << "the diary's folder changed";
}

class BundleBadInputCli : public ::testing::TestWithParam<const char*>
{
};

TEST_P(BundleBadInputCli, ImportExitsTwoAndChangesNothing)
{
    const BadInput& row = rowNamed(GetParam());
    expectRefusedAndUnchanged(textOf(row), QString::fromUtf8(row.expected));
}

INSTANTIATE_TEST_SUITE_P(
    AllOrNothing, BundleBadInputCli,
    ::testing::Values("not_json", "version_unsupported", "onset_after_program_start",
                      "entry_pain_11", "entry_date_twice", "session_minutes_601", "alert_twice"),
    [](const ::testing::TestParamInfo<const char*>& info) { return std::string(info.param); });

TEST(BundleBadInputCliAllOrNothing, OneBadLastEntryInALongValidBundleChangesNothing)
{
    // Everything before the last entry is valid and new to the diary (a different episode's
    // data), so a partial import would be visible.
    QJsonObject root = QJsonDocument::fromJson(
                           readFile(dataPath(QStringLiteral("scenarios/night_pain.backlog.json"))))
                           .object();
    ASSERT_FALSE(root.isEmpty());
    const int last = root.value(QStringLiteral("entries")).toArray().size() - 1;
    ASSERT_GT(last, 5);
    const QString path = QStringLiteral("entries[%1].pain").arg(last);
    root = applyAt(root, parsePath(path), 0, QJsonValue(11)).toObject();
    expectRefusedAndUnchanged(toText(root), path + QStringLiteral(": 11 is out of range 0..10"));
}

} // namespace

// ---- Bundle version 2 (formats.md section 1) ------------------------------------------------

namespace {

const QByteArray kVersion2 = R"json({
  "format": "backlog-exchange",
  "version": 2,
  "episode": {
    "onset_date": "2026-10-01", "program_start": "2026-10-05",
    "baseline": { "pain": null, "function": null },
    "activities": ["bending", "sitting", "walking"],
    "screening": { "SCR-ANTICOAG": true, "SCR-SURGERY-6W": true, "surgery_date": null },
    "screening_answered": { "SCR-ANTICOAG": "2026-11-02" }
  },
  "entries": [
    { "date": "2026-10-05", "pain": 4, "activity_scores": [3, null, 5],
      "symptoms": { "leg_pain": "both", "sexual": true, "fall": true } },
    { "date": "2026-10-06", "pain": 4, "activity_scores": [3, 4, 6] }
  ],
  "alerts": [ { "rule": "RF-LEG-WEAKNESS", "level": "see-doctor", "date": "2026-10-05",
                "acknowledged": "2026-10-06" } ]
})json";

} // namespace

TEST(BundleVersion2, ReadsTheNewAnswersPartlyRatedDaysAndRecordedLevels)
{
    const auto read = readBundle(kVersion2, kSource);
    ASSERT_TRUE(read.ok()) << text(read.error().message);
    const Bundle& b = read->bundle;
    EXPECT_FALSE(b.episode.baselinePain.has_value());
    EXPECT_TRUE(b.episode.screening.anticoag);
    EXPECT_EQ(b.episode.screening.answered.value(QStringLiteral("SCR-ANTICOAG")),
              QDate(2026, 11, 2));
    ASSERT_EQ(b.entries.size(), 2);
    EXPECT_EQ(b.entries[0].activityScores, (QList<std::optional<int>>{3, std::nullopt, 5}));
    EXPECT_FALSE(b.entries[0].function.has_value()); // partly rated: no function score yet
    EXPECT_EQ(b.entries[1].function, 4.3);           // 13 / 3 = 4.33 -> 4.3
    EXPECT_EQ(b.entries[0].symptoms.legPain, LegPain::Both);
    EXPECT_TRUE(b.entries[0].symptoms.sexual);
    EXPECT_TRUE(b.entries[0].symptoms.fall);
    ASSERT_EQ(b.alerts.size(), 1);
    EXPECT_EQ(b.alerts[0].level, AlertLevel::SeeDoctor); // as recorded (version 1 level)

    // Written back as version 2, it reads the same.
    const QByteArray written = writeBundle(b, QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
    EXPECT_TRUE(written.contains("\"version\": 2"));
    const auto again = readBundle(written, kSource);
    ASSERT_TRUE(again.ok()) << text(again.error().message);
    EXPECT_EQ(again->bundle.entries, b.entries);
    EXPECT_EQ(again->bundle.episode.screening, b.episode.screening);
    EXPECT_EQ(again->bundle.alerts, b.alerts);
}

TEST(BundleVersion2, AVersion1FileHasNoneOfTheNewAnswers)
{
    QByteArray v1 = kVersion2;
    v1.replace("\"version\": 2", "\"version\": 1");
    const auto read = readBundle(v1, kSource);
    ASSERT_TRUE(read.ok()) << text(read.error().message);
    const Bundle& b = read->bundle;
    EXPECT_FALSE(b.episode.screening.anticoag);
    EXPECT_TRUE(b.episode.screening.answered.isEmpty());
    EXPECT_EQ(b.entries[0].symptoms.legPain, LegPain::None);
    EXPECT_FALSE(b.entries[0].symptoms.sexual);
    EXPECT_FALSE(b.entries[0].symptoms.fall);
    EXPECT_TRUE(b.episode.screening.surgery6w); // asked by version 1 as well
}

TEST(BundleVersion2, AnAcknowledgementRecordedLessUrgentDoesNotCountInTheEvaluation)
{
    // RF-LEG-WEAKNESS became urgent: the see-doctor acknowledgement of version 1 asks again.
    QByteArray bundle = kVersion2;
    bundle.replace("\"fall\": true }", "\"fall\": true, \"leg_weakness\": \"present\" }");
    const auto read = readBundle(bundle, kSource);
    ASSERT_TRUE(read.ok()) << text(read.error().message);
    const Bundle& b = read->bundle;
    const Evaluation ev = evaluate(b.episode, b.entries, b.sessions, b.alerts, QDate(2026, 10, 6));
    bool found = false;
    for (const Alert& a : ev.alerts)
        if (a.rule == QLatin1String("RF-LEG-WEAKNESS")) {
            found = true;
            EXPECT_EQ(a.level, AlertLevel::Urgent);
            EXPECT_FALSE(a.isAcknowledged());
        }
    EXPECT_TRUE(found);
}
