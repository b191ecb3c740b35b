// SPDX-License-Identifier: GPL-3.0-or-later
// The main window with real widgets offscreen: a day entered by keyboard alone, undo and
// redo, closing and reopening, the pages and menus.
#include "PlanPage.h"
#include "ScoreSelector.h"
#include "TodayPage.h"
#include "UiTestSupport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

using namespace backlog;
using namespace backlog::test;

namespace {

/// Sends keys to whatever has the focus, like a person at the keyboard.
void type(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* focus = QApplication::focusWidget();
    ASSERT_NE(focus, nullptr);
    QTest::keyClick(focus, key, modifiers);
}

void typeText(const QString& text)
{
    QWidget* focus = QApplication::focusWidget();
    ASSERT_NE(focus, nullptr);
    QTest::keyClicks(focus, text);
}

Episode episodeWithActivities(const QDate& start)
{
    Episode e = simpleEpisode(start);
    e.activities = {QStringLiteral("Bending to put on shoes"),
                    QStringLiteral("Sitting for 30 minutes")};
    return e;
}

} // namespace

TEST(MainWindow, ADayEnteredByKeyboardAloneIsInTheDiary)
{
    App app;
    const QDate today(2026, 10, 7);
    app.open(today);
    ASSERT_TRUE(app.service->saveEpisode(episodeWithActivities(QDate(2026, 10, 5))).ok());
    app.window->show();
    QApplication::setActiveWindow(app.window.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(app.window.get()));

    TodayPage* page = app.window->todayPage();
    page->painSelector()->setFocus(); // where the page's keyboard flow starts
    type(Qt::Key_6);                  // pain 6
    type(Qt::Key_Tab);
    type(Qt::Key_4); // first activity 4
    type(Qt::Key_Tab);
    type(Qt::Key_5);   // second activity 5
    type(Qt::Key_Tab); // the first symptom: saddle numbness (left unticked)
    for (int i = 0; i < 9; ++i)
        type(Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), page->symptomBox(QStringLiteral("night_pain")));
    type(Qt::Key_Space); // night pain: yes
    type(Qt::Key_Tab);   // leg weakness (no)
    type(Qt::Key_Tab);   // pain shooting down a leg
    ASSERT_EQ(QApplication::focusWidget(), page->legPainBox());
    type(Qt::Key_Down); // one leg, below the knee
    type(Qt::Key_Tab);  // plan: cat-cow
    ASSERT_EQ(QApplication::focusWidget()->objectName(), QStringLiteral("cat_cowSpinBox"));
    type(Qt::Key_Up);
    type(Qt::Key_Up);
    type(Qt::Key_Up); // 3 times
    QWidget* note = page->noteEdit();
    note->setFocus();
    typeText(QStringLiteral("Stiff in the morning"));
    page->flush();

    const auto entry = app.service->entry(today);
    ASSERT_TRUE(entry.has_value());
    EXPECT_EQ(entry->pain, 6);
    EXPECT_EQ(entry->activityScores, (QList<std::optional<int>>{4, 5}));
    EXPECT_EQ(entry->function, 4.5);
    EXPECT_TRUE(entry->symptoms.nightPain);
    EXPECT_EQ(entry->symptoms.legPain, LegPain::One);
    EXPECT_FALSE(entry->symptoms.saddle);
    EXPECT_EQ(entry->selfCare.catCow, 3);
    EXPECT_EQ(entry->note, QStringLiteral("Stiff in the morning"));

    // And it is in the diary file, not only in memory.
    app.close();
    auto diary = Diary::open(app.folder.diaryPath());
    ASSERT_TRUE(diary.ok());
    const auto stored = diary.value()->entries().get(today);
    ASSERT_TRUE(stored.ok() && stored.value().has_value());
    EXPECT_EQ(stored.value()->pain, 6);
    EXPECT_EQ(stored.value()->note, QStringLiteral("Stiff in the morning"));
}

