// SPDX-License-Identifier: GPL-3.0-or-later
#include "clinical/Plan.h"

#include "model/Vocabulary.h"

#include <QHash>
#include <QtGlobal>
#include <algorithm>
#include <limits>
#include <numeric>
#include <vector>

namespace backlog {

QString toString(DurationClass value)
{
    switch (value) {
    case DurationClass::Acute:
        return QStringLiteral("acute");
    case DurationClass::Subacute:
        return QStringLiteral("subacute");
    case DurationClass::Chronic:
        return QStringLiteral("chronic");
    }
    return {};
}

DurationClass durationClass(const Episode& episode)
{
    const qint64 days = episode.onsetDate.daysTo(episode.programStart);
    if (days < 28)
        return DurationClass::Acute;
    if (days <= 84)
        return DurationClass::Subacute;
    return DurationClass::Chronic;
}

int programDay(const QDate& programStart, const QDate& date)
{
    return static_cast<int>(programStart.daysTo(date)) + 1;
}

int programWeek(int day)
{
    // ceil(day / 7) for any sign of day
    return day > 0 ? (day + 6) / 7 : -((-day) / 7);
}

int phaseOfDay(int day)
{
    if (day < 1)
        return 0;
    if (day <= kPhaseOneLastDay)
        return 1;
    if (day <= kPhaseTwoLastDay)
        return 2;
    return 3;
}

int phaseOfWeek(int week)
{
    return phaseOfDay(week * 7);
}

int walkingTargetMinutes(int day)
{
    if (day < 1)
        return 5;
    return std::min(30, 5 + 2 * (day - 1));
}

int sessionsPlannedPerWeek(int phase)
{
    switch (phase) {
    case 1:
        return 2;
    case 2:
        return 1;
    default:
        return 0;
    }
}

QList<PlanItem> selfCareItems(int day)
{
    switch (phaseOfDay(day)) {
    case 1:
        return {
            {QStringLiteral("cat_cow"), 3, QT_TRANSLATE_NOOP("Plan", "Cat-cow stretch, 5 minutes"),
             QT_TRANSLATE_NOOP("Plan", "times")},
            {QStringLiteral("pelvic_tilts"), 2,
             QT_TRANSLATE_NOOP("Plan", "Pelvic tilts lying down, sets of 10"),
             QT_TRANSLATE_NOOP("Plan", "sets")},
            {QStringLiteral("walking_min"), walkingTargetMinutes(day),
             QT_TRANSLATE_NOOP("Plan", "Walking"), QT_TRANSLATE_NOOP("Plan", "minutes")},
        };
    case 2:
        return {
            {QStringLiteral("bird_dog"), 2,
             QT_TRANSLATE_NOOP("Plan", "Bird-dog, sets of 10 each side"),
             QT_TRANSLATE_NOOP("Plan", "sets")},
            {QStringLiteral("dead_bug"), 2,
             QT_TRANSLATE_NOOP("Plan", "Dead bug, sets of 10 each side"),
             QT_TRANSLATE_NOOP("Plan", "sets")},
            {QStringLiteral("walking_min"), 30, QT_TRANSLATE_NOOP("Plan", "Walking"),
             QT_TRANSLATE_NOOP("Plan", "minutes")},
        };
    case 3:
        return {
            {QStringLiteral("movement_min"), 20,
             QT_TRANSLATE_NOOP("Plan", "Daily movement routine"),
             QT_TRANSLATE_NOOP("Plan", "minutes")},
        };
    default:
        return {};
    }
}

int amountDone(const SelfCare& care, const QString& key)
{
    return selfCareAmount(care, key);
}

double daySelfCareScore(int day, const DailyEntry* entry)
{
    if (!entry)
        return 0.0;
    const QList<PlanItem> items = selfCareItems(day);
    if (items.isEmpty())
        return 0.0;
    double sum = 0.0;
    for (const PlanItem& item : items)
        sum +=
            std::min(1.0, static_cast<double>(amountDone(entry->selfCare, item.key)) / item.dose);
    return sum / items.size();
}

PlanDay planFor(const Episode& episode, const QDate& date)
{
    PlanDay p;
    p.day = programDay(episode.programStart, date);
    p.week = programWeek(p.day);
    p.phase = phaseOfDay(p.day);
    p.painFocused = p.phase == 1 && p.week <= 2;
    p.sessionsPerWeek = sessionsPlannedPerWeek(p.phase);
    p.sessionsAsNeeded = p.phase == 3;
    p.reviewPoint = p.day == kPhaseOneLastDay || p.day == kPhaseTwoLastDay;
    for (const PlanItem& item : selfCareItems(p.day))
        p.tasks << PlanTask{item.key, item.dose, true, item.label, item.unit};
    switch (p.phase) {
    case 1:
        p.walkingTargetMinutes = walkingTargetMinutes(p.day);
        p.summary =
            p.painFocused
                ? QT_TRANSLATE_NOOP("Plan", "Acute relief, pain-focused: two massage sessions "
                                            "a week, gentle daily movement and your daily log.")
                : QT_TRANSLATE_NOOP("Plan", "Acute relief: two massage sessions a week, now "
                                            "with movement worked into the sessions; gentle "
                                            "daily movement and your daily log.");
        break;
    case 2:
        p.walkingTargetMinutes = 30;
        p.activeSharePercent = 70;
        p.summary =
            QT_TRANSLATE_NOOP("Plan", "Active work: one massage session a week; core "
                                      "stabilisation and movement retraining take about 70 % "
                                      "of treatment time.");
        break;
    case 3:
        p.tasks << PlanTask{QStringLiteral("smr"), 3, false,
                            QT_TRANSLATE_NOOP("Plan", "Self-myofascial release"),
                            QT_TRANSLATE_NOOP("Plan", "times a week")};
        p.summary =
            QT_TRANSLATE_NOOP("Plan", "Maintenance: a daily movement routine of 20 minutes "
                                      "or more, self-myofascial release 3 times a week, and "
                                      "massage every 2 to 4 weeks as needed.");
        break;
    default:
        p.summary = QT_TRANSLATE_NOOP("Plan", "The plan starts on its first day.");
        break;
    }
    return p;
}

QList<SessionCheck> sessionChecks(const Episode& episode, const QList<Session>& sessions,
                                  const MassageHold& hold)
{
    const int n = static_cast<int>(sessions.size());
    QList<SessionCheck> out(n);
    // Date order; a session without an id (not stored yet) after the stored ones of its
    // date; then as listed.
    std::vector<int> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    const auto idKey = [](const Session& s) {
        return s.id == 0 ? std::numeric_limits<qint64>::max() : s.id;
    };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const Session& x = sessions[a];
        const Session& y = sessions[b];
        if (x.date != y.date)
            return x.date < y.date;
        return idKey(x) < idKey(y);
    });

    const bool acute = durationClass(episode) == DurationClass::Acute;
    QHash<int, int> countInWeek;
    bool first = true;
    for (int i : order) {
        const Session& s = sessions[i];
        SessionCheck& c = out[i];
        SessionGuidance& g = c.guidance;
        g.shorterThanRange = s.minutes < 30;
        g.longerThanRange = s.minutes > 60;
        const int week = programWeek(programDay(episode.programStart, s.date));
        const int planned = sessionsPlannedPerWeek(phaseOfWeek(week));
        const int rank = ++countInWeek[week];
        g.abovePlan = week >= 1 && planned > 0 && rank > planned;
        if (acute) {
            g.windowStart = episode.onsetDate.addDays(3);
            g.windowEnd = episode.onsetDate.addDays(7);
            // The first session: none dated earlier (sessions of the first date all are).
            g.isFirstAcuteSession = first || s.date == sessions[order.front()].date;
            g.outsideWindow =
                g.isFirstAcuteSession && (s.date < g.windowStart || s.date > g.windowEnd);
        }
        first = false;
        c.holdReasons = hold.reasons(s.date);
        c.surgeryHold = hold.surgery().covers(s.date);
    }
    return out;
}

SessionCheck sessionCheck(const Episode& episode, const QList<Session>& sessions,
                          const Session& session, const MassageHold& hold)
{
    for (int i = 0; i < sessions.size(); ++i) {
        const Session& s = sessions[i];
        if ((session.id != 0 && s.id == session.id) ||
            (session.id == 0 && s.sameContent(session))) {
            QList<Session> all = sessions;
            all[i] = session; // as edited
            return sessionChecks(episode, all, hold).at(i);
        }
    }
    QList<Session> all = sessions;
    Session added = session;
    added.id = 0; // counted after the stored sessions of its date
    all << added;
    return sessionChecks(episode, all, hold).constLast();
}

SessionGuidance sessionGuidance(const Episode& episode, const QList<Session>& sessions,
                                const Session& session)
{
    return sessionCheck(episode, sessions, session, MassageHold{}).guidance;
}

} // namespace backlog
