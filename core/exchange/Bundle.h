// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "model/Alert.h"
#include "model/DailyEntry.h"
#include "model/Episode.h"
#include "model/Session.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace backlog {

/// The exchange bundle (formats.md section 1): one patient's complete episode.
struct Bundle
{
    static constexpr int kFormatVersion = 2; ///< written; versions 1 and 2 are read

    QDateTime exportedAt; ///< UTC; null when not given
    Episode episode;
    QList<DailyEntry> entries; ///< sorted by date, one per date
    QList<Session> sessions;   ///< sorted by date, in file order within a date
    QList<Alert> alerts;
    QJsonObject extraTop;     ///< unknown top-level fields, kept for round trip
    QJsonObject extraPatient; ///< unknown fields of "patient"

    bool operator==(const Bundle&) const = default;
};

/// A bundle read from a file, with the warnings reading it raised.
struct BundleRead
{
    Bundle bundle;
    QStringList warnings;
};

/// Reads and validates a bundle. Errors name `sourceName`, the JSON path, the value and
/// what was expected, e.g. "f.json: entries[12].pain: 11 is out of range 0..10".
Result<BundleRead> readBundle(const QByteArray& json, const QString& sourceName);

/// Reads and validates a bundle file.
Result<BundleRead> readBundleFile(const QString& path);

/// Writes a bundle as pretty-printed JSON with keys in the documented order.
QByteArray writeBundle(const Bundle& bundle, const QDateTime& exportedAt);

} // namespace backlog
