// SPDX-License-Identifier: GPL-3.0-or-later
#include "clinical/Engine.h"

#include "Dates.h"
#include "clinical/RuleTable.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace backlog {
namespace {

using AckMap = QHash<QString, QDate>; // "RULE@date" -> acknowledgement date

/// The acknowledgements that count as of `asOf` (clinical.md 4.4, "When a rule fires
/// again"): dated on or before it, and recorded at a level no less urgent than the rule's
/// level now (an alert made more urgent by version 2 asks again).
AckMap acknowledgements(const QList<Alert>& known, const QDate& asOf)
{
    AckMap acks;
    for (const Alert& a : known) {
        if (!a.acknowledged.isValid() || a.acknowledged > asOf)
            continue;
        const RuleInfo* rule = findRule(a.rule);
        if (rule && static_cast<int>(a.level) > static_cast<int>(rule->level))
            continue;
        acks.insert(a.key(), a.acknowledged);
    }
    return acks;
}

/// The date each subject's condition fires on (invalid where it does not, or after asOf).
std::vector<QDate> conditionDates(const RuleInfo& rule, const RuleContext& context, int subjects,
                                  const QDate& asOf)
{
    std::vector<QDate> dates(static_cast<std::size_t>(subjects));
    for (int k = 0; k < subjects; ++k) {
        const QDate d = rule.condition(context, k, nullptr);
        if (d.isValid() && d <= asOf)
            dates[k] = d;
    }
    return dates;
}

Alert makeAlert(const RuleInfo& rule, const RuleContext& context, int subject, const QDate& date,
                const AckMap& acks)
{
    Alert alert{rule.id, rule.level, date, {}, {}};
    rule.condition(context, subject, &alert.data);
    alert.acknowledged = acks.value(alert.key());
    return alert;
}

/// A new onset at subject k (clinical.md 4.4): for a daily-check rule the latest entry
/// before did not report the symptom; for a course rule the condition held on none of
/// the 7 days before (days before the program start never hold).
bool newOnset(const RuleInfo& rule, const std::vector<QDate>& dates, int k)
{
    if (rule.scope == RuleScope::Daily)
        return k == 0 || !dates[k - 1].isValid();
    for (int i = std::max(0, k - 7); i < k; ++i)
        if (dates[i].isValid())
            return false;
    return true;
}

/// Fires a rule whose alert stays raised until acknowledged: on the first date its
/// condition holds, and after an acknowledgement on A on the first new onset after A.
void fireUntilAcknowledged(const RuleInfo& rule, const RuleContext& context,
                           const std::vector<QDate>& dates, const AckMap& acks, QList<Alert>& out)
{
    bool raised = false;
    QDate acknowledged; // no firing on or before it
    for (int k = 0; k < static_cast<int>(dates.size()); ++k) {
        const QDate& d = dates[k];
        if (!d.isValid())
            continue;
        if (raised && (d <= acknowledged || !newOnset(rule, dates, k)))
            continue;
        const Alert alert = makeAlert(rule, context, k, d, acks);
        out << alert;
        raised = true;
        acknowledged = alert.acknowledged;
        if (!acknowledged.isValid())
            return; // raised for good: nothing more to find
    }
}

/// MS-WHILE-STOPPED (clinical.md 4.3): once per session day with hold reasons, unless every
/// reason is already a reason of an earlier MS-WHILE-STOPPED alert still raised that day.
void fireWhileStopped(const RuleInfo& rule, const RuleContext& context, const AckMap& acks,
                      QList<Alert>& out)
{
    struct Fired
    {
        QDate date;
        QDate acknowledged;
        QStringList reasons;
    };
    QList<Fired> fired;
    const QList<Session>& sessions = context.history.sessions();
    for (int j = 0; j < sessions.size(); ++j) {
        const QDate day = sessions[j].date;
        if (j > 0 && sessions[j - 1].date == day)
            continue; // one alert per day
        const QStringList reasons = context.hold->reasons(day);
        if (reasons.isEmpty())
            continue;
        QSet<QString> covered;
        for (const Fired& f : fired)
            if (!f.acknowledged.isValid() || f.acknowledged > day)
                for (const QString& r : f.reasons)
                    covered.insert(r);
        if (std::all_of(reasons.begin(), reasons.end(),
                        [&covered](const QString& r) { return covered.contains(r); }))
            continue;
        const Alert alert = makeAlert(rule, context, j, day, acks);
        out << alert;
        fired << Fired{day, alert.acknowledged, reasons};
    }
}

} // namespace

