// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateEdit>

namespace backlog {

/// The one date style of the app's fields: the locale's short date with a four-digit year
/// and two-digit day and month (a lone "1" would wait for a second digit); ISO 8601 when
/// the locale names the month in words. Never a two-digit year.
QString typedDateFormat();

/// A date as the app shows it in lists and messages: the format of typedDateFormat().
QString displayDate(const QDate& date);

/// A date field that is one Tab stop (Tab leaves it; the arrow keys or typing the
/// separator move between day, month and year), with a calendar pop-up and the format of
/// typedDateFormat().
class DateField : public QDateEdit
{
    Q_OBJECT

public:
    explicit DateField(QWidget* parent = nullptr);

protected:
    bool focusNextPrevChild(bool next) override;
};

} // namespace backlog
