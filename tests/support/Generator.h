// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/Bundle.h"

#include <QDate>
#include <cstdint>

namespace backlog::test {

/// Settings of a generated episode.
struct GeneratorOptions
{
    int days = 56;                          ///< length of the diary from program start
    std::uint64_t seed = 1;                 ///< same seed, same episode
    QDate programStart = QDate(2026, 1, 5); ///< day 1
    double logProbability = 0.9;            ///< chance that a day has an entry
    bool acknowledgeAlerts = true;          ///< acknowledge most alerts a few days later
};

/// Makes a realistic, deterministic episode: a pain course that mostly improves with
/// flares, function that follows it, sessions by the phase plan (about 500 in ten years),
/// self-care, occasional symptoms and the alerts they raise with acknowledgements.
Bundle generateEpisode(const GeneratorOptions& options);

/// The reference sizes of quality.md: 8 weeks, 1 year, 10 years.
Bundle generateWeeks8(std::uint64_t seed = 1);
Bundle generateYears1(std::uint64_t seed = 1);
Bundle generateYears10(std::uint64_t seed = 1);

} // namespace backlog::test
