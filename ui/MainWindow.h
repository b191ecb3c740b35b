// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Pages.h"
#include "ReportWriter.h"
#include "Result.h"

#include <QMainWindow>
#include <QStringList>
#include <QUndoStack>

class QLabel;
class QTabWidget;

namespace backlog {

class UpgradeHistoryDialog;

class AlertBanner;
class AlertsPage;
class EvidencePage;
class HelpingPage;
class PlanPage;
class ProgressPage;
class ReminderService;
class SessionsPage;
class TodayPage;

/// The main window: the alert banner, the pages of the diary, menus, undo and redo.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// The resource path of the user guide in the user's language (English by default).
    static QString userGuidePath();
    /// The About box's text: version, what BackLog is, and the licences.
    static QString aboutText();
    MainWindow(DiaryService& service, Settings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// The tabs, in order.
    enum Tab { TodayTab, SessionsTab, PlanTab, ProgressTab, HelpingTab, AlertsTab, EvidenceTab };

    TodayPage* todayPage() const { return m_today; }
    // The other pages are built the first time they are shown (or asked for), so that
    // the window paints sooner on a long diary.
    SessionsPage* sessionsPage();
    PlanPage* planPage();
    ProgressPage* progressPage();
    AlertsPage* alertsPage();
    HelpingPage* helpingPage();
    EvidencePage* evidencePage();
    AlertBanner* alertBanner() const { return m_banner; }
    QTabWidget* pages() const { return m_pages; }
    QUndoStack* undoStack() { return &m_undo; }
    ReminderService* reminders() const { return m_reminders; }

    /// Opens a bundle for review in a window of its own, read-only (File > Open for
    /// review). Returns the new window (deleted when closed), or the error that was shown.
    Result<MainWindow*> openReview(const QString& path);
    /// True when this window shows a bundle for review.
    bool isReview() const;
    /// The banner naming the patient in review mode (null otherwise).
    QLabel* reviewBanner() const { return m_reviewBanner; }

    /// What File > Export writes.
    enum class ExportKind { Report, Chart, Csv, Bundle, Fhir };
    /// Writes the export of `kind` to `path` (atomically): the report with the options last
    /// chosen, the chart in the Progress tab's window.
    Status exportTo(ExportKind kind, const QString& path);
    /// The report's paper and notes, as the report options dialog sets them.
    void setReportOptions(const ReportOptions& options) { m_reportOptions = options; }
    /// Asks for a file and shows what importing it would do (File > Import).
    void chooseImportFile();
    /// Opens the import preview of `path`; returns the dialog (deleted when closed).
    class ImportDialog* openImport(const QString& path);

    /// Opens the setup wizard (also used on first start).
    void openSetup();
    /// Shows the backups and restores the one chosen, after confirming.
    void openRestore();
    /// Shows the alerts found when the safety rules were updated, once (clinical.md 7);
    /// returns the dialog, or null when there is nothing to show.
    UpgradeHistoryDialog* showUpgradeHistory();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void createSettingsMenu();
    /// Builds the page of tab `index` if it is not built yet.
    void ensurePage(int index);
    QWidget* addLazyTab(const QString& title, const QString& name);
    /// A page's title without its mnemonic, for its tab.
    QString plainTitle(int tab) const;
    void showAbout();
    void showUserGuide();
    void backUpNow();
    void chooseReviewFile();
    /// Asks what to export where (the report's options first), then exports.
    void chooseExportFile(ExportKind kind);
    void chooseExportPath(ExportKind kind);

    DiaryService& m_service;
    Settings& m_settings;
    QUndoStack m_undo;
    PageContext m_context;
    QTabWidget* m_pages;
    AlertBanner* m_banner;
    QLabel* m_reviewBanner = nullptr;
    TodayPage* m_today;
    SessionsPage* m_sessions = nullptr;
    PlanPage* m_plan = nullptr;
    ProgressPage* m_progress = nullptr;
    AlertsPage* m_alerts = nullptr;
    QStringList m_pageTitles; ///< with their mnemonics, for the View menu
    HelpingPage* m_helping = nullptr;
    EvidencePage* m_evidence = nullptr;
    QList<QWidget*> m_tabs;                 ///< the container of each tab
    ReminderService* m_reminders = nullptr; ///< none in review mode
    ReportOptions m_reportOptions;          ///< as last chosen for the report
};

} // namespace backlog
