// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/EvaluationJson.h"

#include "Dates.h"
#include "exchange/JsonWriter.h"

namespace backlog {

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

QByteArray sessionEffectToJson(const SessionEffect& e)
{
    JsonWriter w;
    const auto rounded = [&w](const std::optional<double>& v, int decimals) {
        if (v)
            w.number(roundHalfUp(*v, decimals));
        else
            w.null();
    };
    w.beginObject();
    w.key(QStringLiteral("as_of"));
    w.string(isoDate(e.asOf));
    w.key(QStringLiteral("short_term"));
    w.beginObject();
    w.key(QStringLiteral("sessions_used"));
    w.integer(e.sessionsUsed);
    w.key(QStringLiteral("effect"));
    rounded(e.effect, 2);
    w.key(QStringLiteral("ci95"));
    if (e.low && e.high) {
        w.beginArray();
        rounded(e.low, 2);
        rounded(e.high, 2);
        w.endArray();
    } else {
        w.null();
    }
    w.key(QStringLiteral("p_value"));
    rounded(e.pValue, 4);
    w.key(QStringLiteral("verdict"));
    w.string(toString(e.verdict));
    w.key(QStringLiteral("method"));
    w.string(sessionEffectMethod());
    w.endObject();
    w.endObject();
    return w.finish();
}

} // namespace backlog