TEST(MainWindow, EditsAreUndoneAndRedone)
{
    App app;
    const QDate today(2026, 10, 7);
    app.open(today);
    TodayPage* page = app.window->todayPage();
    QTest::keyClick(page->painSelector(), Qt::Key_7);
    QTest::keyClick(page->painSelector(), Qt::Key_3); // changed to 3
    ASSERT_EQ(app.service->entry(today)->pain, 3);
    QUndoStack* undo = app.window->undoStack();
    ASSERT_EQ(undo->count(), 1); // one kind of edit on one day merges into one step
    page->symptomBox(QStringLiteral("fever"))->setChecked(true);
    ASSERT_TRUE(app.service->entry(today)->symptoms.fever);
    ASSERT_EQ(undo->count(), 2);

    undo->undo();
    EXPECT_FALSE(app.service->entry(today)->symptoms.fever);
    EXPECT_FALSE(page->symptomBox(QStringLiteral("fever"))->isChecked()); // the page follows
    undo->undo();
    EXPECT_FALSE(app.service->entry(today).has_value());
    EXPECT_EQ(page->painSelector()->value(), -1);
    undo->redo();
    EXPECT_EQ(app.service->entry(today)->pain, 3);
    EXPECT_EQ(page->painSelector()->value(), 3);
    undo->redo();
    EXPECT_TRUE(app.service->entry(today)->symptoms.fever);

    // Through the Edit menu actions with the standard shortcuts.
    auto* undoAction = app.window->findChild<QAction*>(QStringLiteral("undoAction"));
    ASSERT_NE(undoAction, nullptr);
    EXPECT_EQ(undoAction->shortcut(), QKeySequence(QKeySequence::Undo));
    undoAction->trigger();
    EXPECT_FALSE(app.service->entry(today)->symptoms.fever);
}

TEST(MainWindow, CloseAndReopenFindsEverythingIncludingANoteBeingTyped)
{
    App app;
    const QDate today(2026, 10, 7);
    app.open(today);
    ASSERT_TRUE(app.service->saveEpisode(simpleEpisode(QDate(2026, 10, 1))).ok());
    TodayPage* page = app.window->todayPage();
    QTest::keyClick(page->painSelector(), Qt::Key_5);
    page->noteEdit()->setFocus();
    QTest::keyClicks(page->noteEdit(), QStringLiteral("typed just before closing"));
    app.window->close(); // the note's save was still waiting: closing saves it
    app.open(today);
    const auto entry = app.service->entry(today);
    ASSERT_TRUE(entry.has_value());
    EXPECT_EQ(entry->note, QStringLiteral("typed just before closing"));
    EXPECT_EQ(app.window->todayPage()->noteEdit()->toPlainText(),
              QStringLiteral("typed just before closing"));
    EXPECT_EQ(app.window->todayPage()->painSelector()->value(), 5);
}

TEST(MainWindow, SwitchingDaysSavesAndShowsEachDay)
{
    App app;
    const QDate today(2026, 10, 7);
    app.open(today);
    TodayPage* page = app.window->todayPage();
    QTest::keyClick(page->painSelector(), Qt::Key_4);
    page->noteEdit()->setFocus();
    QTest::keyClicks(page->noteEdit(), QStringLiteral("today"));
    page->showDate(today.addDays(-1)); // switching days keeps what was typed
    EXPECT_EQ(app.service->entry(today)->note, QStringLiteral("today"));
    EXPECT_EQ(page->painSelector()->value(), -1);
    QTest::keyClick(page->painSelector(), Qt::Key_8);
    EXPECT_EQ(app.service->entry(today.addDays(-1))->pain, 8);
    page->showDate(today);
    EXPECT_EQ(page->painSelector()->value(), 4);
    EXPECT_EQ(page->noteEdit()->toPlainText(), QStringLiteral("today"));
}

TEST(MainWindow, NothingButPainCanBeEnteredBeforeThePainScore)
{
    App app;
    app.open(QDate(2026, 10, 7));
    TodayPage* page = app.window->todayPage();
    EXPECT_FALSE(page->noteEdit()->isEnabled());
    EXPECT_FALSE(page->symptomBox(QStringLiteral("saddle"))->isEnabled());
    QTest::keyClick(page->painSelector(), Qt::Key_2);
    EXPECT_TRUE(page->noteEdit()->isEnabled());
    EXPECT_TRUE(page->symptomBox(QStringLiteral("saddle"))->isEnabled());
}

