// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DiaryService.h"
#include "MainWindow.h"
#include "Settings.h"
#include "TestSupport.h"

#include <QColor>
#include <QPalette>
#include <memory>

namespace backlog::test {

/// A dark palette, as a dark desktop theme gives, for screenshots and palette tests.
inline QPalette darkPalette()
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
    p.setColor(QPalette::Link, QColor(120, 180, 255));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(120, 120, 120));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(120, 120, 120));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(120, 120, 120));
    return p;
}

/// The whole app on a temporary diary and temporary settings: diary, service, window.
struct App
{
    TempFolder folder;
    std::unique_ptr<Diary> diary;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<DiaryService> service;
    std::unique_ptr<MainWindow> window;

    /// Opens (or reopens) everything; `today` fixes the app's date when valid.
    void open(const QDate& today = QDate())
    {
        close();
        auto opened = Diary::open(folder.diaryPath());
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        diary = std::move(opened.value());
        settings = std::make_unique<Settings>(folder.path(QStringLiteral("settings.ini")));
        service = std::make_unique<DiaryService>(*diary);
        ASSERT_TRUE(service->load().ok());
        if (today.isValid())
            service->setToday(today);
        window = std::make_unique<MainWindow>(*service, *settings);
    }

    void close()
    {
        if (window)
            window->close();
        window.reset();
        service.reset();
        settings.reset();
        diary.reset();
    }

    ~App() { close(); }
};

} // namespace backlog::test
