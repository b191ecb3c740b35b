// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Alert.h"
#include "model/Episode.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QStringList>

namespace backlog {

/// The date a screening "yes" fires its alert (clinical.md 4.1): the later of the program
/// start and the day the "yes" was given; invalid when the answer is no.
QDate screeningAlertDate(const Episode& episode, const QString& id);

/// The post-surgery hold of SCR-SURGERY-6W (clinical.md 4.1, 4.3): from the alert's date
/// to the day before surgery + 42 days; a surgery without a date is taken to be on the
/// alert's date. Empty (invalid dates) without a "yes" or when it ended before it began.
struct SurgeryHold
{
    QDate from;
    QDate to;      ///< the last day held
    QDate surgery; ///< the surgery date used (given, or the alert's date)
    bool dateGiven = false;

    bool isEmpty() const { return !from.isValid() || !to.isValid() || to < from; }
    bool covers(const QDate& date) const { return !isEmpty() && date >= from && date <= to; }
};
SurgeryHold surgeryHold(const Episode& episode);

/// True for the levels whose alert holds massage: emergency, urgent, stop-massage and
/// clearance (clinical.md 3, "On hold").
bool holdsMassage(AlertLevel level);

/// Whether massage is on hold on a date, and why (clinical.md 3, "On hold"): the one
/// predicate that the plan, the session check, MS-WHILE-STOPPED and the adherence use.
class MassageHold
{
public:
    MassageHold() = default;
    /// `alerts`: the alerts of the evaluation with their acknowledgements (MS-WHILE-STOPPED
    /// and MS-SURGERY-HOLD are left out here); `symptoms`: for each entry date, the ids of
    /// the daily-check rules of a holding level whose symptom the entry reports.
    MassageHold(const SurgeryHold& surgery, const QList<Alert>& alerts,
                QMap<QDate, QStringList> symptoms);

    /// The surgery hold, on its own.
    const SurgeryHold& surgery() const { return m_surgery; }
    /// The hold reasons on `date` (rule ids, sorted, each once); the surgery hold is not a
    /// reason of its own (see surgery()).
    QStringList reasons(const QDate& date) const;
    /// Massage is on hold on `date`: the surgery hold covers it or it has a reason.
    bool onHold(const QDate& date) const;
    /// Massage is on hold on at least one day of from..to.
    bool onHoldBetween(const QDate& from, const QDate& to) const;

private:
    struct Span
    {
        QString rule;
        QDate from;
        QDate to; ///< invalid: open-ended (not acknowledged)
    };
    SurgeryHold m_surgery;
    QList<Span> m_spans;
    QMap<QDate, QStringList> m_symptoms;
};

} // namespace backlog
