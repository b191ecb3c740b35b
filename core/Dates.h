// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace backlog {

/// Parses a strict ISO 8601 calendar date (YYYY-MM-DD); nothing else is accepted.
std::optional<QDate> parseIsoDate(const QString& text);

/// True for dates in the years 1900..2199, the range the diary accepts.
bool isPlausibleDate(const QDate& date);

/// Formats a date as YYYY-MM-DD.
QString isoDate(const QDate& date);

/// A date as messages show it (alert messages, their data, warnings): the one place that
/// decides, so that every message names dates the same way. YYYY-MM-DD.
QString messageDate(const QDate& date);

/// Parses an ISO 8601 UTC date-time such as 2026-11-21T10:00:00Z.
std::optional<QDateTime> parseUtcDateTime(const QString& text);

/// Formats a UTC date-time as 2026-11-21T10:00:00Z.
QString isoUtcDateTime(const QDateTime& dateTime);

} // namespace backlog
