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
    LegPain legPain = LegPain::None; ///< pain shooting down one leg below the knee, or both
    bool sexual = false;             ///< new loss of genital feeling or sexual function
    bool fall = false;               ///< a new fall or injury to the back since the last entry
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
    /// One PSFS rating 0..10 per named activity, by position; null while not rated yet.
    QList<std::optional<int>> activityScores;
    Symptoms symptoms;
    std::optional<AfterSession> afterSession; ///< absent when not asked
    SelfCare selfCare;
    QString note;
    QJsonObject extra; ///< unknown fields, kept for round trip

    bool operator==(const DailyEntry&) const = default;
};

/// The day's function score from its PSFS activity ratings (clinical.md 2): their mean
/// rounded half up to one decimal once every one of the `activityCount` named activities
/// is rated; nothing for a partly rated day or a list of another length. With
/// `activityCount` < 0 the list's own length is taken as the number of activities.
std::optional<double> functionFromActivities(const QList<std::optional<int>>& scores,
                                             int activityCount = -1);

/// Rounds a function score to its one decimal place.
double roundToTenth(double value);

} // namespace backlog
