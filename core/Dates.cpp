// SPDX-License-Identifier: GPL-3.0-or-later
#include "Dates.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace backlog {

std::optional<QDate> parseIsoDate(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(),
                     match.captured(3).toInt());
    if (!date.isValid())
        return std::nullopt;
    return date;
}

bool isPlausibleDate(const QDate& date)
{
    return date.isValid() && date.year() >= 1900 && date.year() <= 2199;
}

QString isoDate(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

QString messageDate(const QDate& date)
{
    return isoDate(date);
}

std::optional<QDateTime> parseUtcDateTime(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"));
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    QDateTime dateTime = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dateTime.isValid())
        dateTime = QDateTime::fromString(text, Qt::ISODate);
    if (!dateTime.isValid())
        return std::nullopt;
    return dateTime.toUTC();
}

QString isoUtcDateTime(const QDateTime& dateTime)
{
    return dateTime.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

} // namespace backlog
