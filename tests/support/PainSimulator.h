// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Simulated pain diaries for the proof of "is massage helping me?" (the analysis of
// core/clinical/Analysis.h): diaries in which massage does nothing, with every trap that
// fools a before/after comparison, and diaries in which it lowers pain by a known amount.
// Seeded and deterministic (its own normal deviates, not the library's).

#include "TestSupport.h"
#include "clinical/Analysis.h"
#include "exchange/Bundle.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace backlog::simulation {

/// How sessions are booked.
enum class Booking {
    Schedule,      ///< fixed days: twice a week, then once a week, or every few days
    BadDay,        ///< on a day whose pain is high, that same day
    BadDayNextDay, ///< booked on a day whose pain is high, for the next day
    Mixed,         ///< a schedule plus extra sessions on bad days
};

struct SimulatedDiary
{
    std::vector<std::optional<double>> pain;
    std::vector<int> sessions;
    Booking booking = Booking::Schedule;
    double phi = 0.0;
};

/// The effect of a session: pain lower by day1 on the day after it and by day2 on the day
/// after that. With carryOver, day1 is a shock to the day-to-day process instead, which
/// then fades at the process's own rate (day2 only tops it up to day2 on the second day),
/// so that some of it is still there on the third day and later.
struct Effect
{
    double day1 = 0.0;
    double day2 = 0.0;
    bool carryOver = false;
};

class Simulator
{
public:
    explicit Simulator(std::uint64_t seed) : m_random(seed) {}

    double uniform() { return static_cast<double>(m_random() >> 11) * 0x1.0p-53; }
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    int integer(int low, int high) // inclusive
    {
        return low + static_cast<int>(uniform() * (high - low + 1));
    }
    double normal()
    {
        if (m_spare) {
            const double value = *m_spare;
            m_spare.reset();
            return value;
        }
        double u = 0.0;
        while (u <= 0.0)
            u = uniform();
        const double v = uniform();
        const double radius = std::sqrt(-2.0 * std::log(u));
        m_spare = radius * std::sin(2.0 * M_PI * v);
        return radius * std::cos(2.0 * M_PI * v);
    }

    /// One diary of 8 to 12 weeks: day-to-day standard deviation 0.5 to 1.5 (of the process,
    /// or in a third of the diaries of its daily steps), autocorrelation 0 to 0.7, up to 10 %
    /// missing days, a downward trend of 0 to 0.05 points a day (straight, or fast then
    /// slow), whole-number scores clipped to 0..10, and sessions booked as `booking` says.
    SimulatedDiary diary(Booking booking, const Effect& effect = {})
    {
        SimulatedDiary d;
        d.booking = booking;
        const int days = 7 * integer(8, 12);
        d.phi = uniform(0.0, 0.7);
        const double sd = uniform(0.5, 1.5);
        const double step = uniform() < 1.0 / 3.0 ? sd : sd * std::sqrt(1.0 - d.phi * d.phi);
        const double start = uniform(3.0, 8.5);
        const double fall = uniform(0.0, 0.05) * days;
        const bool curved = uniform() < 0.4;
        const double tau = uniform(10.0, 40.0);
        const double missing = uniform(0.0, 0.10);
        auto level = [&](int t) {
            if (!curved)
                return start - fall * t / days;
            return start - fall * (1.0 - std::exp(-t / tau)) / (1.0 - std::exp(-days / tau));
        };
        // Booking on bad days: a score at least `margin` above the usual level, at least
        // `gap` days after the last session.
        const double margin = uniform(0.3, 1.2) * sd;
        const int gap = integer(2, 5);
        const int every = integer(2, 4);
        const bool weekly = uniform() < 0.5;
        const int weekdayA = integer(0, 2);
        const int weekdayB = weekdayA + integer(2, 4);

        std::vector<double> lowered(days + 3, 0.0);
        std::vector<char> session(days + 2, 0);
        int lastSession = -100;
        double noise = sd * normal(); // stationary start (approximately, for step = sd)
        d.pain.assign(days, std::nullopt);
        for (int t = 0; t < days; ++t) {
            if (t > 0)
                noise = d.phi * noise + step * normal();
            if (effect.carryOver && t >= 1 && session[t - 1])
                noise -= effect.day1;
            const double latent = level(t) + noise;
            const double score = std::clamp(std::round(latent - lowered[t]), 0.0, 10.0);
            if (uniform() >= missing)
                d.pain[t] = score;
            // Sessions of day t (or, booked today, of day t + 1).
            bool today = session[t] != 0;
            if (booking == Booking::Schedule || booking == Booking::Mixed) {
                const bool scheduled = weekly ? (t % 7 == weekdayA || (t < 28 && t % 7 == weekdayB))
                                              : (t % every == 0);
                if (scheduled && uniform() >= 0.1)
                    today = true;
            }
            const bool bad = score >= level(t) + margin && t - lastSession >= gap;
            if (bad && (booking == Booking::BadDay || booking == Booking::Mixed))
                today = true;
            if (bad && booking == Booking::BadDayNextDay && t + 1 < days && !session[t + 1]) {
                session[t + 1] = 1;
                lastSession = t + 1;
            }
            if (today) {
                session[t] = 1;
                lastSession = std::max(lastSession, t);
                if (!effect.carryOver) {
                    lowered[t + 1] = std::max(lowered[t + 1], effect.day1);
                    lowered[t + 2] = std::max(lowered[t + 2], effect.day2);
                } else {
                    lowered[t + 2] = std::max(lowered[t + 2], effect.day2 - effect.day1 * d.phi);
                }
            }
        }
        for (int t = 0; t < days; ++t)
            if (session[t])
                d.sessions.push_back(t);
        return d;
    }

