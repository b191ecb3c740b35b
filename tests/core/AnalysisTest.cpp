// SPDX-License-Identifier: GPL-3.0-or-later
// "Is massage helping me?" (core/clinical/Analysis.h): the proof by simulation that the
// analysis is not fooled by natural recovery, autocorrelation or sessions booked on bad
// days, and finds a real effect; and its figures on small hand-made diaries.
#include "clinical/Analysis.h"
#include "PainSimulator.h"

#include <gtest/gtest.h>

#include <QDate>
#include <array>
#include <cstdio>
#include <cstdlib>

using namespace backlog;
using namespace backlog::simulation;

namespace {

/// Diaries per run: BACKLOG_SIMULATED_DIARIES, else 1000 (the benchmark script runs more).
int diaryCount()
{
    const char* value = std::getenv("BACKLOG_SIMULATED_DIARIES");
    const int n = value ? std::atoi(value) : 0;
    return n > 0 ? n : 1000;
}

struct Rates
{
    int diaries = 0;
    int lower = 0;
    int higher = 0;
    int naiveLower = 0;
    std::array<int, 4> lowerBy{};
    std::array<int, 4> higherBy{};
    std::array<int, 4> naiveLowerBy{};
    std::array<int, 4> diariesBy{};

    double rate(int count) const { return diaries ? double(count) / diaries : 0.0; }
    void print(const char* what) const
    {
        std::printf("%s: %d diaries, lower-pain %.3f, higher-pain %.3f, naive lower-pain %.3f\n",
                    what, diaries, rate(lower), rate(higher), rate(naiveLower));
        static const char* names[] = {"schedule", "bad day", "bad day, next day", "mixed"};
        for (int b = 0; b < 4; ++b)
            std::printf("  %-18s %4d diaries: lower %.3f higher %.3f naive lower %.3f\n", names[b],
                        diariesBy[b], diariesBy[b] ? double(lowerBy[b]) / diariesBy[b] : 0.0,
                        diariesBy[b] ? double(higherBy[b]) / diariesBy[b] : 0.0,
                        diariesBy[b] ? double(naiveLowerBy[b]) / diariesBy[b] : 0.0);
    }
};

/// Analyses `count` diaries with at least `minSessions` usable sessions (others are
/// skipped, not counted).
Rates simulate(std::uint64_t seed, int count, const Effect& effect, int minSessions)
{
    Simulator simulator(seed);
    Rates r;
    for (int i = 0; r.diaries < count; ++i) {
        const Diary d = simulator.diary(i, effect);
        const SessionEffect result = analysePain(d.pain, d.sessions);
        if (result.sessionsUsed < minSessions)
            continue;
        const int b = static_cast<int>(d.booking);
        ++r.diaries;
        ++r.diariesBy[b];
        if (result.verdict == SessionVerdict::LowerPain) {
            ++r.lower;
            ++r.lowerBy[b];
        }
        if (result.verdict == SessionVerdict::HigherPain) {
            ++r.higher;
            ++r.higherBy[b];
        }
        if (naiveVerdict(d) == SessionVerdict::LowerPain) {
            ++r.naiveLower;
            ++r.naiveLowerBy[b];
        }
    }
    return r;
}

} // namespace

TEST(SessionEffectSimulation, WhereMassageDoesNothingItRarelyClaimsAnEffectWhileTheNaiveComparisonDoes)
{
    const Rates r = simulate(20261206, diaryCount(), Effect{}, SessionEffect::kMinSessions);
    r.print("massage does nothing");
    EXPECT_LE(r.rate(r.lower), 0.05);
    EXPECT_LE(r.rate(r.higher), 0.05);
    // The traps are really there: the before/after comparison is fooled by them.
    EXPECT_GE(r.rate(r.naiveLower), 0.20);
}

TEST(SessionEffectSimulation, ALowerPainAfterSessionsIsFound)
{
    const int count = std::max(200, diaryCount() / 2);
    const Rates direct = simulate(7, count, Effect{1.5, 1.0, false}, 12);
    direct.print("1.5 and 1.0 points lower after each session");
    EXPECT_GE(direct.rate(direct.lower), 0.80);
    EXPECT_LE(direct.rate(direct.higher), 0.0);
    const Rates fading = simulate(8, count, Effect{1.5, 1.0, true}, 12);
    fading.print("1.5 and about 1.0 points lower, fading over the days after");
    EXPECT_GE(fading.rate(fading.lower), 0.80);
}
