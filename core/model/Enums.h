// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace backlog {

/// Leg weakness reported in a daily entry.
enum class LegWeakness { None, Present, Worse };

/// Pain shooting down a leg, reported in a daily entry (clinical.md 4.2, `leg_pain`).
enum class LegPain { None, One, Both };

/// Stiffness after a massage session.
enum class Stiffness { None, Mild, Severe };

/// Kind of massage session.
enum class SessionKind { Swedish, DeepTissue, TriggerPoint, Myofascial, Other };

/// Urgency of an alert, most urgent first.
enum class AlertLevel { Emergency, Urgent, StopMassage, SeeDoctor, Clearance, Info };

QString toString(LegWeakness value);
QString toString(LegPain value);
QString toString(Stiffness value);
QString toString(SessionKind value);
QString toString(AlertLevel value);

std::optional<LegWeakness> legWeaknessFromString(const QString& text);
std::optional<LegPain> legPainFromString(const QString& text);
std::optional<Stiffness> stiffnessFromString(const QString& text);
std::optional<SessionKind> sessionKindFromString(const QString& text);
std::optional<AlertLevel> alertLevelFromString(const QString& text);

} // namespace backlog
