// SPDX-License-Identifier: GPL-3.0-or-later
// The Today page's symptom check with clinical rules version 2, with real widgets: the new
// questions in plain words, the action of every alert the day raises shown on the page at
// once (from the evaluation), the page not jumping when the banner appears, and info
// alerts not counted as needing attention.
#include "AlertBanner.h"
#include "AlertsPage.h"
#include "ScoreSelector.h"
#include "TodayPage.h"
#include "UiTestSupport.h"
#include "clinical/RuleTable.h"
#include "model/Vocabulary.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QLabel>
#include <QTest>

using namespace backlog;
using namespace backlog::test;

namespace {

const QDate kStart(2026, 10, 5);
const QDate kToday(2026, 10, 7);

/// The plain-text action line the page gives for `ruleId`: level, action and why.
QString actionLine(const QString& ruleId)
{
    const RuleInfo* rule = findRule(ruleId);
    EXPECT_NE(rule, nullptr) << ruleId.toStdString();
    if (!rule)
        return {};
    return QStringLiteral("%1: %2 %3")
        .arg(levelTitle(rule->level), levelAction(rule->level),
             TodayPage::tr("Why: %1.").arg(ruleTitle(*rule)));
}

struct ShownToday
{
    App app;
    TodayPage* page = nullptr;

    ShownToday()
    {
        app.open(kToday);
        EXPECT_TRUE(app.service->saveEpisode(simpleEpisode(kStart)).ok());
        app.window->resize(900, 640);
        app.window->show();
        QApplication::setActiveWindow(app.window.get());
        EXPECT_TRUE(QTest::qWaitForWindowExposed(app.window.get()));
        page = app.window->todayPage();
        page->showDate(kToday);
        QTest::keyClick(page->painSelector(), Qt::Key_5);
    }
};

} // namespace

TEST(TodaySafety, TheNewQuestionsAreAskedInPlainWords)
{
    ShownToday t;
    QComboBox* legPain = t.page->legPainBox();
    ASSERT_NE(legPain, nullptr);
    ASSERT_EQ(legPain->count(), 3);
    EXPECT_EQ(legPain->itemData(0).toString(), QStringLiteral("none"));
    EXPECT_TRUE(legPain->itemText(1).contains(QStringLiteral("one leg")));
    EXPECT_TRUE(legPain->itemText(1).contains(QStringLiteral("below the knee")));
    EXPECT_TRUE(legPain->itemText(2).contains(QStringLiteral("both legs")));
    EXPECT_FALSE(legPain->accessibleName().isEmpty());

    QCheckBox* sexual = t.page->symptomBox(QStringLiteral("sexual"));
    ASSERT_NE(sexual, nullptr);
    EXPECT_TRUE(sexual->text().contains(QStringLiteral("new loss of feeling")));
    EXPECT_TRUE(sexual->text().contains(QStringLiteral("sexual function")));
    QCheckBox* fall = t.page->symptomBox(QStringLiteral("fall"));
    ASSERT_NE(fall, nullptr);
    EXPECT_TRUE(fall->text().contains(QStringLiteral("since your last entry")));
    EXPECT_TRUE(fall->text().contains(QStringLiteral("already reported")));

    // Every answer is stored as chosen.
    legPain->setCurrentIndex(legPain->findData(QStringLiteral("both")));
    sexual->click();
    fall->click();
    const auto entry = t.app.service->entry(kToday);
    ASSERT_TRUE(entry.has_value());
    EXPECT_EQ(entry->symptoms.legPain, LegPain::Both);
    EXPECT_TRUE(entry->symptoms.sexual);
    EXPECT_TRUE(entry->symptoms.fall);
}

TEST(TodaySafety, ASeeDoctorSymptomShowsItsActionOnThePageAtOnce)
{
    ShownToday t;
    EXPECT_FALSE(t.page->dayAlertsFrame()->isVisible());
    t.page->symptomBox(QStringLiteral("night_pain"))->click();

    ASSERT_TRUE(t.page->dayAlertsFrame()->isVisible());
    const QString shown = t.page->dayAlertsFrame()->accessibleDescription();
    EXPECT_TRUE(shown.startsWith(actionLine(QStringLiteral("RF-NIGHT-PAIN"))))
        << shown.toStdString();
    EXPECT_TRUE(t.page->dayAlertsLabel()->text().contains(
        levelAction(AlertLevel::SeeDoctor).toHtmlEscaped()));
    // The same alert is in the evaluation the rest of the app shows.
    bool raised = false;
    for (const Alert& a : t.app.service->evaluation().alerts)
        raised = raised || (a.rule == QStringLiteral("RF-NIGHT-PAIN") && a.date == kToday);
    EXPECT_TRUE(raised);

    // Unticked, the day raises nothing and the action goes.
    t.page->symptomBox(QStringLiteral("night_pain"))->click();
    EXPECT_FALSE(t.page->dayAlertsFrame()->isVisible());
}

