// SPDX-License-Identifier: GPL-3.0-or-later
// The plan page: position, phase and sub-step for known dates, this week's targets, the
// adherence table against the evaluation, the no-episode notice; and screenshots of the
// plan, sessions and evidence pages in light and dark palettes.
#include "PlanPage.h"

#include "DiaryService.h"
#include "EvidencePage.h"
#include "SessionDialog.h"
#include "SessionsPage.h"
#include "Settings.h"
#include "UiTestSupport.h"
#include "UndoCommands.h"
#include "clinical/Plan.h"

#include <QApplication>
#include <QCheckBox>
#include <QCoreApplication>
#include <QDir>
#include <QLabel>
#include <QPixmap>
#include <QStyleFactory>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>
#include <memory>

using namespace backlog;
using namespace backlog::test;

namespace {

const QDate kStart(2026, 10, 5); // a Monday

class PlanPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Diary::open(folder.diaryPath());
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        diary = std::move(opened.value());
        service = std::make_unique<DiaryService>(*diary);
        ASSERT_TRUE(service->load().ok());
        settings = std::make_unique<Settings>(folder.path(QStringLiteral("settings.ini")));
    }

    void startEpisode(const QDate& today)
    {
        ASSERT_TRUE(service->saveEpisode(simpleEpisode(kStart)).ok());
        service->setToday(today);
    }

    void makePage()
    {
        page = std::make_unique<PlanPage>(PageContext{*service, undo, *settings});
        page->resize(900, 700);
        page->show();
    }

    /// A day with the whole phase-1 self-care done (or only walking).
    void logDay(int day, bool everything)
    {
        DailyEntry e = simpleEntry(kStart.addDays(day - 1), 5, 5);
        e.selfCare.walkingMin = walkingTargetMinutes(day);
        if (everything) {
            e.selfCare.catCow = 3;
            e.selfCare.pelvicTilts = 2;
        }
        ASSERT_TRUE(service->saveEntry(e).ok());
    }

    void addSession(int day)
    {
        Session s;
        s.date = kStart.addDays(day - 1);
        s.minutes = 45;
        undo.push(new SessionCommand(*service, std::nullopt, s, QStringLiteral("add")));
    }

    QString weekCell(const QString& key, int column) const
    {
        QTableWidget* t = page->weekTable();
        for (int row = 0; row < t->rowCount(); ++row)
            if (t->item(row, 0)->data(Qt::UserRole).toString() == key)
                return t->item(row, column)->text();
        return {};
    }

    TempFolder folder;
    std::unique_ptr<Diary> diary;
    std::unique_ptr<DiaryService> service;
    QUndoStack undo;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<PlanPage> page;
};

} // namespace

TEST_F(PlanPageTest, WithoutAnEpisodeSaysThePlanStartsAfterSetup)
{
    makePage();
    EXPECT_TRUE(page->showsSetupNotice());
    auto* notice = page->findChild<QLabel*>(QStringLiteral("setupNoticeLabel"));
    ASSERT_NE(notice, nullptr);
    EXPECT_TRUE(notice->isVisible());
    EXPECT_TRUE(notice->text().contains(QStringLiteral("starts after setup")));

    // Setup done: the page follows the service's changed() signal.
    startEpisode(kStart.addDays(2));
    EXPECT_FALSE(page->showsSetupNotice());
    EXPECT_EQ(page->timeline()->today(), 3);
}

TEST_F(PlanPageTest, PhaseOneWeekThreeShowsMovementSubStep)
{
    const QDate today = kStart.addDays(16); // day 17, week 3
    startEpisode(today);
    makePage();
    const PlanDay plan = planFor(*service->episode(), today);
    ASSERT_EQ(plan.day, 17);
    EXPECT_TRUE(page->positionLabel()->text().contains(QStringLiteral("day 17")));
    EXPECT_TRUE(page->positionLabel()->text().contains(QStringLiteral("week 3")));
    EXPECT_TRUE(page->positionLabel()->text().contains(QStringLiteral("phase 1 (Acute relief)")));
    EXPECT_EQ(page->phaseSummaryLabel()->text(), QCoreApplication::translate("Plan", plan.summary));
    EXPECT_TRUE(page->subStepLabel()->text().contains(QStringLiteral("from week 3")));
    EXPECT_TRUE(page->subStepLabel()->text().startsWith(QStringLiteral("Now: from week 3")));
    EXPECT_EQ(page->timeline()->today(), 17);
    EXPECT_TRUE(
        page->timeline()->accessibleDescription().contains(QStringLiteral("Today is day 17")));
    EXPECT_TRUE(page->findChild<QLabel*>(QStringLiteral("tasksLabel"))
                    ->text()
                    .contains(QStringLiteral("Walking: 30 min today")));
}

