// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QTabWidget;

namespace backlog {

class Diary;
class TodayPage;

/// The main window: menus and the pages of the diary.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Diary& diary, QWidget* parent = nullptr);

    TodayPage* todayPage() const { return m_today; }

private:
    void createMenus();
    void showAbout();

    Diary& m_diary;
    QTabWidget* m_pages;
    TodayPage* m_today;
};

} // namespace backlog