namespace {

/// The one order in which alerts are shown to the patient: most urgent level first, then
/// newest, then by rule id.
void sortMostUrgentFirst(QList<Alert>& alerts)
{
    std::stable_sort(alerts.begin(), alerts.end(), [](const Alert& a, const Alert& b) {
        if (a.level != b.level)
            return static_cast<int>(a.level) < static_cast<int>(b.level);
        if (a.date != b.date)
            return a.date > b.date;
        return a.rule < b.rule;
    });
}

} // namespace

QList<Alert> Evaluation::raised() const
{
    QList<Alert> out;
    for (const Alert& a : alerts)
        if (!a.isAcknowledged())
            out << a;
    sortMostUrgentFirst(out);
    return out;
}

QList<Alert> Evaluation::alertsForDay(const QDate& date) const
{
    QList<Alert> out;
    QSet<QString> rules;
    for (const Alert& a : alerts)
        if (a.date == date) {
            out << a;
            rules.insert(a.rule);
        }
    for (const QString& rule : dailyFindings.value(date)) {
        if (rules.contains(rule))
            continue;
        for (auto it = alerts.crbegin(); it != alerts.crend(); ++it)
            if (it->rule == rule && it->date <= date) {
                out << *it;
                break;
            }
    }
    sortMostUrgentFirst(out);
    return out;
}

bool Evaluation::asksAttention(const Alert& a) const
{
    if (a.isAcknowledged() || a.level == AlertLevel::Info)
        return false;
    if (!a.foundOnUpgrade)
        return true;
    return (a.level == AlertLevel::Emergency || a.level == AlertLevel::Urgent) &&
           a.date >= asOf.addDays(-3);
}

QList<Alert> Evaluation::needingAttention() const
{
    QList<Alert> out;
    for (const Alert& a : raised())
        if (asksAttention(a))
            out << a;
    return out;
}

QList<Alert> Evaluation::foundOnUpgrade() const
{
    QList<Alert> out;
    for (const Alert& a : alerts)
        if (a.foundOnUpgrade)
            out << a;
    sortMostUrgentFirst(out);
    return out;
}

bool Evaluation::needsBanner() const
{
    for (const Alert& a : alerts)
        if (asksAttention(a) &&
            (a.level == AlertLevel::Emergency || a.level == AlertLevel::Urgent ||
             a.level == AlertLevel::StopMassage))
            return true;
    return false;
}

AlertChanges alertChanges(const QList<Alert>& stored, const Evaluation& evaluation)
{
    QHash<QString, AlertLevel> known;
    for (const Alert& a : stored)
        known.insert(a.key(), a.level);
    QSet<QString> firing;
    AlertChanges changes;
    for (Alert a : evaluation.alerts) {
        firing.insert(a.key());
        a.data.clear();
        const auto it = known.constFind(a.key());
        if (it == known.constEnd())
            changes.added << a;
        else if (*it != a.level)
            changes.changed << a;
    }
    for (const Alert& a : stored)
        if (!a.isAcknowledged() && a.date <= evaluation.asOf && !firing.contains(a.key()))
            changes.withdrawn << a;
    return changes;
}

QDate defaultAsOf(const Episode& episode, const QList<DailyEntry>& entries,
                  const QList<Session>& sessions)
{
    QDate latest;
    for (const DailyEntry& e : entries)
        if (!latest.isValid() || e.date > latest)
            latest = e.date;
    for (const Session& s : sessions)
        if (!latest.isValid() || s.date > latest)
            latest = s.date;
    return latest.isValid() ? latest : episode.programStart;
}

