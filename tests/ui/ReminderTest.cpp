// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReminderService.h"
#include "UiTestSupport.h"

#include <QSignalSpy>

using namespace backlog;
using namespace backlog::test;

TEST(Reminder, RemindsOnceAtTheChosenTimeWhenTodayHasNoEntry)
{
    App app;
    const QDate today(2026, 10, 7);
    app.open(today);
    ASSERT_TRUE(app.service->saveEpisode(simpleEpisode(QDate(2026, 10, 1))).ok());
    app.settings->setValue(Settings::Key::ReminderTime, QTime(19, 0));
    ReminderService* reminders = app.window->reminders();
    QSignalSpy spy(reminders, &ReminderService::reminded);
    EXPECT_FALSE(reminders->check(QDateTime(today, QTime(18, 59))));
    EXPECT_TRUE(reminders->check(QDateTime(today, QTime(19, 0))));
    EXPECT_FALSE(reminders->check(QDateTime(today, QTime(19, 30)))); // once a day
    EXPECT_EQ(spy.count(), 1);

    // The next day, an entry made before the time means no reminder.
    const QDate tomorrow = today.addDays(1);
    ASSERT_TRUE(app.service->saveEntry(simpleEntry(tomorrow, 3)).ok());
    EXPECT_FALSE(reminders->isDue(QDateTime(tomorrow, QTime(20, 0))));
    // Switched off: no reminder.
    app.settings->setValue(Settings::Key::ReminderEnabled, false);
    EXPECT_FALSE(reminders->isDue(QDateTime(tomorrow.addDays(1), QTime(20, 0))));
}
