// SPDX-License-Identifier: GPL-3.0-or-later
// Keyboard and screen reader: the check-in starts on the pain scale, a date field is one
// Tab stop, the score scales are sliders to assistive technology and announce a change,
// and review mode opens on Progress.
#include "DateField.h"
#include "Generator.h"
#include "ProgressPage.h"
#include "ScoreSelector.h"
#include "SessionDialog.h"
#include "TodayPage.h"
#include "UiTestSupport.h"
#include "exchange/Bundle.h"

#include <QAccessible>
#include <QAccessibleValueInterface>
#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace backlog;
using namespace backlog::test;

namespace {

QList<QVariant> g_values;
QObject* g_watched = nullptr;

void recordValueChanges(QAccessibleEvent* event)
{
    if (event->type() == QAccessible::ValueChanged && event->object() == g_watched)
        g_values << static_cast<QAccessibleValueChangeEvent*>(event)->value();
}

} // namespace

TEST(Keyboard, TheCheckInStartsOnThePainScaleAndTheDateIsOneTabStop)
{
    App app;
    const QDate today(2026, 10, 20);
    app.open(today);
    ASSERT_TRUE(app.service->saveEpisode(simpleEpisode(QDate(2026, 10, 5))).ok());
    app.window->show();
    QApplication::setActiveWindow(app.window.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(app.window.get()));
    TodayPage* page = app.window->todayPage();
    EXPECT_EQ(QApplication::focusWidget(), page->painSelector());
    // A digit is all it takes.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_4);
    EXPECT_EQ(page->painSelector()->value(), 4);

    // One Tab from the previous-day button reaches the date field, one more leaves it.
    auto* previous = page->findChild<QPushButton*>(QStringLiteral("previousDayButton"));
    auto* date = page->findChild<DateField*>(QStringLiteral("dateEdit"));
    auto* next = page->findChild<QPushButton*>(QStringLiteral("nextDayButton"));
    ASSERT_TRUE(previous && date && next);
    // On yesterday, so that the next-day and today buttons are enabled.
    previous->click();
    previous->setFocus(Qt::TabFocusReason);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), date);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), next)
        << QApplication::focusWidget()->metaObject()->className() << " "
        << QApplication::focusWidget()->objectName().toStdString();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    EXPECT_EQ(QApplication::focusWidget(), date);
    // Never a two-digit year.
    EXPECT_TRUE(date->displayFormat().contains(QStringLiteral("yyyy")) ||
                date->displayFormat() == QStringLiteral("yyyy-MM-dd"));
}

TEST(Keyboard, TheScoreScaleIsASliderToAssistiveTechnology)
{
    ScoreSelector selector(QStringLiteral("Pain"), QStringLiteral("no pain"),
                           QStringLiteral("worst pain imaginable"));
    selector.show();
    QAccessibleInterface* a = QAccessible::queryAccessibleInterface(&selector);
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->role(), QAccessible::Slider);
    EXPECT_EQ(a->text(QAccessible::Name), QStringLiteral("Pain"));
    EXPECT_FALSE(a->text(QAccessible::Description).isEmpty());
    EXPECT_NE(a->text(QAccessible::Description), a->text(QAccessible::Name));
    EXPECT_TRUE(a->state().focusable);
    QAccessibleValueInterface* v = a->valueInterface();
    ASSERT_NE(v, nullptr);
    EXPECT_EQ(v->minimumValue().toInt(), 0);
    EXPECT_EQ(v->maximumValue().toInt(), 10);
    EXPECT_FALSE(v->currentValue().isValid());
    EXPECT_EQ(a->text(QAccessible::Value), QStringLiteral("not chosen"));

    selector.setFocus();
    QTest::keyClick(&selector, Qt::Key_7);
    QTest::keyClick(&selector, Qt::Key_Left);
    v->setCurrentValue(3); // as a screen reader sets it
    EXPECT_EQ(selector.value(), 3);
    EXPECT_EQ(v->currentValue().toInt(), 3);
    EXPECT_EQ(a->text(QAccessible::Value), QStringLiteral("3"));
}

TEST(Keyboard, AScoreChangeIsAnnouncedToAssistiveTechnology)
{
    QAccessible::setActive(true);
    if (!QAccessible::isActive())
        GTEST_SKIP() << "this platform (" << QApplication::platformName().toStdString()
                     << ") has no active accessibility bridge (an AT-SPI client on the session "
                        "bus activates it); the event is checked where one is";
    ScoreSelector selector(QStringLiteral("Pain"), QStringLiteral("no pain"),
                           QStringLiteral("worst pain imaginable"));
    selector.show();
    g_values.clear();
    g_watched = &selector;
    QAccessible::installUpdateHandler(recordValueChanges);
    QTest::keyClick(&selector, Qt::Key_7);
    QTest::keyClick(&selector, Qt::Key_Left);
    QAccessible::installUpdateHandler(nullptr);
    g_watched = nullptr;
    ASSERT_EQ(g_values.size(), 2);
    EXPECT_EQ(g_values.at(0).toInt(), 7);
    EXPECT_EQ(g_values.at(1).toInt(), 6);
}

