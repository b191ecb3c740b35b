// SPDX-License-Identifier: GPL-3.0-or-later
// Review mode: File > Open for review shows a patient's bundle read-only under a banner
// naming the patient; nothing can be changed, and neither the local diary nor the
// bundle file is written.
#include "AlertsPage.h"
#include "Generator.h"
#include "SessionsPage.h"
#include "TodayPage.h"
#include "UiTestSupport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace backlog;
using namespace backlog::test;

namespace {

/// A digest of every file of a folder (names, sizes and contents): any write shows.
QByteArray folderDigest(const QString& path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QDir dir(path);
    for (const QFileInfo& f : dir.entryInfoList(QDir::Files | QDir::Hidden, QDir::Name)) {
        hash.addData(f.fileName().toUtf8());
        hash.addData(readFile(f.absoluteFilePath()));
    }
    return hash.result();
}

class ReviewModeTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Bundle b = generateWeeks8(7);
        b.episode.patientName = QStringLiteral("Anna Example");
        bundlePath = bundleFolder.path(QStringLiteral("anna.backlog.json"));
        writeFile(bundlePath, writeBundle(b, QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)));
        bundle = b;
        app.open(QDate(2026, 11, 21));
        ASSERT_TRUE(app.service->saveEpisode(simpleEpisode(QDate(2026, 11, 2))).ok());
        ASSERT_TRUE(app.service->saveEntry(simpleEntry(QDate(2026, 11, 20), 4)).ok());
        app.window->show();
    }

    void TearDown() override
    {
        // Review windows are top-level windows of their own: close what a test left open.
        QList<QPointer<QWidget>> open;
        for (QWidget* w : QApplication::topLevelWidgets())
            open << w;
        for (const QPointer<QWidget>& w : open)
            if (w && w->inherits("backlog::MainWindow") && w != app.window.get())
                delete w.data();
    }

    MainWindow* openReview()
    {
        auto opened = app.window->openReview(bundlePath);
        EXPECT_TRUE(opened.ok());
        return opened.ok() ? opened.value() : nullptr;
    }

    TempFolder bundleFolder;
    QString bundlePath;
    Bundle bundle;
    App app;
};

TEST_F(ReviewModeTest, ShowsThePatientsDiaryUnderABannerNamingThePatient)
{
    MainWindow* review = openReview();
    ASSERT_NE(review, nullptr);
    EXPECT_TRUE(review->isReview());
    EXPECT_FALSE(app.window->isReview());
    ASSERT_NE(review->reviewBanner(), nullptr);
    EXPECT_TRUE(review->reviewBanner()->isVisible());
    EXPECT_TRUE(review->reviewBanner()->text().contains(QStringLiteral("Anna Example")));
    EXPECT_TRUE(review->reviewBanner()->text().contains(QStringLiteral("read-only")));
    EXPECT_TRUE(review->windowTitle().contains(QStringLiteral("Anna Example")));
    EXPECT_EQ(app.window->reviewBanner(), nullptr);

    // The pages show the bundle's data, not the local diary's.
    EXPECT_EQ(review->sessionsPage()->findChild<QTableView*>() != nullptr, true);
    const QDate last = bundle.entries.last().date;
    // Its "today" is the day it was exported (after the last entry).
    EXPECT_EQ(review->todayPage()->date(), QDate(2026, 3, 2));
    review->todayPage()->showDate(last);
    EXPECT_EQ(review->todayPage()
                  ->findChild<QPlainTextEdit*>(QStringLiteral("notePlainTextEdit"))
                  ->toPlainText(),
              bundle.entries.last().note);
}

TEST_F(ReviewModeTest, NothingCanBeChanged)
{
    MainWindow* review = openReview();
    ASSERT_NE(review, nullptr);
    TodayPage* today = review->todayPage();
    today->showDate(bundle.entries.first().date);
    EXPECT_FALSE(today->findChild<QWidget*>(QStringLiteral("painSelector"))->isEnabled());
    EXPECT_FALSE(today->findChild<QWidget*>(QStringLiteral("planGroupBox"))->isEnabled());
    auto* note = today->findChild<QPlainTextEdit*>(QStringLiteral("notePlainTextEdit"));
    EXPECT_TRUE(note->isReadOnly());
    // The navigation still works: every day can be looked at.
    auto* next = today->findChild<QPushButton*>(QStringLiteral("nextDayButton"));
    EXPECT_TRUE(next->isEnabled());

    SessionsPage* sessions = review->sessionsPage();
    EXPECT_FALSE(
        sessions->findChild<QPushButton*>(QStringLiteral("addSessionButton"))->isEnabled());
    EXPECT_FALSE(
        sessions->findChild<QPushButton*>(QStringLiteral("editSessionButton"))->isEnabled());
    EXPECT_FALSE(
        sessions->findChild<QPushButton*>(QStringLiteral("deleteSessionButton"))->isEnabled());

    AlertsPage* alerts = review->alertsPage();
    const auto buttons = alerts->findChildren<QPushButton*>();
    for (QPushButton* b : buttons) {
        if (b->text().contains(QStringLiteral("knowledge"))) {
            EXPECT_FALSE(b->isEnabled());
        }
    }

    // No setup, backup, restore or settings in a review window.
    EXPECT_EQ(review->findChild<QAction*>(QStringLiteral("setupAction")), nullptr);
    EXPECT_EQ(review->findChild<QAction*>(QStringLiteral("restoreAction")), nullptr);
    EXPECT_EQ(review->findChild<QAction*>(QStringLiteral("backUpAction")), nullptr);
    EXPECT_EQ(review->findChild<QAction*>(QStringLiteral("reminderAction")), nullptr);
    EXPECT_EQ(review->reminders(), nullptr);
}

