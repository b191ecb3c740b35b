// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DiaryService.h"
#include "MainWindow.h"
#include "Settings.h"
#include "TestSupport.h"

#include <memory>

namespace backlog::test {

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