TEST_F(PlanPageTest, PhaseOneWeekOneIsPainFocused)
{
    startEpisode(kStart.addDays(3)); // day 4
    makePage();
    EXPECT_TRUE(page->subStepLabel()->text().startsWith(QStringLiteral("Now: weeks 1 and 2")));
    EXPECT_TRUE(page->findChild<QLabel*>(QStringLiteral("tasksLabel"))
                    ->text()
                    .contains(QStringLiteral("Walking: 11 min today")));
    EXPECT_EQ(weekCell(QStringLiteral("walking_today"), 1), QStringLiteral("11 min"));
}

TEST_F(PlanPageTest, PhaseTwoAndThreeAreNamed)
{
    startEpisode(kStart.addDays(36)); // day 37, week 6
    makePage();
    EXPECT_TRUE(
        page->positionLabel()->text().contains(QStringLiteral("week 6, phase 2 (Active work)")));
    // The share of active work is said once, in the phase's summary.
    EXPECT_EQ(page->phaseSummaryLabel()->text().count(QStringLiteral("70 %")) +
                  page->subStepLabel()->text().count(QStringLiteral("70 %")),
              1);
    EXPECT_EQ(weekCell(QStringLiteral("sessions"), 1), QStringLiteral("1 a week"));

    service->setToday(kStart.addDays(69)); // day 70, week 10
    EXPECT_TRUE(
        page->positionLabel()->text().contains(QStringLiteral("week 10, phase 3 (Maintenance)")));
    EXPECT_EQ(weekCell(QStringLiteral("sessions"), 1),
              QStringLiteral("As needed, every 2 to 4 weeks"));
    EXPECT_FALSE(weekCell(QStringLiteral("smr"), 1).isEmpty());
    EXPECT_EQ(page->timeline()->weeksShown(), 12);
}

TEST_F(PlanPageTest, BeforeTheStartSaysWhenItStarts)
{
    startEpisode(kStart.addDays(-3));
    makePage();
    EXPECT_TRUE(page->positionLabel()->text().contains(QStringLiteral("starts on")));
    EXPECT_FALSE(page->findChild<QWidget*>(QStringLiteral("weekGroupBox"))->isVisible());
    EXPECT_TRUE(page->findChild<QLabel*>(QStringLiteral("adherenceEmptyLabel"))->isVisible());
}

TEST_F(PlanPageTest, ThisWeekTargetsCountWhatWasDone)
{
    startEpisode(kStart.addDays(9)); // day 10, Wednesday of week 2
    makePage();
    logDay(8, true);
    logDay(9, false);
    logDay(10, true);
    addSession(9);
    EXPECT_TRUE(page->weekTable()->isVisible());
    EXPECT_EQ(weekCell(QStringLiteral("sessions"), 2), QStringLiteral("1 of 2"));
    EXPECT_EQ(weekCell(QStringLiteral("cat_cow"), 2), QStringLiteral("Days done: 2 of 3"));
    EXPECT_EQ(weekCell(QStringLiteral("walking_min"), 2), QStringLiteral("Days done: 3 of 3"));
    EXPECT_EQ(weekCell(QStringLiteral("walking_today"), 1), QStringLiteral("23 min"));
    EXPECT_EQ(weekCell(QStringLiteral("walking_today"), 2), QStringLiteral("23 min: reached"));
    addSession(10);
    EXPECT_EQ(weekCell(QStringLiteral("sessions"), 2), QStringLiteral("2 of 2: done"));
}

