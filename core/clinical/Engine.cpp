// SPDX-License-Identifier: GPL-3.0-or-later
#include "clinical/Engine.h"

#include "Dates.h"
#include "clinical/RuleTable.h"
#include "exchange/JsonWriter.h"

#include <QHash>

#include <algorithm>

namespace backlog {
namespace {

using AckMap = QHash<QString, QDate>; // "RULE@date" -> acknowledgement date

QString alertKey(const QString& rule, const QDate& date)
{
    return rule + QLatin1Char('@') + isoDate(date);
}

/// Fires a rule whose alert stays raised until acknowledged, over candidate subjects in
/// date order (clinical.md 4.4, "When a rule fires again").
template <typename Subjects>
void fireUntilAcknowledged(const RuleInfo& rule, const RuleContext& context, const AckMap& acks,
                           const QDate& asOf, Subjects subjects, QList<Alert>& out)
{
    QDate blockedThrough; // no firing on or before this date (the acknowledgement date)
    bool raised = false;
    for (int subject : subjects) {
        const QDate date = rule.condition(context, subject, nullptr);
        if (!date.isValid() || date > asOf)
            continue;
        if (raised && !(blockedThrough.isValid() && date > blockedThrough))
            continue;
        Alert alert{rule.id, rule.level, date, {}, {}};
        rule.condition(context, subject, &alert.data);
        const QDate ack = acks.value(alertKey(rule.id, date));
        if (ack.isValid() && ack <= asOf)
            alert.acknowledged = ack;
        out << alert;
        raised = true;
        blockedThrough = alert.acknowledged;
        if (!blockedThrough.isValid())
            return; // raised for good: nothing more to find
    }
}

/// Integer range [0, n) usable in a range-for.
struct Count
{
    int n;
    struct It
    {
        int i;
        int operator*() const { return i; }
        It& operator++()
        {
            ++i;
            return *this;
        }
        bool operator!=(const It& o) const { return i != o.i; }
    };
    It begin() const { return {0}; }
    It end() const { return {n}; }
};

} // namespace

QList<Alert> Evaluation::raised() const
{
    QList<Alert> out;
    for (const Alert& a : alerts)
        if (!a.isAcknowledged())
            out << a;
    std::stable_sort(out.begin(), out.end(), [](const Alert& a, const Alert& b) {
        if (a.level != b.level)
            return static_cast<int>(a.level) < static_cast<int>(b.level);
        return a.date > b.date;
    });
    return out;
}

bool Evaluation::needsBanner() const
{
    for (const Alert& a : alerts)
        if (!a.isAcknowledged() && (a.level == AlertLevel::Emergency || a.level == AlertLevel::Urgent ||
                                    a.level == AlertLevel::StopMassage))
            return true;
    return false;
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
                    const QList<Session>& sessions, const QList<Alert>& known,
                    const QDate& asOf)
{
    const History history(episode, entries, sessions, asOf);
    const RuleContext context{history};

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
    ev.weeks = history.weeks();

    AckMap acks;
    for (const Alert& a : known)
        if (a.acknowledged.isValid())
            acks.insert(alertKey(a.rule, a.date), a.acknowledged);

    const int entryCount = static_cast<int>(history.entries().size());
    const int sessionCount = static_cast<int>(history.sessions().size());
    const int courseDays =
        asOf >= episode.programStart ? static_cast<int>(episode.programStart.daysTo(asOf)) + 1 : 0;

    QList<Alert> fired;
    for (const RuleInfo& rule : ruleTable()) {
        int subjects = 0;
        switch (rule.scope) {
        case RuleScope::Screening: subjects = 1; break;
        case RuleScope::Daily: subjects = entryCount; break;
        case RuleScope::Session: subjects = sessionCount; break;
        case RuleScope::Course: subjects = courseDays; break;
        }
        if (rule.refire == Refire::UntilAcknowledged) {
            fireUntilAcknowledged(rule, context, acks, asOf, Count{subjects}, fired);
            continue;
        }
        for (int subject = 0; subject < subjects; ++subject) {
            const QDate date = rule.condition(context, subject, nullptr);
            if (!date.isValid() || date > asOf)
                continue;
            Alert alert{rule.id, rule.level, date, {}, {}};
            rule.condition(context, subject, &alert.data);
            const QDate ack = acks.value(alertKey(rule.id, date));
            if (ack.isValid() && ack <= asOf)
                alert.acknowledged = ack;
            fired << alert;
        }
    }

    std::stable_sort(fired.begin(), fired.end(), [](const Alert& a, const Alert& b) {
        return a.date != b.date ? a.date < b.date : a.rule < b.rule;
    });
    // One alert per rule and date (e.g. two sessions on one day).
    for (const Alert& a : fired)
        if (ev.alerts.isEmpty() || !ev.alerts.last().sameIdentity(a))
            ev.alerts << a;
    return ev;
}

QByteArray evaluationToJson(const Evaluation& ev)
{
    JsonWriter w;
    const auto optional = [&w](const std::optional<double>& v) {
        if (v)
            w.number(roundToHundredth(*v));
        else
            w.null();
    };
    w.beginObject();
    w.key(QStringLiteral("as_of"));
    w.string(isoDate(ev.asOf));
    w.key(QStringLiteral("program_day"));
    w.integer(ev.programDay);
    w.key(QStringLiteral("program_week"));
    w.integer(ev.programWeek);
    w.key(QStringLiteral("phase"));
    w.integer(ev.phase);
    w.key(QStringLiteral("duration_class"));
    w.string(toString(ev.durationClass));
    w.key(QStringLiteral("baseline"));
    w.beginObject();
    w.key(QStringLiteral("pain"));
    optional(ev.baselinePain);
    w.key(QStringLiteral("function"));
    optional(ev.baselineFunction);
    w.endObject();
    w.key(QStringLiteral("pain_7d"));
    optional(ev.pain7d);
    w.key(QStringLiteral("function_7d"));
    optional(ev.function7d);
    w.key(QStringLiteral("response"));
    w.string(toString(ev.response));
    w.key(QStringLiteral("week_adherence"));
    w.beginArray();
    for (const WeekAdherence& a : ev.weeks) {
        w.beginObject();
        w.key(QStringLiteral("week"));
        w.integer(a.week);
        w.key(QStringLiteral("sessions_planned"));
        w.integer(a.sessionsPlanned);
        w.key(QStringLiteral("sessions_done"));
        w.integer(a.sessionsDone);
        w.key(QStringLiteral("self_care_ratio"));
        w.number(roundToHundredth(a.selfCareRatio));
        w.key(QStringLiteral("consistent"));
        w.boolean(a.consistent);
        w.endObject();
    }
    w.endArray();
    w.key(QStringLiteral("alerts"));
    w.beginArray();
    for (const Alert& a : ev.alerts) {
        w.beginObject();
        w.key(QStringLiteral("rule"));
        w.string(a.rule);
        w.key(QStringLiteral("level"));
        w.string(toString(a.level));
        w.key(QStringLiteral("date"));
        w.string(isoDate(a.date));
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.finish();
}

} // namespace backlog
