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
    // The other pages are built the first time they are shown (or asked for), so that
    // the window paints sooner on a long diary.
    SessionsPage* sessionsPage();
    PlanPage* planPage();
    AlertsPage* alertsPage();
    EvidencePage* evidencePage();
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
    /// Builds the page of tab `index` if it is not built yet.
    void ensurePage(int index);
    QWidget* addLazyTab(const QString& title, const QString& name);
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
    SessionsPage* m_sessions = nullptr;
    PlanPage* m_plan = nullptr;
    AlertsPage* m_alerts = nullptr;
    EvidencePage* m_evidence = nullptr;
    QList<QWidget*> m_tabs; ///< the container of each tab
    ReminderService* m_reminders;
};

} // namespace backlog
