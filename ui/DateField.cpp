// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateField.h"

#include <QLocale>
#include <QRegularExpression>

namespace backlog {

QString typedDateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (format.contains(QStringLiteral("MMM")))
        return QStringLiteral("yyyy-MM-dd");
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    static const QRegularExpression day(QStringLiteral("(?<!d)d(?!d)"));
    static const QRegularExpression month(QStringLiteral("(?<!M)M(?!M)"));
    format.replace(day, QStringLiteral("dd"));
    format.replace(month, QStringLiteral("MM"));
    return format;
}

QString displayDate(const QDate& date)
{
    return QLocale().toString(date, typedDateFormat());
}

DateField::DateField(QWidget* parent) : QDateEdit(parent)
{
    setCalendarPopup(true);
    setDisplayFormat(typedDateFormat());
    setMinimumDate(QDate(1900, 1, 1));
}

bool DateField::focusNextPrevChild(bool next)
{
    // Past QDateTimeEdit's, which moves between the sections first.
    return QWidget::focusNextPrevChild(next); // NOLINT(bugprone-parent-virtual-call)
}

} // namespace backlog
