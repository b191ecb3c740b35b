// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AlertBanner.h"
#include "AlertsPage.h"
#include "Autostart.h"
#include "DiaryService.h"
#include "EvidencePage.h"
#include "PlanPage.h"
#include "ReminderService.h"
#include "RestoreDialog.h"
#include "SessionsPage.h"
#include "Settings.h"
#include "SetupWizard.h"
#include "TodayPage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace backlog {

MainWindow::MainWindow(DiaryService& service, Settings& settings, QWidget* parent)
    : QMainWindow(parent), m_service(service), m_settings(settings),
      m_context{service, m_undo, settings}
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("BackLog"));

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner = new AlertBanner(m_context, central);
    m_banner->setObjectName(QStringLiteral("alertBanner"));
    layout->addWidget(m_banner);
    m_pages = new QTabWidget(central);
    m_pages->setObjectName(QStringLiteral("pagesTabWidget"));
    m_pages->setDocumentMode(true);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_today = new TodayPage(m_context, m_pages);
    m_today->setObjectName(QStringLiteral("todayPage"));
    m_pages->addTab(m_today, tr("&Today"));
    m_tabs << m_today;
    addLazyTab(tr("&Sessions"), QStringLiteral("sessionsPage"));
    addLazyTab(tr("P&lan"), QStringLiteral("planPage"));
    addLazyTab(tr("&Alerts"), QStringLiteral("alertsPage"));
    addLazyTab(tr("&Evidence"), QStringLiteral("evidencePage"));
    connect(m_pages, &QTabWidget::currentChanged, this, &MainWindow::ensurePage);

    connect(m_banner, &AlertBanner::showAlertsRequested, this, [this] {
        m_pages->setCurrentIndex(3);
        alertsPage()->selectMostUrgent();
    });
    connect(m_today, &TodayPage::saveFailed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });

    createMenus();
    m_reminders = new ReminderService(service, settings, this, this);
    statusBar()->showMessage(tr("Diary: %1").arg(service.diary().database().path()));

    const QByteArray geometry = settings.value(Settings::Key::WindowGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(960, 720);
}

MainWindow::~MainWindow() = default;

QWidget* MainWindow::addLazyTab(const QString& title, const QString& name)
{
    auto* container = new QWidget(m_pages);
    container->setObjectName(name + QStringLiteral("Container"));
    auto* layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    m_pages->addTab(container, title);
    m_tabs << container;
    return container;
}

void MainWindow::ensurePage(int index)
{
    if (index < 1 || index >= m_tabs.size())
        return;
    QWidget* container = m_tabs[index];
    if (container->layout()->count() > 0)
        return;
    QWidget* page = nullptr;
    switch (index) {
    case 1: page = m_sessions = new SessionsPage(m_context, container); break;
    case 2: page = m_plan = new PlanPage(m_context, container); break;
    case 3: page = m_alerts = new AlertsPage(m_context, container); break;
    case 4: page = m_evidence = new EvidencePage(container); break;
    }
    page->setObjectName(container->objectName().chopped(int(sizeof("Container")) - 1));
    container->layout()->addWidget(page);
    page->show(); // now, not on a queued event: no empty frame before the page appears
}

SessionsPage* MainWindow::sessionsPage()
{
    ensurePage(1);
    return m_sessions;
}

PlanPage* MainWindow::planPage()
{
    ensurePage(2);
    return m_plan;
}

AlertsPage* MainWindow::alertsPage()
{
    ensurePage(3);
    return m_alerts;
}