TEST(TodaySafety, AnEmergencyIsShownFirstAndEveryRaisedAlertIsListed)
{
    ShownToday t;
    t.page->symptomBox(QStringLiteral("night_pain"))->click();
    QComboBox* legPain = t.page->legPainBox();
    legPain->setCurrentIndex(legPain->findData(QStringLiteral("both")));

    const QString shown = t.page->dayAlertsFrame()->accessibleDescription();
    // Most urgent first: the emergency of pain down both legs, then night pain.
    EXPECT_TRUE(shown.startsWith(actionLine(QStringLiteral("RF-LEG-PAIN-BOTH"))))
        << shown.toStdString();
    EXPECT_TRUE(shown.contains(actionLine(QStringLiteral("RF-NIGHT-PAIN"))));
    EXPECT_LT(shown.indexOf(levelAction(AlertLevel::Emergency)),
              shown.indexOf(levelAction(AlertLevel::SeeDoctor)));
    // Each alert of the day that the evaluation holds is on the page, none more.
    const QList<Alert> day = t.app.service->evaluation().alertsForDay(kToday);
    ASSERT_FALSE(day.isEmpty());
    for (const Alert& a : day)
        EXPECT_TRUE(shown.contains(ruleTitle(*findRule(a.rule)))) << a.rule.toStdString();
    EXPECT_EQ(shown.count(TodayPage::tr("Why: %1.").section(QStringLiteral("%1"), 0, 0)),
              day.size());
}

TEST(TodaySafety, TheTickedBoxStaysWhereItWasWhenTheBannerAppears)
{
    ShownToday t;
    AlertBanner* banner = t.app.window->alertBanner();
    ASSERT_FALSE(banner->isVisible());
    QCheckBox* saddle = t.page->symptomBox(QStringLiteral("saddle"));
    saddle->setFocus();
    QApplication::processEvents();
    const int before = saddle->mapTo(t.app.window.get(), QPoint()).y();

    QTest::keyClick(saddle, Qt::Key_Space); // an emergency: the banner appears above
    QApplication::processEvents();
    ASSERT_TRUE(saddle->isChecked());
    ASSERT_TRUE(banner->isVisible());
    EXPECT_EQ(saddle->mapTo(t.app.window.get(), QPoint()).y(), before);
    EXPECT_TRUE(t.page->dayAlertsFrame()->isVisible());

    // And back: unticking hides the banner, the box still does not move.
    QTest::keyClick(saddle, Qt::Key_Space);
    QApplication::processEvents();
    ASSERT_FALSE(banner->isVisible());
    EXPECT_EQ(saddle->mapTo(t.app.window.get(), QPoint()).y(), before);
}

TEST(TodaySafety, InfoAlertsDoNotNeedAttention)
{
    App app;
    app.open(kToday);
    ASSERT_TRUE(app.service->saveEpisode(simpleEpisode(kStart)).ok());
    Session shortOne;
    shortOne.date = kToday.addDays(-1);
    shortOne.minutes = 15; // shorter than the evidence-based range: MS-SHORT, info
    shortOne.kind = SessionKind::Swedish;
    ASSERT_TRUE(app.service->addSession(shortOne).ok());

    const Evaluation& ev = app.service->evaluation();
    bool infoRaised = false;
    for (const Alert& a : ev.raised())
        infoRaised = infoRaised || (a.rule == QStringLiteral("MS-SHORT"));
    ASSERT_TRUE(infoRaised);
    EXPECT_TRUE(ev.needingAttention().isEmpty());
    EXPECT_FALSE(ev.needsBanner());

    app.window->show();
    EXPECT_FALSE(app.window->alertBanner()->isVisible());
    auto* summary =
        app.window->alertsPage()->findChild<QLabel*>(QStringLiteral("alertsSummaryLabel"));
    ASSERT_NE(summary, nullptr);
    EXPECT_TRUE(summary->text().startsWith(QStringLiteral("No alert needs your attention")));
}