TEST_F(PlanPageTest, AdherenceTableMatchesTheEvaluation)
{
    startEpisode(kStart.addDays(2));
    makePage();
    EXPECT_EQ(page->adherenceTable()->rowCount(), 0);
    EXPECT_TRUE(page->findChild<QLabel*>(QStringLiteral("adherenceEmptyLabel"))->isVisible());
    // Week 1: everything, two sessions (consistent). Week 2: walking only, one session.
    for (int day = 1; day <= 7; ++day)
        logDay(day, true);
    for (int day = 8; day <= 14; ++day)
        logDay(day, false);
    addSession(2);
    addSession(5);
    addSession(10);
    service->setToday(kStart.addDays(22)); // day 23: weeks 1-3 ended

    const QList<WeekAdherence>& weeks = service->evaluation().weeks;
    ASSERT_EQ(weeks.size(), 3);
    QTableWidget* table = page->adherenceTable();
    ASSERT_EQ(table->rowCount(), weeks.size());
    EXPECT_TRUE(table->isVisible());
    EXPECT_FALSE(page->findChild<QLabel*>(QStringLiteral("adherenceEmptyLabel"))->isVisible());
    for (int row = 0; row < weeks.size(); ++row) {
        const WeekAdherence& w = weeks[row];
        EXPECT_EQ(table->item(row, 0)->data(Qt::UserRole).toInt(), w.week);
        EXPECT_EQ(table->item(row, 2)->data(Qt::UserRole).toInt(), w.phase);
        EXPECT_EQ(table->item(row, 3)->text(),
                  QStringLiteral("%1 of %2").arg(w.sessionsDone).arg(w.sessionsPlanned));
        EXPECT_EQ(table->item(row, 4)->data(Qt::UserRole).toInt(),
                  static_cast<int>(std::lround(w.selfCareRatio * 100)));
        EXPECT_EQ(table->item(row, 5)->text(),
                  w.consistent ? QStringLiteral("Yes") : QStringLiteral("No"));
    }
    EXPECT_TRUE(weeks[0].consistent);
    EXPECT_EQ(table->item(0, 4)->text(), QStringLiteral("100 %"));
    EXPECT_FALSE(weeks[1].consistent);
    EXPECT_EQ(table->item(1, 3)->text(), QStringLiteral("1 of 2"));
    EXPECT_EQ(table->item(2, 5)->text(), QStringLiteral("No"));
}

TEST_F(PlanPageTest, ReviewPointsAreDatedAndPlaced)
{
    startEpisode(kStart.addDays(27)); // day 28: the week-4 review
    makePage();
    const QString reviews = page->findChild<QLabel*>(QStringLiteral("reviewPointsLabel"))->text();
    EXPECT_TRUE(reviews.contains(QStringLiteral("End of week 4")));
    EXPECT_TRUE(reviews.contains(QStringLiteral("(today)")));
    EXPECT_TRUE(reviews.contains(QStringLiteral("End of week 8")));
    EXPECT_TRUE(reviews.contains(QStringLiteral("(upcoming)")));
}

// --- Screenshots ----------------------------------------------------------------------------

namespace {

void save(QWidget& widget, const QString& name)
{
    for (int i = 0; i < 3; ++i) // deferred sizes, then the layouts they request
        QApplication::processEvents();
    const QPixmap shot = widget.grab();
    EXPECT_FALSE(shot.isNull());
    const QString dir = qEnvironmentVariable("BACKLOG_PAGES_SHOT_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        EXPECT_TRUE(shot.save(dir + QLatin1Char('/') + name)) << name.toStdString();
    }
}

} // namespace

TEST_F(PlanPageTest, PagesRenderInLightAndDarkPalettes)
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    startEpisode(kStart.addDays(2));
    for (int day = 1; day <= 17; ++day)
        logDay(day, day % 3 != 0);
    addSession(2);
    addSession(5);
    addSession(9);
    addSession(11);
    addSession(12);
    Session shortOne;
    shortOne.date = kStart.addDays(15);
    shortOne.minutes = 25;
    shortOne.kind = SessionKind::DeepTissue;
    shortOne.therapist = QStringLiteral("Anna K.");
    shortOne.note = QStringLiteral("Felt sore afterwards");
    undo.push(new SessionCommand(*service, std::nullopt, shortOne, QStringLiteral("add")));
    service->setToday(kStart.addDays(16));

    const QPalette original = QApplication::palette();
    for (const bool dark : {false, true}) {
        if (dark)
            QApplication::setPalette(darkPalette());
        const QString suffix = dark ? QStringLiteral("-dark.png") : QStringLiteral("-light.png");
        {
            PlanPage plan(PageContext{*service, undo, *settings});
            plan.resize(900, 1150);
            plan.show();
            save(plan, QStringLiteral("plan") + suffix);
            plan.resize(480, 700);
            save(plan, QStringLiteral("plan-narrow") + suffix);
        }
        {
            SessionsPage sessions(PageContext{*service, undo, *settings});
            sessions.resize(900, 480);
            sessions.show();
            sessions.table()->selectRow(1);
            save(sessions, QStringLiteral("sessions") + suffix);
            sessions.table()->selectRow(5);
            sessions.editSelected();
            ASSERT_NE(sessions.dialog(), nullptr);
            sessions.dialog()->numbnessCheckBox()->setChecked(true); // shows the warning
            save(*sessions.dialog(), QStringLiteral("session-dialog") + suffix);
        }
        {
            EvidencePage evidence;
            evidence.resize(900, 700);
            evidence.show();
            save(evidence, QStringLiteral("evidence") + suffix);
        }
        QApplication::setPalette(original);
    }
}