TEST_F(ReviewModeTest, EveryWriteIsRefusedWithAMessage)
{
    MainWindow* review = openReview();
    ASSERT_NE(review, nullptr);
    // Reach the review window's service through a page context: the Today page saves
    // through it, so drive the service the same way a page would.
    DiaryService* service = review->findChild<DiaryService*>();
    ASSERT_NE(service, nullptr);
    EXPECT_TRUE(service->isReadOnly());
    const Status saved = service->saveEntry(simpleEntry(bundle.entries.first().date, 0));
    ASSERT_FALSE(saved.ok());
    EXPECT_TRUE(saved.error().message.contains(QStringLiteral("anna.backlog.json")));
    EXPECT_TRUE(saved.error().message.contains(QStringLiteral("review")));
    EXPECT_FALSE(service->addSession(bundle.sessions.first()).ok());
    EXPECT_FALSE(service->removeSession(1).ok());
    EXPECT_FALSE(service->removeEntry(bundle.entries.first().date).ok());
    EXPECT_FALSE(service->saveEpisode(bundle.episode).ok());
    ASSERT_FALSE(service->evaluation().alerts.isEmpty());
    const Alert& a = service->evaluation().alerts.first();
    EXPECT_FALSE(service->setAcknowledged(a.rule, a.date, QDate(2026, 3, 3)).ok());
    // What is shown did not change.
    EXPECT_EQ(service->entry(bundle.entries.first().date)->pain, bundle.entries.first().pain);
}

TEST_F(ReviewModeTest, NeverWritesTheLocalDiaryOrTheBundle)
{
    const QByteArray bundleBefore = readFile(bundlePath);
    const QByteArray bundleFolderBefore = folderDigest(bundleFolder.path(QString()));
    const QByteArray diaryBefore = folderDigest(app.folder.path(QString()));

    MainWindow* review = openReview();
    ASSERT_NE(review, nullptr);
    // Look at every page and every day, type into what can take focus, then close.
    for (int i = 0; i < review->pages()->count(); ++i) {
        review->pages()->setCurrentIndex(i);
        QApplication::processEvents();
    }
    review->pages()->setCurrentIndex(0);
    TodayPage* today = review->todayPage();
    for (const DailyEntry& e : bundle.entries) {
        today->showDate(e.date);
        auto* note = today->findChild<QPlainTextEdit*>(QStringLiteral("notePlainTextEdit"));
        note->setFocus();
        QTest::keyClicks(note, QStringLiteral("typed in review"));
        QTest::keyClicks(today->findChild<QWidget*>(QStringLiteral("painSelector")),
                         QStringLiteral("3"));
    }
    review->close();
    QApplication::processEvents();

    EXPECT_EQ(readFile(bundlePath), bundleBefore);
    EXPECT_EQ(folderDigest(bundleFolder.path(QString())), bundleFolderBefore);
    EXPECT_EQ(folderDigest(app.folder.path(QString())), diaryBefore);
    // The local diary still holds its own data only.
    EXPECT_EQ(app.service->entries().size(), 1);
}

TEST_F(ReviewModeTest, ABadFileIsRefusedWithALocatedMessageAndNoWindow)
{
    const QString bad = bundleFolder.path(QStringLiteral("bad.backlog.json"));
    writeFile(
        bad,
        R"({"format": "backlog-exchange", "version": 1, "episode": {"onset_date": "2026-13-01"}})");
    const auto opened = app.window->openReview(bad);
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("bad.backlog.json")));
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("onset_date")));
    auto* box = app.window->findChild<QMessageBox*>(QStringLiteral("reviewErrorMessageBox"));
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->informativeText().contains(QStringLiteral("onset_date")));
    box->close();
    QApplication::processEvents();
    int reviews = 0;
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* m = qobject_cast<MainWindow*>(w); m && m->isReview())
            ++reviews;
    EXPECT_EQ(reviews, 0);
}

} // namespace
