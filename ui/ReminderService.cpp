// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReminderService.h"

#include "DiaryService.h"
#include "Settings.h"

#include <QApplication>
#include <QMenu>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QWidget>

namespace backlog {

ReminderService::ReminderService(DiaryService& service, Settings& settings, QWidget* window,
                                 QObject* parent)
    : QObject(parent), m_service(service), m_settings(settings), m_window(window),
      m_timer(new QTimer(this))
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(
            QApplication::windowIcon().isNull()
                ? QApplication::style()->standardIcon(QStyle::SP_FileDialogDetailedView)
                : QApplication::windowIcon(),
            this);
        m_tray->setToolTip(tr("BackLog"));
        auto* menu = new QMenu(window);
        menu->addAction(tr("Open BackLog"), window, [window] {
            window->showNormal();
            window->raise();
            window->activateWindow();
        });
        menu->addAction(tr("Quit"), qApp, &QApplication::quit);
        m_tray->setContextMenu(menu);
        connect(m_tray, &QSystemTrayIcon::activated, window,
                [window](QSystemTrayIcon::ActivationReason r) {
                    if (r == QSystemTrayIcon::Trigger) {
                        window->showNormal();
                        window->raise();
                    }
                });
        connect(m_tray, &QSystemTrayIcon::messageClicked, window, [window] {
            window->showNormal();
            window->raise();
        });
        m_tray->show();
    }
    m_timer->setInterval(60 * 1000);
    connect(m_timer, &QTimer::timeout, this, [this] { check(QDateTime::currentDateTime()); });
    m_timer->start();
}

bool ReminderService::isDue(const QDateTime& now) const
{
    if (!m_settings.reminderEnabled() || !m_service.hasEpisode())
        return false;
    if (m_remindedOn == now.date())
        return false;
    if (now.time() < m_settings.reminderTime())
        return false;
    return !m_service.entry(now.date()).has_value();
}

bool ReminderService::check(const QDateTime& now)
{
    if (!isDue(now))
        return false;
    m_remindedOn = now.date();
    if (m_tray)
        m_tray->showMessage(tr("BackLog"),
                            tr("Nothing logged today yet. Two minutes: how is your back today?"),
                            QSystemTrayIcon::Information, 30 * 1000);
    Q_EMIT reminded();
    return true;
}

} // namespace backlog