TEST(Keyboard, ReviewModeOpensOnProgress)
{
    App app;
    app.open(QDate(2026, 12, 1));
    app.window->show();
    const Bundle b = generateWeeks8(2);
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("p.backlog.json"));
    writeFile(path, writeBundle(b, QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)));
    auto review = app.window->openReview(path);
    ASSERT_TRUE(review.ok());
    EXPECT_EQ(review.value()->pages()->currentIndex(), MainWindow::ProgressTab);
    EXPECT_EQ(app.window->pages()->currentIndex(), MainWindow::TodayTab);
    delete review.value();
}

TEST(Dates, ASessionCannotBeDatedMoreThanAYearBeforeThePainOrInTheFuture)
{
    App app;
    const QDate today(2026, 12, 5);
    app.open(today);
    Episode e = simpleEpisode(QDate(2026, 11, 2));
    ASSERT_TRUE(app.service->saveEpisode(e).ok());
    Session s;
    s.minutes = 45;
    SessionDialog dialog(app.service->episode(), app.service->sessions(), s, today);
    EXPECT_EQ(dialog.dateEdit()->minimumDate(), e.onsetDate.addYears(-1));
    EXPECT_EQ(dialog.dateEdit()->maximumDate(), today);
    // Typing a two-digit-year slip cannot reach 2012.
    dialog.dateEdit()->setDate(QDate(2012, 12, 5));
    EXPECT_EQ(dialog.dateEdit()->date(), e.onsetDate.addYears(-1));
    EXPECT_TRUE(
        dialog.dateEdit()->accessibleDescription().contains(QStringLiteral("a year before")));
}

TEST(Dates, ABundleSessionMoreThanAYearBeforeThePainIsRefusedNamingIt)
{
    Bundle b = generateWeeks8(4);
    Session old;
    old.date = b.episode.onsetDate.addYears(-1).addDays(-1);
    old.minutes = 30;
    b.sessions.prepend(old);
    const auto read = readBundle(writeBundle(b, QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)),
                                 QStringLiteral("old.json"));
    ASSERT_FALSE(read.ok());
    EXPECT_TRUE(read.error().message.contains(QStringLiteral("sessions[0].date")))
        << read.error().message.toStdString();
    EXPECT_TRUE(read.error().message.contains(QStringLiteral("more than a year before the pain")))
        << read.error().message.toStdString();
}

TEST(Keyboard, CtrlSSavesTheNoteBeingTypedAndSaysSo)
{
    App app;
    const QDate today(2026, 10, 20);
    app.open(today);
    ASSERT_TRUE(app.service->saveEpisode(simpleEpisode(QDate(2026, 10, 5))).ok());
    app.window->show();
    QApplication::setActiveWindow(app.window.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(app.window.get()));
    TodayPage* page = app.window->todayPage();
    QTest::keyClick(page->painSelector(), Qt::Key_5);
    page->noteEdit()->setFocus();
    QTest::keyClicks(page->noteEdit(), QStringLiteral("Slept badly"));
    ASSERT_NE(app.service->entry(today).value_or(DailyEntry{}).note, QStringLiteral("Slept badly"));
    // Before the autosave's pause is over: Ctrl+S writes it now.
    QTest::keyClick(page->noteEdit(), Qt::Key_S, Qt::ControlModifier);
    const auto stored = app.service->entry(today);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->note, QStringLiteral("Slept badly"));
    EXPECT_TRUE(page->statusLabel()->text().startsWith(QStringLiteral("Saved at")))
        << page->statusLabel()->text().toStdString();
    QTest::keyClick(page->noteEdit(), Qt::Key_S, Qt::ControlModifier);
    EXPECT_TRUE(page->statusLabel()->text().startsWith(QStringLiteral("Everything on this page")));
}

TEST(ReviewWords, ReviewModeSpeaksToThePhysiotherapistAndStandsBeside)
{
    App app;
    app.open(QDate(2026, 12, 1));
    app.window->move(100, 100);
    app.window->show();
    const Bundle b = generateWeeks8(2);
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("p.backlog.json"));
    writeFile(path, writeBundle(b, QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)));
    auto opened = app.window->openReview(path);
    ASSERT_TRUE(opened.ok());
    MainWindow* review = opened.value();
    EXPECT_NE(review->frameGeometry().topLeft(), app.window->frameGeometry().topLeft());
    QStringList texts;
    for (int i = 0; i < review->pages()->count(); ++i) {
        review->pages()->setCurrentIndex(i);
        QApplication::processEvents();
        for (QLabel* label : review->findChildren<QLabel*>())
            if (label->isVisibleTo(review) && !label->text().isEmpty())
                texts << label->text();
    }
    // Days the patient logged and those they did not.
    review->todayPage()->showDate(b.entries.first().date);
    texts << review->todayPage()->statusLabel()->text();
    review->todayPage()->showDate(b.entries.first().date.addDays(-1));
    texts << review->todayPage()->statusLabel()->text();
    for (const QString& text : texts) {
        EXPECT_FALSE(text.contains(QStringLiteral("your attention"))) << text.toStdString();
        EXPECT_FALSE(text.contains(QStringLiteral("Type a number"))) << text.toStdString();
        EXPECT_NE(text, QStringLiteral("Saved.")) << text.toStdString();
        EXPECT_FALSE(text.contains(QStringLiteral("Start with"))) << text.toStdString();
    }
    delete review;
}
