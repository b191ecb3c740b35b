// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Pages.h"

#include <QMainWindow>
#include <QUndoStack>

class QTabWidget;

namespace backlog {

class AlertBanner;
class AlertsPage;
class EvidencePage;
class PlanPage;
class ReminderService;
class SessionsPage;
class TodayPage;

/// The main window: the alert banner, the pages of the diary, menus, undo and redo.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(DiaryService& service, Settings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    TodayPage* todayPage() const { return m_today; }
    SessionsPage* sessionsPage() const { return m_sessions; }
    PlanPage* planPage() const { return m_plan; }
    AlertsPage* alertsPage() const { return m_alerts; }
    AlertBanner* alertBanner() const { return m_banner; }
    QTabWidget* pages() const { return m_pages; }
    QUndoStack* undoStack() { return &m_undo; }
    ReminderService* reminders() const { return m_reminders; }

    /// Opens the setup wizard (also used on first start).
    void openSetup();
    /// Shows the backups and restores the one chosen, after confirming.
    void openRestore();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void showAbout();
    void showUserGuide();
    void backUpNow();

    DiaryService& m_service;
    Settings& m_settings;
    QUndoStack m_undo;
    PageContext m_context;
    QTabWidget* m_pages;
    AlertBanner* m_banner;
    TodayPage* m_today;
    SessionsPage* m_sessions;
    PlanPage* m_plan;
    AlertsPage* m_alerts;
    EvidencePage* m_evidence;
    ReminderService* m_reminders;
};

} // namespace backlog
