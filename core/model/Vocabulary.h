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
/// bundle's symptoms object (formats.md), which is also the order the Today page asks. `key` is the bundle's and the CSV's name (formats.md) and the
/// diary's column; `question` is the patient's wording (context "TodayPage").
struct YesNoSymptom
{
    const char* key;
    bool Symptoms::*member;
    const char* question;
};
/// Every yes/no symptom. Leg weakness and leg pain have three answers and are asked on
/// their own (legWeaknessAnswers(), legPainAnswers()).
std::span<const YesNoSymptom> yesNoSymptoms();

/// One answer of a three-way symptom question: its value, its name in the formats and the
/// patient's wording (context "TodayPage").
template <typename E> struct SymptomAnswer
{
    E value;
    const char* key;
    const char* label;
};
std::span<const SymptomAnswer<LegWeakness>> legWeaknessAnswers();
std::span<const SymptomAnswer<LegPain>> legPainAnswers();

/// A self-care item of the plan (clinical.md 1.3), by its self_care key. Counted items
/// have `amount`; self-myofascial release ("smr") is done or not (`done`).
struct SelfCareItem
{
    const char* key;
    int SelfCare::*amount; ///< null for "smr"
    bool SelfCare::*done;  ///< null for the counted items
};
std::span<const SelfCareItem> selfCareItems();
/// The item of `key`; null for an unknown key.
const SelfCareItem* selfCareItem(const QString& key);
/// How much of item `key` the day's self-care has (1 or 0 for "smr"; 0 for an unknown key).
int selfCareAmount(const SelfCare& care, const QString& key);
/// Sets item `key` (for "smr", done when `amount` > 0); false for an unknown key.
bool setSelfCareAmount(SelfCare& care, const QString& key, int amount);

/// Every kind of massage session, in the order offered.
std::span<const SessionKind> sessionKinds();
/// The patient's name for a session kind (translated).
QString sessionKindLabel(SessionKind kind);

/// Every alert level, most urgent first.
std::span<const AlertLevel> alertLevels();

/// The phase boundaries of the plan (clinical.md 1): the last program day of phase 1
/// (end of week 4) and of phase 2 (end of week 8); maintenance follows.
inline constexpr int kPhaseOneLastDay = 28;
inline constexpr int kPhaseTwoLastDay = 56;

} // namespace backlog
