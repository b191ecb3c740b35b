// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QMap>
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
    bool ageOver50 = false;    ///< SCR-AGE-50
    bool inflammatory = false; ///< SCR-INFLAMMATORY
    bool infection = false;    ///< SCR-INFECTION
    bool anticoag = false;     ///< SCR-ANTICOAG
    bool aorta = false;        ///< SCR-AORTA
    QDate surgeryDate;         ///< null when not given
    /// The day each "yes" was given, by screening id (`screening_answered`); an answer
    /// without a date counts from the program start.
    QMap<QString, QDate> answered;

    /// The answer to the screening question `id` (a SCR-* id); false for an unknown id.
    bool answer(const QString& id) const;
    /// Sets the answer to `id`; returns false for an unknown id.
    bool setAnswer(const QString& id, bool yes);

    bool operator==(const Screening&) const = default;
};

/// One screening question of clinical.md 4.1: its id and where its answer is kept.
struct ScreeningQuestion
{
    const char* id;          ///< e.g. "SCR-TRAUMA"
    bool Screening::*answer; ///< the answer's member
    const char* column;      ///< the diary's column, e.g. "scr_trauma"
    bool inVersion1;         ///< asked by clinical rules version 1 (bundle version 1)
};

/// Every screening question, in the order of clinical.md 4.1 (the one list of them).
const QList<ScreeningQuestion>& screeningQuestions();

/// One tracked episode of low back pain: the diary's header.
struct Episode
{
    QString patientName;
    QDate onsetDate;
    /// The earliest date a massage session of this episode may have: a year before the pain
    /// began (an earlier one is a typing slip, such as a two-digit year); invalid without
    /// an onset date.
    QDate earliestSessionDate() const
    {
        return onsetDate.isValid() ? onsetDate.addYears(-1) : QDate();
    }
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
