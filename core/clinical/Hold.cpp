// SPDX-License-Identifier: GPL-3.0-or-later
#include "clinical/Hold.h"

#include <algorithm>

namespace backlog {
namespace {

const QString kSurgeryScreening = QStringLiteral("SCR-SURGERY-6W");

/// Alerts raised by a session on the session's own day: they do not hold that day (the
/// session already took place), only the days after it.
bool raisedBySessionOnItsDay(const QString& rule)
{
    return rule == QLatin1String("MS-SHOOTING-PAIN") || rule == QLatin1String("MS-NUMBNESS") ||
           rule == QLatin1String("MS-SHORT");
}

} // namespace

QDate screeningAlertDate(const Episode& episode, const QString& id)
{
    if (!episode.screening.answer(id))
        return {};
    const QDate answered = episode.screening.answered.value(id);
    if (answered.isValid() && answered > episode.programStart)
        return answered;
    return episode.programStart;
}

SurgeryHold surgeryHold(const Episode& episode)
{
    SurgeryHold hold;
    const QDate alert = screeningAlertDate(episode, kSurgeryScreening);
    if (!alert.isValid())
        return hold;
    hold.dateGiven = episode.screening.surgeryDate.isValid();
    hold.surgery = hold.dateGiven ? episode.screening.surgeryDate : alert;
    hold.from = alert;
    hold.to = hold.surgery.addDays(41);
    return hold;
}

bool holdsMassage(AlertLevel level)
{
    return level == AlertLevel::Emergency || level == AlertLevel::Urgent ||
           level == AlertLevel::StopMassage || level == AlertLevel::Clearance;
}

MassageHold::MassageHold(const SurgeryHold& surgery, const QList<Alert>& alerts,
                         QMap<QDate, QStringList> symptoms)
    : m_surgery(surgery), m_symptoms(std::move(symptoms))
{
    for (const Alert& a : alerts) {
        if (!holdsMassage(a.level) || a.rule == QLatin1String("MS-WHILE-STOPPED") ||
            a.rule == QLatin1String("MS-SURGERY-HOLD"))
            continue;
        Span span{a.rule, raisedBySessionOnItsDay(a.rule) ? a.date.addDays(1) : a.date, {}};
        // SCR-SURGERY-6W is no reason while the surgery hold covers the day.
        if (a.rule == kSurgeryScreening && !m_surgery.isEmpty() && span.from <= m_surgery.to)
            span.from = std::max(span.from, m_surgery.to.addDays(1));
        // An acknowledgement on A ends the reason from A on.
        if (a.acknowledged.isValid())
            span.to = a.acknowledged.addDays(-1);
        if (span.to.isValid() && span.to < span.from)
            continue;
        m_spans << span;
    }
}

QStringList MassageHold::reasons(const QDate& date) const
{
    QStringList out;
    for (const Span& s : m_spans)
        if (date >= s.from && (!s.to.isValid() || date <= s.to))
            out << s.rule;
    // A symptom still being reported (the entry of the day or the day before) holds
    // massage, whether or not its alert was acknowledged.
    for (const QDate& day : {date.addDays(-1), date})
        out << m_symptoms.value(day);
    out.sort();
    out.removeDuplicates();
    return out;
}

bool MassageHold::onHold(const QDate& date) const
{
    return onHoldBetween(date, date);
}

bool MassageHold::onHoldBetween(const QDate& from, const QDate& to) const
{
    if (!m_surgery.isEmpty() && m_surgery.from <= to && m_surgery.to >= from)
        return true;
    for (const Span& s : m_spans)
        if (s.from <= to && (!s.to.isValid() || s.to >= from))
            return true;
    const auto it = m_symptoms.lowerBound(from.addDays(-1));
    return it != m_symptoms.end() && it.key() <= to && !it.value().isEmpty();
}

} // namespace backlog
