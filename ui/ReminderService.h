// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QObject>

class QSystemTrayIcon;
class QTimer;
class QWidget;

namespace backlog {

class DiaryService;
class Settings;

/// The daily reminder: a tray icon where the desktop has a tray, and a notification at
/// the chosen time when today has no entry. Without a tray the app works the same.
class ReminderService : public QObject
{
    Q_OBJECT

public:
    ReminderService(DiaryService& service, Settings& settings, QWidget* window,
                    QObject* parent = nullptr);

    bool hasTray() const { return m_tray != nullptr; }
    /// Whether a reminder is due at `now` (reminders on, time reached, no entry today,
    /// not yet reminded today).
    bool isDue(const QDateTime& now) const;
    /// Checks now and notifies when due; returns whether it notified.
    bool check(const QDateTime& now);

Q_SIGNALS:
    /// A reminder was given (also when there is no tray to show it).
    void reminded();

private:
    DiaryService& m_service;
    Settings& m_settings;
    QWidget* m_window;
    QSystemTrayIcon* m_tray = nullptr;
    QTimer* m_timer;
    QDate m_remindedOn;
};

} // namespace backlog
