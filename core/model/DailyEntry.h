// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Enums.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace backlog {

/// The daily symptom check (clinical.md 4.2); every answer defaults to "no".
struct Symptoms
{
    bool saddle = false;
    bool bladder = false;
    bool bowel = false;
    bool bothLegs = false;
    bool legNumbness = false;
    LegWeakness legWeakness = LegWeakness::None;
    bool fever = false;
    bool weightLoss = false;
    bool nightPain = false;

    bool operator==(const Symptoms&) const = default;
};

/// Answers about the most recent massage session before the entry's day.
struct AfterSession
{
    Stiffness stiffness = Stiffness::None;
    bool reaction = false;

    bool operator==(const AfterSession&) const = default;
};

/// What the patient did of the plan's self-care items that day.
struct SelfCare
{
    int catCow = 0;      ///< times
    int pelvicTilts = 0; ///< sets
    int walkingMin = 0;  ///< minutes
    int birdDog = 0;     ///< sets
    int deadBug = 0;     ///< sets
    int movementMin = 0; ///< minutes
    bool smr = false;    ///< self-myofascial release done

    bool operator==(const SelfCare&) const = default;
};

/// One day of the diary.
struct DailyEntry
{
    QDate date;
    int pain = 0;                   ///< 0..10, lower is better
    std::optional<double> function; ///< 0..10 with one decimal, higher is better
    QList<int> activityScores;      ///< 0 to 5 PSFS scores 0..10
    Symptoms symptoms;
    std::optional<AfterSession> afterSession; ///< absent when not asked
    SelfCare selfCare;
    QString note;
    QJsonObject extra; ///< unknown fields, kept for round trip

    bool operator==(const DailyEntry&) const = default;
};

/// Mean of PSFS activity scores rounded to one decimal, as the day's function score.
std::optional<double> functionFromActivities(const QList<int>& scores);

/// Rounds a function score to its one decimal place.
double roundToTenth(double value);

} // namespace backlog