    /// Cycles through the four ways of booking.
    SimulatedDiary diary(int index, const Effect& effect = {})
    {
        return diary(static_cast<Booking>(index % 4), effect);
    }

private:
    std::mt19937_64 m_random;
    std::optional<double> m_spare;
};

/// The naive comparison: for each usable session, the mean pain of the two days after it
/// minus the pain before it (of the session day, else of the day before), and a
/// one-sample t interval of those differences.
inline SessionVerdict naiveVerdict(const SimulatedDiary& d)
{
    std::vector<double> differences;
    const int length = static_cast<int>(d.pain.size());
    std::vector<int> days = d.sessions;
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    for (int s : days) {
        if (s < 1 || !d.pain[s - 1])
            continue;
        double sum = 0.0;
        int count = 0;
        for (int k = 1; k <= 2; ++k)
            if (s + k < length && d.pain[s + k]) {
                sum += *d.pain[s + k];
                ++count;
            }
        if (count > 0)
            differences.push_back(sum / count - (d.pain[s] ? *d.pain[s] : *d.pain[s - 1]));
    }
    const auto n = static_cast<double>(differences.size());
    if (n < SessionEffect::kMinSessions)
        return SessionVerdict::TooFewSessions;
    double mean = 0.0;
    for (double x : differences)
        mean += x / n;
    double variance = 0.0;
    for (double x : differences)
        variance += (x - mean) * (x - mean) / (n - 1.0);
    const double half = studentQuantileTwoSided(0.05, n - 1.0) * std::sqrt(variance / n);
    if (mean + half < 0.0)
        return SessionVerdict::LowerPain;
    if (mean - half > 0.0)
        return SessionVerdict::HigherPain;
    return SessionVerdict::NoClearDifference;
}

/// A bundle of the simple episode starting on `start` holding the simulated diary: one
/// entry per scored day, a 45-minute Swedish massage on each session day.
inline Bundle bundleOf(const SimulatedDiary& d, const QDate& start)
{
    Bundle b;
    b.episode = test::simpleEpisode(start);
    for (size_t t = 0; t < d.pain.size(); ++t)
        if (d.pain[t])
            b.entries << test::simpleEntry(start.addDays(qint64(t)), int(*d.pain[t]));
    for (int day : d.sessions) {
        Session s;
        s.date = start.addDays(day);
        s.minutes = 45;
        s.kind = SessionKind::Swedish;
        b.sessions << s;
    }
    return b;
}

} // namespace backlog::simulation
