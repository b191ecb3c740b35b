// SPDX-License-Identifier: GPL-3.0-or-later
// Massage on hold, seen in the app with real widgets: the session dialog warns before
// saving and names what holds massage (it never refuses), the Plan page says massage is on
// hold instead of asking for a session, the Sessions page and the report mark every session
// logged on a day on hold. And the alerts found when the rules were updated: shown once, as
// history, in a dialog the patient reads and closes.
#include "AlertBanner.h"
#include "PlanPage.h"
#include "ReportWriter.h"
#include "SessionDialog.h"
#include "SessionModel.h"
#include "SessionsPage.h"
#include "UiTestSupport.h"
#include "UpgradeHistoryDialog.h"
#include "clinical/RuleTable.h"

#include <QApplication>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace backlog;
using namespace backlog::test;

namespace {

const QDate kStart(2026, 10, 5);
const QDate kLegPain(2026, 10, 12); // pain down one leg: RF-LEG-PAIN, stop massage
const QDate kToday(2026, 10, 14);

/// A diary where massage is on hold from kLegPain on (RF-LEG-PAIN, not acknowledged).
void openOnHold(App& app)
{
    app.open(kToday);
    ASSERT_TRUE(app.service->saveEpisode(simpleEpisode(kStart)).ok());
    for (QDate d = kStart; d <= kToday; d = d.addDays(1)) {
        DailyEntry e = simpleEntry(d, 5);
        if (d == kLegPain)
            e.symptoms.legPain = LegPain::One;
        ASSERT_TRUE(app.service->saveEntry(e).ok());
    }
    ASSERT_TRUE(app.service->evaluation().hold.onHold(kToday));
}

Session sessionOn(const QDate& date)
{
    Session s;
    s.date = date;
    s.minutes = 45;
    s.kind = SessionKind::Swedish;
    return s;
}

QString ruleTitleOf(const char* id)
{
    return ruleTitle(*findRule(QString::fromLatin1(id)));
}

} // namespace

TEST(MassageHold, TheSessionDialogWarnsBeforeSavingAndNamesTheAlertButSaves)
{
    App app;
    openOnHold(app);
    SessionDialog dialog(app.service->episode(), app.service->sessions(), sessionOn(kToday), kToday,
                         app.service->evaluation().hold);
    dialog.show();
    QLabel* warning = dialog.holdWarningLabel();
    ASSERT_TRUE(warning->isVisible());
    EXPECT_TRUE(warning->text().contains(QStringLiteral("on hold")));
    EXPECT_TRUE(warning->text().contains(QStringLiteral("RF-LEG-PAIN")));
    EXPECT_TRUE(warning->text().contains(ruleTitleOf("RF-LEG-PAIN").toHtmlEscaped()));
    EXPECT_FALSE(warning->accessibleDescription().isEmpty());
    // Never "fits this week's plan" while massage is on hold.
    EXPECT_FALSE(dialog.guidanceLabel()->text().contains(QStringLiteral("fits")));
    // A date before the hold: no warning.
    dialog.dateEdit()->setDate(kLegPain.addDays(-1));
    EXPECT_FALSE(warning->isVisible());
    dialog.dateEdit()->setDate(kLegPain);
    EXPECT_TRUE(warning->isVisible());

    // It never refuses: Save saves.
    EXPECT_TRUE(dialog.saveButton()->isEnabled());
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
}

TEST(MassageHold, ThePlanPageSaysMassageIsOnHoldInsteadOfAskingForASession)
{
    App app;
    openOnHold(app);
    app.window->show();
    PlanPage* plan = app.window->planPage();
    plan->refresh();
    ASSERT_TRUE(plan->holdLabel()->isVisibleTo(plan));
    EXPECT_TRUE(plan->holdLabel()->text().contains(QStringLiteral("Massage is on hold, because")));
    EXPECT_TRUE(plan->holdLabel()->text().contains(QStringLiteral("RF-LEG-PAIN")));
    QTableWidget* week = plan->weekTable();
    ASSERT_NE(week, nullptr);
    bool sessionsRow = false;
    for (int row = 0; row < week->rowCount(); ++row)
        if (week->item(row, 0)->text() == QStringLiteral("Massage sessions")) {
            sessionsRow = true;
            EXPECT_EQ(week->item(row, 1)->text(), QStringLiteral("None while massage is on hold"));
        }
    EXPECT_TRUE(sessionsRow);

    // Acknowledged today, with nothing reported since: the plan asks for sessions again.
    ASSERT_TRUE(app.service->setAcknowledged(QStringLiteral("RF-LEG-PAIN"), kLegPain, kToday).ok());
    plan->refresh();
    EXPECT_FALSE(plan->holdLabel()->isVisibleTo(plan));
}

