// SPDX-License-Identifier: GPL-3.0-or-later
#include "Generator.h"

#include "Dates.h"
#include "clinical/Engine.h"
#include "clinical/Plan.h"

#include <QHash>
#include <algorithm>
#include <cmath>
#include <random>

namespace backlog::test {
namespace {

/// Deterministic random numbers: the same on every platform (no std distributions).
class Random
{
public:
    explicit Random(std::uint64_t seed) : m_engine(seed) {}
    double uniform() { return static_cast<double>(m_engine() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return uniform() < p; }
    int between(int low, int high) // inclusive
    {
        return low + static_cast<int>(uniform() * (high - low + 1));
    }
    double noise(double spread) { return (uniform() * 2.0 - 1.0) * spread; }

private:
    std::mt19937_64 m_engine;
};

int clampScore(double v)
{
    return std::clamp(static_cast<int>(std::lround(v)), 0, 10);
}

} // namespace

Bundle generateEpisode(const GeneratorOptions& o)
{
    Random r(o.seed);
    Bundle b;
    Episode& e = b.episode;
    e.patientName = QStringLiteral("Generated patient %1").arg(o.seed);
    e.programStart = o.programStart;
    e.onsetDate = o.programStart.addDays(-r.between(3, 150));
    const int baselinePain = r.between(5, 8);
    e.baselinePain = baselinePain;
    e.baselineFunction = std::clamp(10 - baselinePain - r.between(0, 2), 0, 10);
    e.activities = {QStringLiteral("bending to put on shoes"), QStringLiteral("lifting a child"),
                    QStringLiteral("sitting for 30 minutes")};

    const bool responder = r.chance(0.7);
    double level = baselinePain;
    double flare = 0.0;
    int gapLeft = 0;
    QDate lastSession;
    for (int day = 1; day <= o.days; ++day) {
        const QDate date = o.programStart.addDays(day - 1);
        const int phase = phaseOfDay(day);

        // Sessions by the plan: twice a week, then weekly, then about weekly as needed.
        const int weekday = (day - 1) % 7;
        bool session = false;
        if (phase == 1)
            session = (weekday == 1 || weekday == 4) && r.chance(0.92);
        else if (phase == 2)
            session = weekday == 2 && r.chance(0.9);
        else
            session = weekday == 3 && r.chance(0.93);
        if (session) {
            Session s;
            s.date = date;
            s.minutes = r.chance(0.05) ? r.between(15, 29) : 30 + 5 * r.between(0, 6);
            s.kind = static_cast<SessionKind>(r.between(0, 4));
            s.therapist = r.chance(0.5) ? QStringLiteral("A. Therapist") : QString();
            s.shootingPain = r.chance(0.004);
            s.numbness = r.chance(0.003);
            b.sessions << s;
            lastSession = date;
        }

        // The pain course: responders improve over the first weeks; flares come and go.
        const double target =
            responder ? std::max(1.5, baselinePain - 0.09 * day) : baselinePain - 0.5;
        level += (target - level) * 0.08;
        if (r.chance(0.006))
            flare = r.between(2, 4);
        flare *= 0.85;

        if (gapLeft > 0) {
            --gapLeft;
            continue;
        }
        if (r.chance(0.01))
            gapLeft = r.between(2, 5);
        if (!r.chance(o.logProbability))
            continue;

        DailyEntry entry;
        entry.date = date;
        entry.pain = clampScore(level + flare + r.noise(1.0));
        for (int a = 0; a < 3; ++a)
            entry.activityScores << clampScore(10 - entry.pain + r.noise(1.5) - 0.5);
        entry.function = functionFromActivities(entry.activityScores);

        Symptoms& s = entry.symptoms;
        s.nightPain = r.chance(entry.pain >= 6 ? 0.08 : 0.01);
        s.legNumbness = r.chance(0.004);
        s.legWeakness = r.chance(0.003) ? LegWeakness::Present : LegWeakness::None;
        s.fever = r.chance(0.0008);
        s.weightLoss = r.chance(0.0005);
        s.saddle = r.chance(0.0003);

        if (lastSession.isValid() && lastSession < date && lastSession.daysTo(date) <= 3) {
            AfterSession after;
            const double u = r.uniform();
            after.stiffness =
                u < 0.7 ? Stiffness::None : (u < 0.98 ? Stiffness::Mild : Stiffness::Severe);
            after.reaction = r.chance(0.06);
            entry.afterSession = after;
        }

        SelfCare& c = entry.selfCare;
        const double effort = r.uniform();
        if (phase == 1) {
            c.catCow = effort < 0.8 ? 3 : r.between(0, 2);
            c.pelvicTilts = effort < 0.8 ? 2 : r.between(0, 1);
            c.walkingMin = std::max(0, walkingTargetMinutes(day) + r.between(-5, 5));
        } else if (phase == 2) {
            c.birdDog = effort < 0.8 ? 2 : r.between(0, 1);
            c.deadBug = effort < 0.8 ? 2 : r.between(0, 1);
            c.walkingMin = r.between(20, 40);
        } else {
            c.movementMin = effort < 0.75 ? r.between(20, 35) : r.between(0, 19);
            c.walkingMin = r.between(10, 45);
            c.smr = r.chance(0.4);
        }
        if (r.chance(0.05))
            entry.note = QStringLiteral("Busy day; back stiff in the morning.");
        b.entries << entry;
    }

    // Alerts as the app would have stored them, most acknowledged a day or two later.
    // Acknowledging lets some rules fire again, so repeat until nothing new appears.
    if (o.days > 0) {
        const QDate asOf = o.programStart.addDays(o.days - 1);
        QHash<QString, QDate> decided;
        for (int round = 0; round < 50; ++round) {
            const Evaluation ev = evaluate(e, b.entries, b.sessions, b.alerts, asOf);
            bool added = false;
            for (const Alert& a : ev.alerts) {
                const QString key = a.rule + QLatin1Char('@') + isoDate(a.date);
                if (decided.contains(key))
                    continue;
                Alert stored = a;
                stored.data.clear();
                if (o.acknowledgeAlerts && r.chance(0.85)) {
                    stored.acknowledged = a.date.addDays(r.between(0, 2));
                    if (stored.acknowledged > asOf)
                        stored.acknowledged = QDate();
                }
                decided.insert(key, stored.acknowledged);
                b.alerts << stored;
                added = true;
            }
            if (!added)
                break;
        }
        std::stable_sort(b.alerts.begin(), b.alerts.end(), [](const Alert& x, const Alert& y) {
            return x.date != y.date ? x.date < y.date : x.rule < y.rule;
        });
    }
    return b;
}

Bundle generateWeeks8(std::uint64_t seed)
{
    GeneratorOptions o;
    o.days = 56;
    o.seed = seed;
    return generateEpisode(o);
}

Bundle generateYears1(std::uint64_t seed)
{
    GeneratorOptions o;
    o.days = 365;
    o.seed = seed;
    o.programStart = QDate(2025, 1, 6);
    return generateEpisode(o);
}

Bundle generateYears10(std::uint64_t seed)
{
    GeneratorOptions o;
    o.days = 3650;
    o.seed = seed;
    o.programStart = QDate(2016, 1, 4);
    return generateEpisode(o);
}

} // namespace backlog::test
