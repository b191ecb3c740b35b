// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Enums.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace backlog {

/// One massage session.
struct Session
{
    qint64 id = 0; ///< database id; 0 for a session not yet stored
    QDate date;
    int minutes = 0; ///< 1..600
    SessionKind kind = SessionKind::Other;
    QString therapist;
    bool shootingPain = false; ///< sharp, shooting pain during the session
    bool numbness = false;     ///< numbness or tingling in the legs during or after
    QString note;
    QJsonObject extra; ///< unknown fields, kept for round trip

    /// Same session content, whatever the database id.
    bool sameContent(const Session& other) const
    {
        return date == other.date && minutes == other.minutes && kind == other.kind &&
               therapist == other.therapist && shootingPain == other.shootingPain &&
               numbness == other.numbness && note == other.note && extra == other.extra;
    }
    bool operator==(const Session&) const = default;
};

} // namespace backlog
