// SPDX-License-Identifier: GPL-3.0-or-later
// Small things a new user noticed: which session the after-session questions are about,
// where the save dialogs start, and a report dialog wide enough for its title.
#include "AlertsPage.h"
#include "Generator.h"
#include "ReportOptionsDialog.h"
#include "SessionsPage.h"
#include "TodayPage.h"
#include "Translations.h"
#include "UiTestSupport.h"
#include "clinical/RuleTable.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QLabel>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>

using namespace backlog;
using namespace backlog::test;

TEST(Polish, TheAfterSessionQuestionsSayWhichSessionTheyAreAbout)
{
    App app;
    const QDate today(2026, 10, 20);
    app.open(today);
    ASSERT_TRUE(app.service->saveEpisode(simpleEpisode(QDate(2026, 10, 5))).ok());
    Session s;
    s.date = today.addDays(-1);
    s.minutes = 45;
    ASSERT_TRUE(app.service->addSession(s).ok());
    TodayPage* page = app.window->todayPage();
    page->showDate(today);
    auto* box = page->findChild<QGroupBox*>(QStringLiteral("afterSessionGroupBox"));
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->title().contains(QStringLiteral("yesterday"))) << box->title().toStdString();
    EXPECT_TRUE(box->title().contains(QStringLiteral("2026"))) << box->title().toStdString();
    page->showDate(today.addDays(2));
    EXPECT_TRUE(box->title().contains(QStringLiteral("3 days ago"))) << box->title().toStdString();
}

TEST(Polish, SaveDialogsStartInTheDocumentsFolderNotTheWorkingDirectory)
{
    App app;
    app.open(QDate(2026, 10, 20));
    ASSERT_TRUE(app.service->saveEpisode(simpleEpisode(QDate(2026, 10, 5))).ok());
    app.window->show();
    QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (documents.isEmpty() || !QDir(documents).exists())
        documents = QDir::homePath();
    for (const char* name : {"exportCsvAction", "exportBundleAction", "openReviewAction"}) {
        auto* action = app.window->findChild<QAction*>(QLatin1String(name));
        ASSERT_NE(action, nullptr) << name;
        action->trigger();
        QApplication::processEvents();
        QFileDialog* dialog = nullptr;
        for (QFileDialog* d : app.window->findChildren<QFileDialog*>())
            if (d->isVisible())
                dialog = d;
        ASSERT_NE(dialog, nullptr) << name;
        EXPECT_EQ(QDir(dialog->directory()).canonicalPath(), QDir(documents).canonicalPath())
            << name;
        dialog->close();
        delete dialog;
    }
}

TEST(Polish, TheReportOptionsDialogIsWideEnoughForItsTitle)
{
    ReportOptionsDialog dialog(ReportOptions{});
    EXPECT_GE(dialog.minimumWidth(),
              dialog.fontMetrics().horizontalAdvance(dialog.windowTitle()) + 100);
}

TEST(Polish, InGermanTheSessionsTableFitsTheDefaultWindow)
{
    const QLocale german(QLocale::German, QLocale::Germany);
    QLocale::setDefault(german);
    ASSERT_EQ(installTranslations(*QCoreApplication::instance(), german), QStringLiteral("de"));
    {
        App app;
        app.open(QDate(2026, 11, 20));
        ASSERT_TRUE(app.diary->importBundle(generateWeeks8(3)).ok());
        ASSERT_TRUE(app.service->reload().ok());
        app.window->resize(960, 720);
        app.window->show();
        SessionsPage* page = app.window->sessionsPage();
        app.window->pages()->setCurrentIndex(MainWindow::SessionsTab);
        QApplication::processEvents();
        auto* table = page->findChild<QTableView*>();
        ASSERT_NE(table, nullptr);
        EXPECT_EQ(table->horizontalScrollBar()->maximum(), 0)
            << "the last column is cut off by " << table->horizontalScrollBar()->maximum() << " px";
        app.close();
    }
    removeTranslations(*QCoreApplication::instance());
    QLocale::setDefault(QLocale::c());
}

TEST(Polish, AnAlertSaysWhatToDoOnce)
{
    App app;
    const QDate today(2026, 10, 20);
    app.open(today);
    ASSERT_TRUE(app.service->saveEpisode(simpleEpisode(QDate(2026, 10, 5))).ok());
    DailyEntry e = simpleEntry(today, 5);
    e.symptoms.saddle = true; // an emergency, waiting to be confirmed
    ASSERT_TRUE(app.service->saveEntry(e).ok());
    app.window->resize(1000, 800);
    app.window->show();
    app.window->pages()->setCurrentIndex(MainWindow::AlertsTab);
    AlertsPage* page = app.window->alertsPage();
    page->selectMostUrgent();
    QApplication::processEvents();
    const QString action = levelAction(AlertLevel::Emergency);
    int shown = 0;
    for (QLabel* label : page->findChildren<QLabel*>())
        if (label->isVisibleTo(page))
            shown += static_cast<int>(label->text().count(action));
    EXPECT_EQ(shown, 1);
}