TEST(MassageHold, EverySessionLoggedOnADayOnHoldIsMarkedOnTheSessionsPageAndInTheReport)
{
    App app;
    openOnHold(app);
    // Before the hold, then three on days on hold (MS-WHILE-STOPPED fires once).
    for (const QDate& d : {kLegPain.addDays(-2), kLegPain, kLegPain.addDays(1), kToday})
        ASSERT_TRUE(app.service->addSession(sessionOn(d)).ok());
    app.window->show();
    SessionsPage* page = app.window->sessionsPage();
    const SessionModel* model = page->model();
    ASSERT_EQ(model->rowCount(), 4);
    const QString marked = QStringLiteral("Logged while massage was on hold");
    EXPECT_FALSE(model->guidanceAt(0).contains(marked));
    EXPECT_FALSE(model->onHoldAt(0));
    for (int row = 1; row < 4; ++row) {
        EXPECT_TRUE(model->onHoldAt(row)) << row;
        EXPECT_TRUE(model->guidanceAt(row).startsWith(marked)) << row;
        EXPECT_TRUE(model->guidanceAt(row).contains(QStringLiteral("RF-LEG-PAIN"))) << row;
    }
    int whileStopped = 0;
    for (const Alert& a : app.service->evaluation().alerts)
        whileStopped += a.rule == QStringLiteral("MS-WHILE-STOPPED") ? 1 : 0;
    EXPECT_EQ(whileStopped, 1); // the marks come from the hold, not from the alerts

    // The report marks the same three sessions.
    ReportOptions options;
    options.paper = QPageSize::A4;
    const QString pdf = app.folder.path(QStringLiteral("report.pdf"));
    ASSERT_TRUE(writeReport(*app.service, options, pdf).ok());
    const ProcessResult text = runProgram(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    ASSERT_EQ(text.exitCode, 0);
    const QString out = QString::fromUtf8(text.out).simplified(); // wrapped lines joined
    EXPECT_EQ(out.count(QStringLiteral("Logged while massage was on hold: ") +
                        ruleTitleOf("RF-LEG-PAIN") + QStringLiteral(" (RF-LEG-PAIN).")),
              3)
        << out.toStdString();
}

TEST(MassageHold, AlertsFoundWhenTheRulesWereUpdatedAreShownOnceAsHistory)
{
    App app;
    ASSERT_TRUE(
        QFile::copy(dataPath(QStringLiteral("fixtures/diary-v2.sqlite")), app.folder.diaryPath()));
    QFile::setPermissions(app.folder.diaryPath(), QFile::ReadOwner | QFile::WriteOwner);
    app.open();
    const QList<Alert> found = app.service->upgradeHistoryToShow();
    ASSERT_FALSE(found.isEmpty());
    // History does not ask for attention: old, and found only now.
    for (const Alert& a : app.service->evaluation().needingAttention())
        EXPECT_FALSE(a.foundOnUpgrade) << a.rule.toStdString();

    app.window->show();
    UpgradeHistoryDialog* dialog = app.window->showUpgradeHistory();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(dialog->isVisible());
    const QString listed = dialog->listLabel()->text();
    for (const Alert& a : found)
        EXPECT_TRUE(listed.contains(ruleTitle(*findRule(a.rule)).toHtmlEscaped()))
            << a.rule.toStdString();
    EXPECT_FALSE(dialog->listLabel()->accessibleDescription().isEmpty());
    QTest::mouseClick(dialog->closeButton(), Qt::LeftButton);
    QApplication::processEvents();
    EXPECT_TRUE(app.service->upgradeHistoryToShow().isEmpty());

    // Once: not again after a restart, and the alerts stay on the Alerts page.
    app.open();
    EXPECT_TRUE(app.service->upgradeHistoryToShow().isEmpty());
    EXPECT_EQ(app.window->showUpgradeHistory(), nullptr);
    int history = 0;
    for (const Alert& a : app.service->evaluation().alerts)
        history += a.foundOnUpgrade ? 1 : 0;
    EXPECT_EQ(history, found.size());
}