TEST(MainWindow, AfterSessionQuestionsAppearOnTheThreeDaysAfterASession)
{
    App app;
    const QDate session(2026, 10, 6);
    app.open(session.addDays(2));
    Session s;
    s.date = session;
    s.minutes = 45;
    ASSERT_TRUE(app.service->addSession(s).ok());
    TodayPage* page = app.window->todayPage();
    page->showDate(session.addDays(2));
    EXPECT_TRUE(page->afterSessionGroup()->isVisibleTo(app.window.get()));
    page->showDate(session);
    EXPECT_FALSE(page->afterSessionGroup()->isVisibleTo(app.window.get()));
    page->showDate(session.addDays(4));
    EXPECT_FALSE(page->afterSessionGroup()->isVisibleTo(app.window.get()));

    // A reaction reported on day 3 keeps the questions coming on day 4.
    page->showDate(session.addDays(3));
    QTest::keyClick(page->painSelector(), Qt::Key_4);
    page->findChild<QCheckBox*>(QStringLiteral("reactionCheckBox"))->setChecked(true);
    ASSERT_TRUE(app.service->entry(session.addDays(3))->afterSession->reaction);
    page->showDate(session.addDays(4));
    EXPECT_TRUE(page->afterSessionGroup()->isVisibleTo(app.window.get()));
}

TEST(MainWindow, TodaysPlanShowsThePhaseDosesAndWalkingTarget)
{
    App app;
    const QDate start(2026, 10, 1);
    app.open(start.addDays(4)); // day 5: walking 13 minutes
    ASSERT_TRUE(app.service->saveEpisode(simpleEpisode(start)).ok());
    TodayPage* page = app.window->todayPage();
    page->showDate(start.addDays(4));
    auto* plan = page->findChild<QGroupBox*>(QStringLiteral("planGroupBox"));
    ASSERT_NE(plan, nullptr);
    EXPECT_TRUE(plan->title().contains(QStringLiteral("13 minutes")));
    EXPECT_NE(page->findChild<QSpinBox*>(QStringLiteral("walking_minSpinBox")), nullptr);
    page->showDate(start.addDays(40)); // phase 2
    EXPECT_NE(page->findChild<QSpinBox*>(QStringLiteral("bird_dogSpinBox")), nullptr);
    EXPECT_EQ(page->findChild<QSpinBox*>(QStringLiteral("cat_cowSpinBox")), nullptr);
    auto* header = page->findChild<QLabel*>(QStringLiteral("planHeaderLabel"));
    EXPECT_TRUE(header->text().contains(QStringLiteral("week 6"))) << header->text().toStdString();
}

TEST(MainWindow, EveryPageIsThereAndEveryControlHasAnAccessibleName)
{
    App app;
    app.open(QDate(2026, 10, 7));
    ASSERT_TRUE(app.service->saveEpisode(simpleEpisode(QDate(2026, 10, 1))).ok());
    QTabWidget* pages = app.window->pages();
    ASSERT_EQ(pages->count(), 7);
    // Build every page, then check the controls of all of them.
    app.window->sessionsPage();
    app.window->planPage();
    app.window->progressPage();
    app.window->helpingPage();
    app.window->alertsPage();
    app.window->evidencePage();
    QStringList unnamed;
    for (int i = 0; i < pages->count(); ++i) {
        QWidget* tab = pages->widget(i);
        for (QWidget* w : tab->findChildren<QWidget*>()) {
            const bool control = qobject_cast<QAbstractButton*>(w) || qobject_cast<QComboBox*>(w) ||
                                 qobject_cast<QAbstractSpinBox*>(w) ||
                                 qobject_cast<QPlainTextEdit*>(w);
            // The corner button of a table belongs to Qt and is not in the tab order.
            const bool qtPart = w->inherits("QTableCornerButton");
            if (control && !qtPart && w->isVisibleTo(tab) && w->accessibleName().isEmpty())
                unnamed << w->objectName() + QStringLiteral(" ") +
                               QString::fromLatin1(w->metaObject()->className());
        }
    }
    EXPECT_TRUE(unnamed.isEmpty()) << unnamed.join(QStringLiteral(", ")).toStdString();
}

TEST(MainWindow, APageIsBuiltWhenFirstOpenedAndShownAtOnce)
{
    App app;
    app.open(QDate(2026, 10, 7));
    ASSERT_TRUE(app.service->saveEpisode(simpleEpisode(QDate(2026, 10, 1))).ok());
    app.window->show();
    QTabWidget* pages = app.window->pages();
    EXPECT_EQ(app.window->findChild<QWidget*>(QStringLiteral("planPage")),
              nullptr); // not built yet
    pages->setCurrentIndex(2);
    QWidget* plan = app.window->findChild<QWidget*>(QStringLiteral("planPage"));
    ASSERT_NE(plan, nullptr);
    EXPECT_TRUE(plan->isVisible()); // in the same frame, not after a queued show
    EXPECT_EQ(static_cast<QWidget*>(app.window->planPage()), plan);
}
