// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/Vocabulary.h"

#include <QCoreApplication>
#include <array>

namespace backlog {
namespace {

constexpr std::array<YesNoSymptom, 10> kYesNoSymptoms{{
    {"saddle", &Symptoms::saddle,
     QT_TRANSLATE_NOOP("TodayPage",
                       "Numbness or tingling around the genitals, buttocks or inner thighs")},
    {"bladder", &Symptoms::bladder,
     QT_TRANSLATE_NOOP("TodayPage",
                       "New difficulty passing urine, leaking, or not feeling your bladder")},
    {"bowel", &Symptoms::bowel,
     QT_TRANSLATE_NOOP("TodayPage", "New loss of bowel control or feeling")},
    {"both_legs", &Symptoms::bothLegs,
     QT_TRANSLATE_NOOP("TodayPage", "Weakness or numbness in both legs")},
    {"leg_numbness", &Symptoms::legNumbness,
     QT_TRANSLATE_NOOP("TodayPage", "Numbness or tingling in a leg")},
    {"sexual", &Symptoms::sexual,
     QT_TRANSLATE_NOOP("TodayPage", "New loss of genital feeling or of sexual function")},
    {"fall", &Symptoms::fall,
     QT_TRANSLATE_NOOP("TodayPage", "A fall or an injury to your back since your last entry")},
    {"fever", &Symptoms::fever, QT_TRANSLATE_NOOP("TodayPage", "Fever")},
    {"weight_loss", &Symptoms::weightLoss,
     QT_TRANSLATE_NOOP("TodayPage", "Weight loss you cannot explain")},
    {"night_pain", &Symptoms::nightPain,
     QT_TRANSLATE_NOOP("TodayPage", "Pain kept you from sleeping last night")},
}};

constexpr std::array<SymptomAnswer<LegWeakness>, 3> kLegWeakness{{
    {LegWeakness::None, "none", QT_TRANSLATE_NOOP("TodayPage", "No")},
    {LegWeakness::Present, "present", QT_TRANSLATE_NOOP("TodayPage", "Yes")},
    {LegWeakness::Worse, "worse", QT_TRANSLATE_NOOP("TodayPage", "Yes, worse than last time")},
}};

constexpr std::array<SymptomAnswer<LegPain>, 3> kLegPain{{
    {LegPain::None, "none", QT_TRANSLATE_NOOP("TodayPage", "No")},
    {LegPain::One, "one", QT_TRANSLATE_NOOP("TodayPage", "Yes, in one leg")},
    {LegPain::Both, "both", QT_TRANSLATE_NOOP("TodayPage", "Yes, in both legs")},
}};

constexpr std::array<SelfCareItem, 7> kSelfCare{{
    {"cat_cow", &SelfCare::catCow, nullptr},
    {"pelvic_tilts", &SelfCare::pelvicTilts, nullptr},
    {"walking_min", &SelfCare::walkingMin, nullptr},
    {"bird_dog", &SelfCare::birdDog, nullptr},
    {"dead_bug", &SelfCare::deadBug, nullptr},
    {"movement_min", &SelfCare::movementMin, nullptr},
    {"smr", nullptr, &SelfCare::smr},
}};

constexpr std::array<SessionKind, 5> kSessionKinds{SessionKind::Swedish, SessionKind::DeepTissue,
                                                   SessionKind::TriggerPoint,
                                                   SessionKind::Myofascial, SessionKind::Other};

constexpr std::array<AlertLevel, 6> kLevels{AlertLevel::Emergency,   AlertLevel::Urgent,
                                            AlertLevel::StopMassage, AlertLevel::SeeDoctor,
                                            AlertLevel::Clearance,   AlertLevel::Info};

} // namespace

std::span<const YesNoSymptom> yesNoSymptoms()
{
    return kYesNoSymptoms;
}

std::span<const SymptomAnswer<LegWeakness>> legWeaknessAnswers()
{
    return kLegWeakness;
}

std::span<const SymptomAnswer<LegPain>> legPainAnswers()
{
    return kLegPain;
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

std::span<const SessionKind> sessionKinds()
{
    return kSessionKinds;
}

QString sessionKindLabel(SessionKind kind)
{
    switch (kind) {
    case SessionKind::Swedish:
        return QCoreApplication::translate("SessionModel", "Swedish (relaxation)");
    case SessionKind::DeepTissue:
        return QCoreApplication::translate("SessionModel", "Deep tissue");
    case SessionKind::TriggerPoint:
        return QCoreApplication::translate("SessionModel", "Trigger point");
    case SessionKind::Myofascial:
        return QCoreApplication::translate("SessionModel", "Myofascial release");
    case SessionKind::Other:
        return QCoreApplication::translate("SessionModel", "Other");
    }
    return {};
}

std::span<const AlertLevel> alertLevels()
{
    return kLevels;
}

} // namespace backlog