EvidencePage* MainWindow::evidencePage()
{
    ensurePage(4);
    return m_evidence;
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* setup = file->addAction(tr("Set &up the plan..."), this, &MainWindow::openSetup);
    setup->setObjectName(QStringLiteral("setupAction"));
    file->addSeparator();
    QAction* backup = file->addAction(tr("&Back up now"), this, &MainWindow::backUpNow);
    backup->setObjectName(QStringLiteral("backUpAction"));
    QAction* restore = file->addAction(tr("&Restore from a backup..."), this, &MainWindow::openRestore);
    restore->setObjectName(QStringLiteral("restoreAction"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("quitAction"));

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undo.createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undoAction"));
    QAction* redo = m_undo.createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setObjectName(QStringLiteral("redoAction"));
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_pages->count(); ++i) {
        QAction* go = view->addAction(m_pages->tabText(i).remove(QLatin1Char('&')),
                                      this, [this, i] { m_pages->setCurrentIndex(i); });
        go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }

    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    QAction* remind = settings->addAction(tr("Daily &reminder"));
    remind->setCheckable(true);
    remind->setChecked(m_settings.reminderEnabled());
    remind->setObjectName(QStringLiteral("reminderAction"));
    connect(remind, &QAction::toggled, this,
            [this](bool on) { m_settings.setValue(Settings::Key::ReminderEnabled, on); });
    QAction* login = settings->addAction(tr("Start at &login"));
    login->setCheckable(true);
    login->setChecked(autostartEnabled());
    login->setObjectName(QStringLiteral("startAtLoginAction"));
    connect(login, &QAction::toggled, this, [this](bool on) {
        m_settings.setValue(Settings::Key::StartAtLogin, on);
        if (const Status s = setAutostart(on, QApplication::applicationFilePath()); !s)
            QMessageBox::warning(this, tr("Start at login"), s.error().message);
    });
    QAction* perActivity = settings->addAction(tr("Rate each &activity separately"));
    perActivity->setCheckable(true);
    perActivity->setChecked(m_settings.value(Settings::Key::FunctionPerActivity).toBool());
    connect(perActivity, &QAction::toggled, this, [this](bool on) {
        m_settings.setValue(Settings::Key::FunctionPerActivity, on);
        m_today->showDate(m_today->date());
    });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide = help->addAction(tr("&User guide"), this, &MainWindow::showUserGuide);
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setObjectName(QStringLiteral("userGuideAction"));
    QAction* about = help->addAction(tr("&About BackLog"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
}

void MainWindow::openSetup()
{
    auto* wizard = new SetupWizard(m_context, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
}

void MainWindow::openRestore()
{
    m_today->flush();
    auto* dialog = new RestoreDialog(m_service, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RestoreDialog::restored, this, [this](const QString& keptCopy) {
        m_undo.clear(); // earlier edits belong to the diary as it was
        statusBar()->showMessage(tr("Restored. The diary as it was is kept in %1").arg(keptCopy));
    });
    dialog->open();
}

void MainWindow::backUpNow()
{
    m_today->flush();
    const auto made = m_service.diary().database().backup(QStringLiteral("manual"));
    if (made)
        statusBar()->showMessage(tr("Backed up to %1").arg(made.value()), 10000);
    else
        QMessageBox::warning(this, tr("Back up"), made.error().message);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About BackLog"),
        tr("<h3>BackLog %1</h3>"
           "<p>A diary and coach for a course of massage therapy and active rehabilitation "
           "for low back pain. It never diagnoses: it helps you log, follow the plan, and "
           "tells you when to see a doctor.</p>"
           "<p>Your diary stays on this computer.</p>"
           "<p>BackLog is free software under the GNU General Public License version 3 or "
           "later. Charts use QCustomPlot by Emanuel Eichhammer (GPL-3.0). Built with Qt "
           "(LGPL-3.0) and SQLite (public domain).</p>")
            .arg(QStringLiteral(BACKLOG_VERSION)));
}

void MainWindow::showUserGuide()
{
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("BackLog user guide"));
    auto* layout = new QVBoxLayout(dialog);
    auto* text = new QTextBrowser(dialog);
    text->setObjectName(QStringLiteral("userGuideTextBrowser"));
    QFile guide(QStringLiteral(":/docs/user-guide.md"));
    if (guide.open(QIODevice::ReadOnly))
        text->setMarkdown(QString::fromUtf8(guide.readAll()));
    layout->addWidget(text);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(700, 600);
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_today->flush(); // nothing typed is lost on close
    m_settings.setValue(Settings::Key::WindowGeometry, saveGeometry());
    event->accept();
}

} // namespace backlog
