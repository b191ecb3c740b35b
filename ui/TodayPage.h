// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/DailyEntry.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QDateEdit;
class QLabel;
class QPushButton;

namespace backlog {

class Diary;
class ScoreSelector;

/// The daily check-in: pain and function for a day, saved as soon as they are chosen.
class TodayPage : public QWidget
{
    Q_OBJECT

public:
    explicit TodayPage(Diary& diary, QWidget* parent = nullptr);

    QDate date() const { return m_date; }
    /// Shows (and edits) the entry of `date`.
    void showDate(const QDate& date);

    ScoreSelector* painSelector() const { return m_pain; }
    ScoreSelector* functionSelector() const { return m_function; }
    QLabel* statusLabel() const { return m_status; }

Q_SIGNALS:
    /// A save failed; `message` says what and where.
    void saveFailed(const QString& message);
    /// The entry of `date` was saved.
    void saved(const QDate& date);

private:
    void load();
    void save();

    Diary& m_diary;
    QDate m_date;
    std::optional<DailyEntry> m_entry; ///< what is stored for m_date
    QDateEdit* m_dateEdit;
    QPushButton* m_previous;
    QPushButton* m_next;
    ScoreSelector* m_pain;
    ScoreSelector* m_function;
    QLabel* m_status;
};

} // namespace backlog
