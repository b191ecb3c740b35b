// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/DailyEntry.h"
#include "model/Enums.h"

#include <QList>
#include <QString>
#include <span>

namespace backlog {

// The domain's words, each defined once: the daily symptom check, the self-care items,
// the session kinds, the alert levels and the phase boundaries. The pages, the CSV, bundle
// and FHIR mappings, the storage and the report read these tables; none types a list out.

/// A yes/no question of the daily symptom check (clinical.md 4.2), in the order of the
/// bundle's symptoms object (formats.md), which is also the order the Today page asks.
/// `key` is the bundle's and the CSV's name (formats.md) and the diary's column;
/// `question` is the patient's wording (context "Symptoms"; shown with symptomText()).
struct YesNoSymptom
{
    const char* key;
    bool Symptoms::*member;
    const char* question;
    /// Asked by clinical rules version 1, so also in a version 1 bundle; false for the
    /// questions version 2 added ("sexual", "fall").
    bool inVersion1 = true;
};
/// Every yes/no symptom. Leg weakness and leg pain have three answers and are asked on
/// their own (legWeaknessAnswers(), legPainAnswers()).
std::span<const YesNoSymptom> yesNoSymptoms();
/// The yes/no symptom of `key`; null for any other key (also for the three-way ones).
const YesNoSymptom* yesNoSymptom(const QString& key);
/// yesNoSymptoms() in two parts, split where the bundle's symptoms object and the diary's
/// columns have leg weakness and then leg pain: the yes/no symptoms before them ("saddle"
/// to "leg_numbness") and those after them ("sexual" to "night_pain").
std::span<const YesNoSymptom> yesNoSymptomsBeforeLegs();
std::span<const YesNoSymptom> yesNoSymptomsAfterLegs();

/// The names of the three-way symptoms in the bundle, the CSV and the diary's columns
/// (formats.md). Leg pain was added by clinical rules version 2 (bundle version 2).
inline constexpr char kLegWeaknessKey[] = "leg_weakness";
inline constexpr char kLegPainKey[] = "leg_pain";

/// One answer of a three-way symptom question: its value, its name in the formats and the
/// patient's wording (context "Symptoms"; shown with symptomText()).
template <typename E> struct SymptomAnswer
{
    E value;
    const char* key;
    const char* label;
};
std::span<const SymptomAnswer<LegWeakness>> legWeaknessAnswers();
std::span<const SymptomAnswer<LegPain>> legPainAnswers();
/// The keys of `answers` in their order, each in double quotes and separated by ", ", as a
/// message lists the values allowed: "\"none\", \"one\", \"both\"".
QString quotedNames(std::span<const SymptomAnswer<LegWeakness>> answers);
QString quotedNames(std::span<const SymptomAnswer<LegPain>> answers);

/// A self-care item of the plan (clinical.md 1.3), by its self_care key. Counted items
/// have `amount`; self-myofascial release ("smr") is done or not (`done`).
struct SelfCareItem
{
    const char* key;
    int SelfCare::*amount; ///< null for "smr"
    bool SelfCare::*done;  ///< null for the counted items
    /// The largest amount a day may hold (formats.md): 50 times or sets, 1440 minutes (a
    /// whole day); 1 for "smr".
    int maxAmount = 1;
};
std::span<const SelfCareItem> selfCareItems();
/// The item of `key`; null for an unknown key.
const SelfCareItem* selfCareItem(const QString& key);
/// How much of item `key` the day's self-care has (1 or 0 for "smr"; 0 for an unknown key).
int selfCareAmount(const SelfCare& care, const QString& key);
/// Sets item `key` (for "smr", done when `amount` > 0); false for an unknown key.
bool setSelfCareAmount(SelfCare& care, const QString& key, int amount);

/// A question or answer text of the tables above, translated (context "Symptoms").
QString symptomText(const char* text);

/// Every kind of massage session, in the order offered.
std::span<const SessionKind> sessionKinds();
/// The patient's name for a session kind (translated).
QString sessionKindLabel(SessionKind kind);
/// The formats' names of `kinds` (toString()) in their order, each in double quotes and
/// separated by ", ", as a message lists the values allowed.
QString quotedNames(std::span<const SessionKind> kinds);

/// Every alert level, most urgent first.
std::span<const AlertLevel> alertLevels();

/// The phase boundaries of the plan (clinical.md 1): the last program day of phase 1
/// (end of week 4) and of phase 2 (end of week 8); maintenance follows.
inline constexpr int kPhaseOneLastDay = 28;
inline constexpr int kPhaseTwoLastDay = 56;

} // namespace backlog
