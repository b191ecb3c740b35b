// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/Vocabulary.h"

#include <QCoreApplication>
#include <QStringList>
#include <array>
#include <string_view>

namespace backlog {
namespace {

constexpr std::array<YesNoSymptom, 10> kYesNoSymptoms{{
    {"saddle", &Symptoms::saddle,
     QT_TRANSLATE_NOOP("Symptoms",
                       "Numbness or tingling around the genitals, buttocks or inner thighs")},
    {"bladder", &Symptoms::bladder,
     QT_TRANSLATE_NOOP("Symptoms",
                       "New difficulty passing urine, leaking, or not feeling your bladder")},
    {"bowel", &Symptoms::bowel,
     QT_TRANSLATE_NOOP("Symptoms", "New loss of bowel control or feeling")},
    {"both_legs", &Symptoms::bothLegs,
     QT_TRANSLATE_NOOP("Symptoms", "Weakness or numbness in both legs")},
    {"leg_numbness", &Symptoms::legNumbness,
     QT_TRANSLATE_NOOP("Symptoms", "Numbness or tingling in a leg")},
    {"sexual", &Symptoms::sexual,
     QT_TRANSLATE_NOOP("Symptoms", "A new loss of feeling in your genitals, or new problems with "
                                   "sexual function (erection, ejaculation)"),
     false},
    {"fall", &Symptoms::fall,
     QT_TRANSLATE_NOOP("Symptoms", "A new fall or injury to your back since your last entry (not "
                                   "one you have already reported)"),
     false},
    {"fever", &Symptoms::fever, QT_TRANSLATE_NOOP("Symptoms", "Fever")},
    {"weight_loss", &Symptoms::weightLoss,
     QT_TRANSLATE_NOOP("Symptoms", "Weight loss you cannot explain")},
    {"night_pain", &Symptoms::nightPain,
     QT_TRANSLATE_NOOP("Symptoms", "Pain kept you from sleeping last night")},
}};

/// Leg weakness and leg pain come right before this yes/no symptom in the bundle's
/// symptoms object and the diary's columns.
constexpr std::size_t kLegsBefore = 5;
static_assert(std::string_view(kYesNoSymptoms[kLegsBefore - 1].key) == "leg_numbness" &&
              std::string_view(kYesNoSymptoms[kLegsBefore].key) == "sexual");

constexpr std::array<SymptomAnswer<LegWeakness>, 3> kLegWeakness{{
    {LegWeakness::None, "none", QT_TRANSLATE_NOOP("Symptoms", "No")},
    {LegWeakness::Present, "present", QT_TRANSLATE_NOOP("Symptoms", "Yes")},
    {LegWeakness::Worse, "worse", QT_TRANSLATE_NOOP("Symptoms", "Yes, worse than last time")},
}};

constexpr std::array<SymptomAnswer<LegPain>, 3> kLegPain{{
    {LegPain::None, "none", QT_TRANSLATE_NOOP("Symptoms", "No")},
    {LegPain::One, "one", QT_TRANSLATE_NOOP("Symptoms", "Yes, in one leg, below the knee")},
    {LegPain::Both, "both", QT_TRANSLATE_NOOP("Symptoms", "Yes, in both legs")},
}};

constexpr std::array<SelfCareItem, 7> kSelfCare{{
    {"cat_cow", &SelfCare::catCow, nullptr, 50},
    {"pelvic_tilts", &SelfCare::pelvicTilts, nullptr, 50},
    {"walking_min", &SelfCare::walkingMin, nullptr, 1440},
    {"bird_dog", &SelfCare::birdDog, nullptr, 50},
    {"dead_bug", &SelfCare::deadBug, nullptr, 50},
    {"movement_min", &SelfCare::movementMin, nullptr, 1440},
    {"smr", nullptr, &SelfCare::smr, 1},
}};

constexpr std::array<SessionKind, 5> kSessionKinds{SessionKind::Swedish, SessionKind::DeepTissue,
                                                   SessionKind::TriggerPoint,
                                                   SessionKind::Myofascial, SessionKind::Other};

constexpr std::array<AlertLevel, 6> kLevels{AlertLevel::Emergency,   AlertLevel::Urgent,
                                            AlertLevel::StopMassage, AlertLevel::SeeDoctor,
                                            AlertLevel::Clearance,   AlertLevel::Info};

/// `names` each in double quotes, separated by ", ".
QString quoted(const QStringList& names)
{
    QStringList out;
    for (const QString& name : names)
        out << QLatin1Char('"') + name + QLatin1Char('"');
    return out.join(QStringLiteral(", "));
}

template <typename E> QString quotedKeys(std::span<const SymptomAnswer<E>> answers)
{
    QStringList keys;
    for (const SymptomAnswer<E>& answer : answers)
        keys << QLatin1String(answer.key);
    return quoted(keys);
}

} // namespace

std::span<const YesNoSymptom> yesNoSymptoms()
{
    return kYesNoSymptoms;
}

const YesNoSymptom* yesNoSymptom(const QString& key)
{
    for (const YesNoSymptom& symptom : kYesNoSymptoms)
        if (key == QLatin1String(symptom.key))
            return &symptom;
    return nullptr;
}

std::span<const YesNoSymptom> yesNoSymptomsBeforeLegs()
{
    return std::span<const YesNoSymptom>(kYesNoSymptoms).first(kLegsBefore);
}

std::span<const YesNoSymptom> yesNoSymptomsAfterLegs()
{
    return std::span<const YesNoSymptom>(kYesNoSymptoms).subspan(kLegsBefore);
}

std::span<const SymptomAnswer<LegWeakness>> legWeaknessAnswers()
{
    return kLegWeakness;
}

std::span<const SymptomAnswer<LegPain>> legPainAnswers()
{
    return kLegPain;
}

QString quotedNames(std::span<const SymptomAnswer<LegWeakness>> answers)
{
    return quotedKeys(answers);
}

QString quotedNames(std::span<const SymptomAnswer<LegPain>> answers)
{
    return quotedKeys(answers);
}

std::span<const SelfCareItem> selfCareItems()
{
    return kSelfCare;
}

const SelfCareItem* selfCareItem(const QString& key)
{
    for (const SelfCareItem& item : kSelfCare)
        if (key == QLatin1String(item.key))
            return &item;
    return nullptr;
}

int selfCareAmount(const SelfCare& care, const QString& key)
{
    const SelfCareItem* item = selfCareItem(key);
    if (!item)
        return 0;
    return item->amount ? care.*(item->amount) : (care.*(item->done) ? 1 : 0);
}

bool setSelfCareAmount(SelfCare& care, const QString& key, int amount)
{
    const SelfCareItem* item = selfCareItem(key);
    if (!item)
        return false;
    if (item->amount)
        care.*(item->amount) = amount;
    else
        care.*(item->done) = amount > 0;
    return true;
}

QString symptomText(const char* text)
{
    return QCoreApplication::translate("Symptoms", text);
}

std::span<const SessionKind> sessionKinds()
{
    return kSessionKinds;
}

QString sessionKindLabel(SessionKind kind)
{
    switch (kind) {
    case SessionKind::Swedish:
        return QCoreApplication::translate("Sessions", "Swedish (relaxation)");
    case SessionKind::DeepTissue:
        return QCoreApplication::translate("Sessions", "Deep tissue");
    case SessionKind::TriggerPoint:
        return QCoreApplication::translate("Sessions", "Trigger point");
    case SessionKind::Myofascial:
        return QCoreApplication::translate("Sessions", "Myofascial release");
    case SessionKind::Other:
        return QCoreApplication::translate("Sessions", "Other");
    }
    return {};
}

QString quotedNames(std::span<const SessionKind> kinds)
{
    QStringList names;
    for (const SessionKind kind : kinds)
        names << toString(kind);
    return quoted(names);
}

std::span<const AlertLevel> alertLevels()
{
    return kLevels;
}

} // namespace backlog
