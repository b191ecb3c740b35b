// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/Enums.h"

#include "model/Vocabulary.h"

#include <array>
#include <utility>

namespace backlog {
namespace {

template <typename E, std::size_t N>
QString nameOf(const std::array<std::pair<E, const char*>, N>& table, E value)
{
    for (const auto& [e, name] : table)
        if (e == value)
            return QString::fromLatin1(name);
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char*>, N>& table, const QString& text)
{
    for (const auto& [e, name] : table)
        if (text == QLatin1String(name))
            return e;
    return std::nullopt;
}

/// The key of `value` among the answers of a three-way symptom (Vocabulary.h).
template <typename E> QString keyOf(std::span<const SymptomAnswer<E>> answers, E value)
{
    for (const SymptomAnswer<E>& answer : answers)
        if (answer.value == value)
            return QString::fromLatin1(answer.key);
    return {};
}

template <typename E>
std::optional<E> answerOf(std::span<const SymptomAnswer<E>> answers, const QString& text)
{
    for (const SymptomAnswer<E>& answer : answers)
        if (text == QLatin1String(answer.key))
            return answer.value;
    return std::nullopt;
}

constexpr std::array<std::pair<Stiffness, const char*>, 3> kStiffness{{
    {Stiffness::None, "none"},
    {Stiffness::Mild, "mild"},
    {Stiffness::Severe, "severe"},
}};

constexpr std::array<std::pair<SessionKind, const char*>, 5> kSessionKind{{
    {SessionKind::Swedish, "swedish"},
    {SessionKind::DeepTissue, "deep-tissue"},
    {SessionKind::TriggerPoint, "trigger-point"},
    {SessionKind::Myofascial, "myofascial"},
    {SessionKind::Other, "other"},
}};

constexpr std::array<std::pair<AlertLevel, const char*>, 6> kAlertLevel{{
    {AlertLevel::Emergency, "emergency"},
    {AlertLevel::Urgent, "urgent"},
    {AlertLevel::StopMassage, "stop-massage"},
    {AlertLevel::SeeDoctor, "see-doctor"},
    {AlertLevel::Clearance, "clearance"},
    {AlertLevel::Info, "info"},
}};

} // namespace

QString toString(LegWeakness value)
{
    return keyOf(legWeaknessAnswers(), value);
}
QString toString(LegPain value)
{
    return keyOf(legPainAnswers(), value);
}
QString toString(Stiffness value)
{
    return nameOf(kStiffness, value);
}
QString toString(SessionKind value)
{
    return nameOf(kSessionKind, value);
}
QString toString(AlertLevel value)
{
    return nameOf(kAlertLevel, value);
}

std::optional<LegWeakness> legWeaknessFromString(const QString& text)
{
    return answerOf(legWeaknessAnswers(), text);
}
std::optional<LegPain> legPainFromString(const QString& text)
{
    return answerOf(legPainAnswers(), text);
}
std::optional<Stiffness> stiffnessFromString(const QString& text)
{
    return valueOf(kStiffness, text);
}
std::optional<SessionKind> sessionKindFromString(const QString& text)
{
    return valueOf(kSessionKind, text);
}
std::optional<AlertLevel> alertLevelFromString(const QString& text)
{
    return valueOf(kAlertLevel, text);
}

} // namespace backlog