Evaluation evaluate(const Episode& episode, const QList<DailyEntry>& entries,
                    const QList<Session>& sessions, const QList<Alert>& known, const QDate& asOf)
{
    History history(episode, entries, sessions, asOf);
    RuleContext context{history};

    Evaluation ev;
    ev.asOf = asOf;
    ev.programDay = history.programDay(asOf);
    ev.programWeek = programWeek(ev.programDay);
    ev.phase = phaseOfDay(ev.programDay);
    ev.durationClass = durationClass(episode);
    ev.baselinePain = history.baselinePain(asOf);
    ev.baselineFunction = history.baselineFunction(asOf);
    ev.pain7d = history.painMean7(asOf);
    ev.function7d = history.functionMean7(asOf);
    ev.response = history.response(asOf);

    const AckMap acks = acknowledgements(known, asOf);
    const int entryCount = static_cast<int>(history.entries().size());
    const int sessionCount = static_cast<int>(history.sessions().size());
    const int courseDays =
        asOf >= episode.programStart ? static_cast<int>(episode.programStart.daysTo(asOf)) + 1 : 0;
    const auto subjectsOf = [&](const RuleInfo& rule) {
        switch (rule.scope) {
        case RuleScope::Screening:
            return 1;
        case RuleScope::Daily:
            return entryCount;
        case RuleScope::Session:
            return sessionCount;
        case RuleScope::Course:
            return courseDays;
        }
        return 0;
    };
    const auto fire = [&](const RuleInfo& rule, QList<Alert>& out) {
        const std::vector<QDate> dates = conditionDates(rule, context, subjectsOf(rule), asOf);
        if (rule.refire == Refire::UntilAcknowledged) {
            fireUntilAcknowledged(rule, context, dates, acks, out);
            return dates;
        }
        for (int k = 0; k < static_cast<int>(dates.size()); ++k)
            if (dates[k].isValid())
                out << makeAlert(rule, context, k, dates[k], acks);
        return dates;
    };
    const auto inOrder = [](QList<Alert>& alerts) {
        std::stable_sort(alerts.begin(), alerts.end(), [](const Alert& a, const Alert& b) {
            return a.date != b.date ? a.date < b.date : a.rule < b.rule;
        });
        // One alert per rule and date (e.g. two sessions on one day).
        QList<Alert> unique;
        for (const Alert& a : alerts)
            if (unique.isEmpty() || !unique.last().sameIdentity(a))
                unique << a;
        alerts = unique;
    };

    // 1. Screening, the daily check and the session rules: everything the hold depends on.
    QList<Alert> fired;
    QMap<QDate, QStringList> holdingSymptoms;
    for (const RuleInfo& rule : ruleTable()) {
        if (rule.scope == RuleScope::Course || rule.refire == Refire::WhileStopped)
            continue;
        const std::vector<QDate> dates = fire(rule, fired);
        if (rule.scope != RuleScope::Daily)
            continue;
        for (const QDate& d : dates) {
            if (!d.isValid())
                continue;
            ev.dailyFindings[d] << rule.id;
            if (holdsMassage(rule.level))
                holdingSymptoms[d] << rule.id;
        }
    }
    inOrder(fired);

    // 2. The hold (clinical.md 3), then the sessions held by it.
    ev.hold = MassageHold(surgeryHold(episode), fired, holdingSymptoms);
    context.hold = &ev.hold;
    for (const RuleInfo& rule : ruleTable())
        if (rule.refire == Refire::WhileStopped)
            fireWhileStopped(rule, context, acks, fired);

    // 3. Adherence (a week with a day on hold plans no session), then the course rules.
    history.computeWeeks(
        [&ev](const QDate& from, const QDate& to) { return ev.hold.onHoldBetween(from, to); });
    ev.weeks = history.weeks();
    for (const RuleInfo& rule : ruleTable())
        if (rule.scope == RuleScope::Course)
            fire(rule, fired);

    inOrder(fired);
    // Alerts found when the rules were updated stay history (clinical.md 7).
    QSet<QString> foundOnUpgrade;
    for (const Alert& a : known)
        if (a.foundOnUpgrade)
            foundOnUpgrade.insert(a.key());
    if (!foundOnUpgrade.isEmpty())
        for (Alert& a : fired)
            a.foundOnUpgrade = foundOnUpgrade.contains(a.key());
    ev.alerts = fired;
    return ev;
}

} // namespace backlog
