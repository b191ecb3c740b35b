// SPDX-License-Identifier: GPL-3.0-or-later
// The Today page never loses a tap: a partly rated day is stored as typed, undo and redo
// leave every control showing what the diary holds, and a save that fails leaves the
// page, the undo stack and the diary agreeing.
#include "TodayPage.h"

#include "ScoreSelector.h"
#include "UiTestSupport.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QProcess>
#include <QTest>
#include <QUndoStack>

using namespace backlog;
using namespace backlog::test;

namespace {

const QDate kStart(2026, 10, 5);
const QDate kToday(2026, 10, 7);

Episode episodeWithThreeActivities()
{
    Episode e = simpleEpisode(kStart);
    e.activities = {QStringLiteral("Bending to put on shoes"),
                    QStringLiteral("Sitting for 30 minutes"), QStringLiteral("Lifting a bag")};
    return e;
}

void tap(ScoreSelector* selector, int value)
{
    QTest::keyClick(selector, static_cast<Qt::Key>(Qt::Key_0 + value));
}

QAction* action(MainWindow& window, const char* name)
{
    auto* found = window.findChild<QAction*>(QString::fromLatin1(name));
    EXPECT_NE(found, nullptr) << name;
    return found;
}

/// The scales of the page as the diary would hold them (null where unrated).
QList<std::optional<int>> shownRatings(TodayPage* page)
{
    QList<std::optional<int>> out;
    for (ScoreSelector* s : page->activitySelectors())
        out << (s->value() < 0 ? std::nullopt : std::optional<int>(s->value()));
    return out;
}

/// Runs the sqlite3 program on the diary (a second connection, as another program would).
void runSql(const QString& diary, const QString& sql)
{
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {diary, sql});
    ASSERT_TRUE(p.waitForFinished(10000));
    ASSERT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
}

} // namespace

TEST(TodayPage, APartlyRatedDaySurvivesARestartAsTyped)
{
    App app;
    app.open(kToday);
    ASSERT_TRUE(app.service->saveEpisode(episodeWithThreeActivities()).ok());
    TodayPage* page = app.window->todayPage();
    page->showDate(kToday);
    ASSERT_EQ(page->activitySelectors().size(), 3);
    tap(page->painSelector(), 6);
    tap(page->activitySelectors().at(1), 4); // only the second activity
    page->flush();
    app.close(); // close the window: nothing else is done to keep it

    app.open(kToday);
    const auto entry = app.service->entry(kToday);
    ASSERT_TRUE(entry.has_value());
    EXPECT_EQ(entry->pain, 6);
    EXPECT_EQ(entry->activityScores, (QList<std::optional<int>>{std::nullopt, 4, std::nullopt}));
    EXPECT_FALSE(entry->function.has_value()); // only from a complete set
    page = app.window->todayPage();
    page->showDate(kToday);
    EXPECT_EQ(page->painSelector()->value(), 6);
    EXPECT_EQ(shownRatings(page), entry->activityScores);

    // Switching the day and back shows the same, and the rest of the set completes it.
    page->showDate(kToday.addDays(-1));
    page->showDate(kToday);
    EXPECT_EQ(shownRatings(page), entry->activityScores);
    tap(page->activitySelectors().at(0), 2);
    tap(page->activitySelectors().at(2), 6);
    EXPECT_EQ(app.service->entry(kToday)->function, 4.0);
}

TEST(TodayPage, AfterUndoAndRedoTheScalesShowTheDiaryAndTheNextTapIsStored)
{
    App app;
    app.open(kToday);
    ASSERT_TRUE(app.service->saveEpisode(episodeWithThreeActivities()).ok());
    TodayPage* page = app.window->todayPage();
    page->showDate(kToday);
    tap(page->painSelector(), 5);
    tap(page->activitySelectors().at(0), 3);
    tap(page->activitySelectors().at(1), 4);
    tap(page->activitySelectors().at(2), 5);
    const QList<std::optional<int>> rated{3, 4, 5};
    ASSERT_EQ(app.service->entry(kToday)->activityScores, rated);

    // As a patient does it: Ctrl+Z, then Ctrl+Shift+Z, in the window.
    app.window->show();
    QApplication::setActiveWindow(app.window.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(app.window.get()));
    page->activitySelectors().at(2)->setFocus();
    const auto undo = [&] {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
    };
    const auto redo = [&] {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z,
                        Qt::ControlModifier | Qt::ShiftModifier);
    };
    undo();
    const QList<std::optional<int>> none{std::nullopt, std::nullopt, std::nullopt};
    const auto undone = app.service->entry(kToday);
    EXPECT_EQ(shownRatings(page),
              undone && !undone->activityScores.isEmpty() ? undone->activityScores : none);
    redo();
    const auto stored = app.service->entry(kToday);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->activityScores, rated);
    EXPECT_EQ(page->painSelector()->value(), stored->pain);
    EXPECT_EQ(shownRatings(page), rated);

    // The next tap is stored, with the others kept.
    tap(page->activitySelectors().at(1), 7);
    EXPECT_EQ(app.service->entry(kToday)->activityScores, (QList<std::optional<int>>{3, 7, 5}));
    EXPECT_EQ(shownRatings(page), (QList<std::optional<int>>{3, 7, 5}));
    EXPECT_TRUE(page->statusLabel()->text().startsWith(QStringLiteral("Saved")))
        << page->statusLabel()->text().toStdString();
}

TEST(TodayPage, ASaveThatFailsLeavesPageUndoStackAndDiaryConsistent)
{
    App app;
    app.open(kToday);
    ASSERT_TRUE(app.service->saveEpisode(simpleEpisode(kStart)).ok());
    TodayPage* page = app.window->todayPage();
    page->showDate(kToday);
    tap(page->painSelector(), 5);
    ASSERT_EQ(app.service->entry(kToday)->pain, 5);
    QUndoStack* stack = app.window->undoStack();
    ASSERT_NE(stack, nullptr);
    const int steps = stack->count();
    const int index = stack->index();

    // Every write of an entry now fails inside SQLite, as a failing disk would.
    runSql(app.folder.diaryPath(), QStringLiteral("CREATE TRIGGER refuse BEFORE UPDATE ON entry "
                                                  "BEGIN SELECT RAISE(ABORT, 'refused'); END;"));
    tap(page->painSelector(), 8);

    EXPECT_EQ(app.service->entry(kToday)->pain, 5); // the service holds what the diary holds
    EXPECT_EQ(page->painSelector()->value(), 5);    // and the page shows it
    EXPECT_EQ(stack->count(), steps);               // no step that was never made
    EXPECT_EQ(stack->index(), index);
    EXPECT_TRUE(page->statusLabel()->text().contains(QStringLiteral("refused")))
        << page->statusLabel()->text().toStdString();

    // Undo still takes back the save that was made; the diary agrees.
    runSql(app.folder.diaryPath(), QStringLiteral("DROP TRIGGER refuse;"));
    action(*app.window, "undoAction")->trigger();
    EXPECT_FALSE(app.service->entry(kToday).has_value());
    EXPECT_EQ(page->painSelector()->value(), -1);
    app.close();
    auto diary = Diary::open(app.folder.diaryPath());
    ASSERT_TRUE(diary.ok());
    const auto all = diary.value()->entries().all();
    ASSERT_TRUE(all.ok());
    EXPECT_TRUE(all->isEmpty());
}
