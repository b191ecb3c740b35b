// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the main window with real data into PNG files for docs/screenshots when
// BACKLOG_SCREENSHOT_DIR is set; always checks that the window renders.
#include "MainWindow.h"
#include "ScoreSelector.h"
#include "TestSupport.h"
#include "TodayPage.h"

#include <QApplication>
#include <QPalette>
#include <QPixmap>
#include <QStyleFactory>

using namespace backlog;
using namespace backlog::test;

namespace {

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(45, 45, 48));
    p.setColor(QPalette::WindowText, QColor(230, 230, 230));
    p.setColor(QPalette::Base, QColor(30, 30, 32));
    p.setColor(QPalette::AlternateBase, QColor(50, 50, 54));
    p.setColor(QPalette::Text, QColor(230, 230, 230));
    p.setColor(QPalette::Button, QColor(60, 60, 64));
    p.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    p.setColor(QPalette::Highlight, QColor(86, 156, 214));
    p.setColor(QPalette::HighlightedText, QColor(0, 0, 0));
    p.setColor(QPalette::ToolTipBase, QColor(60, 60, 64));
    p.setColor(QPalette::ToolTipText, QColor(230, 230, 230));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(120, 120, 120));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(120, 120, 120));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(120, 120, 120));
    return p;
}

void shoot(const QString& name, bool dark)
{
    TempFolder folder;
    auto diary = Diary::open(folder.diaryPath());
    ASSERT_TRUE(diary.ok());
    DailyEntry e = simpleEntry(QDate::currentDate(), 4, 6);
    ASSERT_TRUE(diary.value()->saveEntry(e).ok());
    const QPalette original = QApplication::palette();
    if (dark)
        QApplication::setPalette(darkPalette());
    {
        MainWindow window(*diary.value());
        window.resize(900, 560);
        window.show();
        QApplication::processEvents();
        const QPixmap shot = window.grab();
        EXPECT_FALSE(shot.isNull());
        EXPECT_EQ(window.todayPage()->painSelector()->value(), 4);
        const QString dir = qEnvironmentVariable("BACKLOG_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            EXPECT_TRUE(shot.save(dir + QLatin1Char('/') + name));
    }
    QApplication::setPalette(original);
}

} // namespace

TEST(Screenshots, TodayLight)
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    shoot(QStringLiteral("today-light.png"), false);
}

TEST(Screenshots, TodayDark)
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    shoot(QStringLiteral("today-dark.png"), true);
}
