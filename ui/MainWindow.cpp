// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "Diary.h"
#include "TodayPage.h"

#include <QApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>

namespace backlog {

MainWindow::MainWindow(Diary& diary, QWidget* parent)
    : QMainWindow(parent), m_diary(diary), m_pages(new QTabWidget(this)),
      m_today(new TodayPage(diary, m_pages))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("BackLog"));
    m_pages->setObjectName(QStringLiteral("pagesTabWidget"));
    m_pages->addTab(m_today, tr("&Today"));
    setCentralWidget(m_pages);
    createMenus();
    statusBar()->showMessage(tr("Diary: %1").arg(diary.database().path()));
    connect(m_today, &TodayPage::saveFailed, this, [this](const QString& message) {
        QMessageBox::warning(this, tr("Not saved"), message);
    });
    resize(900, 600);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("quitAction"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About BackLog"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About BackLog"),
        tr("<h3>BackLog %1</h3>"
           "<p>A diary and coach for a course of massage therapy and active rehabilitation "
           "for low back pain. It never diagnoses.</p>"
           "<p>Licensed under the GNU General Public License version 3 or later. Charts use "
           "QCustomPlot (GPL-3.0).</p>")
            .arg(QStringLiteral(BACKLOG_VERSION)));
}

} // namespace backlog
