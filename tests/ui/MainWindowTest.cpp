// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "ScoreSelector.h"
#include "TestSupport.h"
#include "TodayPage.h"

#include <QLabel>
#include <QTest>

using namespace backlog;
using namespace backlog::test;

TEST(TodayPage, ChosenScoresAreSavedAndThereAfterRestart)
{
    TempFolder folder;
    {
        auto diary = Diary::open(folder.diaryPath());
        ASSERT_TRUE(diary.ok()) << diary.error().message.toStdString();
        MainWindow window(*diary.value());
        window.show();
        TodayPage* today = window.todayPage();
        today->painSelector()->setFocus();
        QTest::keyClick(today->painSelector(), Qt::Key_6);
        QTest::keyClick(today->functionSelector(), Qt::Key_4);
        EXPECT_EQ(today->statusLabel()->text(), QStringLiteral("Saved."));
    }
    auto diary = Diary::open(folder.diaryPath());
    ASSERT_TRUE(diary.ok());
    const auto entry = diary.value()->entries().get(QDate::currentDate());
    ASSERT_TRUE(entry.ok());
    ASSERT_TRUE(entry.value().has_value());
    EXPECT_EQ(entry.value()->pain, 6);
    EXPECT_EQ(entry.value()->function, 4.0);

    MainWindow window(*diary.value());
    EXPECT_EQ(window.todayPage()->painSelector()->value(), 6);
    EXPECT_EQ(window.todayPage()->functionSelector()->value(), 4);
}

TEST(TodayPage, TenIsTypedAsOneThenZero)
{
    TempFolder folder;
    auto diary = Diary::open(folder.diaryPath());
    ASSERT_TRUE(diary.ok());
    MainWindow window(*diary.value());
    ScoreSelector* pain = window.todayPage()->painSelector();
    QTest::keyClick(pain, Qt::Key_1);
    QTest::keyClick(pain, Qt::Key_0);
    EXPECT_EQ(pain->value(), 10);
    const auto entry = diary.value()->entries().get(QDate::currentDate());
    ASSERT_TRUE(entry.ok() && entry.value().has_value());
    EXPECT_EQ(entry.value()->pain, 10);
}

TEST(TodayPage, FunctionAloneDoesNotSaveWithoutPain)
{
    TempFolder folder;
    auto diary = Diary::open(folder.diaryPath());
    ASSERT_TRUE(diary.ok());
    MainWindow window(*diary.value());
    QTest::keyClick(window.todayPage()->functionSelector(), Qt::Key_5);
    const auto entry = diary.value()->entries().get(QDate::currentDate());
    ASSERT_TRUE(entry.ok());
    EXPECT_FALSE(entry.value().has_value());
    EXPECT_TRUE(window.todayPage()->statusLabel()->text().contains(QStringLiteral("pain score")));
}
