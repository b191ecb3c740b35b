// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace backlog {

/// Answers to the screening questions (clinical.md 4.1); true means yes.
struct Screening
{
    bool trauma = false;       ///< SCR-TRAUMA
    bool cancer = false;       ///< SCR-CANCER
    bool weightFever = false;  ///< SCR-WEIGHT-FEVER
    bool immuno = false;       ///< SCR-IMMUNO
    bool discLeg = false;      ///< SCR-DISC-LEG
    bool surgery6w = false;    ///< SCR-SURGERY-6W
    bool osteoporosis = false; ///< SCR-OSTEOPOROSIS
    QDate surgeryDate;         ///< null when not given

    bool operator==(const Screening&) const = default;
};

/// One tracked episode of low back pain: the diary's header.
struct Episode
{
    QString patientName;
    QDate onsetDate;
    QDate programStart;
    std::optional<double> baselinePain;     ///< onboarding rating 0..10
    std::optional<double> baselineFunction; ///< onboarding rating 0..10
    QStringList activities;                 ///< 0 to 5 PSFS activities
    Screening screening;
    QString planTemplate = QStringLiteral("default");
    QJsonObject extra; ///< unknown episode fields, kept for round trip

    bool operator==(const Episode&) const = default;
};

} // namespace backlog
