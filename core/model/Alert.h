// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Enums.h"

#include <QDate>
#include <QString>

namespace backlog {

/// An alert raised by a safety rule; identified by its rule id and date.
struct Alert
{
    QString rule; ///< rule id, e.g. RF-SADDLE
    AlertLevel level = AlertLevel::Info;
    QDate date;         ///< the date it fired
    QDate acknowledged; ///< null while still raised
    QString data;       ///< the data that triggered it, in plain words (not stored)
    /// Found when the diary was upgraded to clinical rules version 2, for a date before the
    /// upgrade: shown once as history, not as a new alarm.
    bool foundOnUpgrade = false;

    bool isAcknowledged() const { return acknowledged.isValid(); }
    /// The alert's identity as one text: "RULE@YYYY-MM-DD".
    QString key() const { return rule + QLatin1Char('@') + date.toString(Qt::ISODate); }
    bool sameIdentity(const Alert& other) const { return rule == other.rule && date == other.date; }
    bool operator==(const Alert&) const = default;
};

} // namespace backlog
