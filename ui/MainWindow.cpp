// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AlertBanner.h"
#include "AlertsPage.h"
#include "Autostart.h"
#include "DiaryService.h"
#include "EvidencePage.h"
#include "HelpingPage.h"
#include "ImportDialog.h"
#include "PlanPage.h"
#include "ProgressPage.h"
#include "ReminderService.h"
#include "ReportOptionsDialog.h"
#include "RestoreDialog.h"
#include "ScoreSelector.h"
#include "SessionsPage.h"
#include "Settings.h"
#include "SetupWizard.h"
#include "TodayPage.h"
#include "UpgradeHistoryDialog.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace backlog {

namespace {

/// Where file dialogs start: the user's Documents folder, else the home folder.
QString documentsFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !documents.isEmpty() && QDir(documents).exists() ? documents : QDir::homePath();
}

} // namespace

MainWindow::MainWindow(DiaryService& service, Settings& settings, QWidget* parent)
    : QMainWindow(parent), m_service(service),
      m_settings(settings), m_context{service, m_undo, settings}
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("BackLog"));

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    if (service.isReadOnly()) {
        const QString name =
            service.episode() ? service.episode()->patientName.trimmed() : QString();
        m_reviewBanner = new QLabel(central);
        m_reviewBanner->setObjectName(QStringLiteral("reviewBannerLabel"));
        m_reviewBanner->setWordWrap(true);
        m_reviewBanner->setTextFormat(Qt::PlainText);
        m_reviewBanner->setText(
            (name.isEmpty() ? tr("Reviewing a patient's diary (no name given), read-only.")
                            : tr("Reviewing the diary of %1, read-only.").arg(name)) +
            QLatin1Char(' ') +
            tr("From %1. Nothing shown here can be changed, and your own diary is not touched.")
                .arg(QDir::toNativeSeparators(service.reviewSource())));
        m_reviewBanner->setAccessibleName(tr("Review mode"));
        m_reviewBanner->setContentsMargins(12, 8, 12, 8);
        m_reviewBanner->setAutoFillBackground(true);
        QPalette p = m_reviewBanner->palette();
        p.setColor(QPalette::Window, p.color(QPalette::ToolTipBase));
        p.setColor(QPalette::WindowText, p.color(QPalette::ToolTipText));
        m_reviewBanner->setPalette(p);
        QFont bold = m_reviewBanner->font();
        bold.setBold(true);
        m_reviewBanner->setFont(bold);
        layout->addWidget(m_reviewBanner);
        setWindowTitle(name.isEmpty() ? tr("Review - BackLog")
                                      : tr("Review: %1 - BackLog").arg(name));
    }
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
    // The tabs carry no mnemonic: the View menu (Alt+V, then the letter) and Ctrl+1 to
    // Ctrl+7 switch pages, so no Alt key is shared with a menu or a page's controls.
    m_pageTitles = {tr("&Today"),          tr("&Sessions"), tr("P&lan"),    tr("P&rogress"),
                    tr("Is it helpin&g?"), tr("&Alerts"),   tr("&Evidence")};
    m_pages->addTab(m_today, plainTitle(0));
    m_tabs << m_today;
    addLazyTab(plainTitle(SessionsTab), QStringLiteral("sessionsPage"));
    addLazyTab(plainTitle(PlanTab), QStringLiteral("planPage"));
    addLazyTab(plainTitle(ProgressTab), QStringLiteral("progressPage"));
    addLazyTab(plainTitle(HelpingTab), QStringLiteral("helpingPage"));
    addLazyTab(plainTitle(AlertsTab), QStringLiteral("alertsPage"));
    addLazyTab(plainTitle(EvidenceTab), QStringLiteral("evidencePage"));
    connect(m_pages, &QTabWidget::currentChanged, this, &MainWindow::ensurePage);

    connect(m_banner, &AlertBanner::showAlertsRequested, this, [this] {
        m_pages->setCurrentIndex(AlertsTab);
        alertsPage()->selectMostUrgent();
    });
    connect(m_today, &TodayPage::saveFailed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });

    createMenus();
    if (service.isReadOnly()) {
        // A physiotherapist reviewing a diary starts where the course is seen whole.
        m_pages->setCurrentIndex(ProgressTab);
        if (QWidget* progress = progressPage())
            progress->setFocus(Qt::OtherFocusReason);
    } else {
        // The daily check-in starts on today's pain scale: a digit is all it takes.
        m_today->painSelector()->setFocus(Qt::OtherFocusReason);
    }
    if (service.isReadOnly()) {
        statusBar()->showMessage(tr("Review (read-only): %1").arg(service.reviewSource()));
    } else {
        m_reminders = new ReminderService(service, settings, this, this);
        statusBar()->showMessage(tr("Diary: %1").arg(service.path()));
    }

    const QByteArray geometry = settings.value(Settings::Key::WindowGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(960, 720);
}

MainWindow::~MainWindow() = default;

QString MainWindow::plainTitle(int tab) const
{
    // "&&" stays a literal ampersand; a single one only marks the mnemonic.
    QString title = m_pageTitles.value(tab);
    title.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    title.remove(QLatin1Char('&'));
    return title.replace(QLatin1Char('\x01'), QLatin1Char('&'));
}

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
    case SessionsTab:
        page = m_sessions = new SessionsPage(m_context, container);
        break;
    case PlanTab:
        page = m_plan = new PlanPage(m_context, container);
        break;
    case ProgressTab:
        page = m_progress = new ProgressPage(m_context, container);
        break;
    case HelpingTab:
        page = m_helping = new HelpingPage(m_context, container);
        break;
    case AlertsTab:
        page = m_alerts = new AlertsPage(m_context, container);
        break;
    case EvidenceTab:
        page = m_evidence = new EvidencePage(container);
        break;
    }
    page->setObjectName(container->objectName().chopped(int(sizeof("Container")) - 1));
    container->layout()->addWidget(page);
    page->show(); // now, not on a queued event: no empty frame before the page appears
}

SessionsPage* MainWindow::sessionsPage()
{
    ensurePage(SessionsTab);
    return m_sessions;
}

PlanPage* MainWindow::planPage()
{
    ensurePage(PlanTab);
    return m_plan;
}

ProgressPage* MainWindow::progressPage()
{
    ensurePage(ProgressTab);
    return m_progress;
}

AlertsPage* MainWindow::alertsPage()
{
    ensurePage(AlertsTab);
    return m_alerts;
}

HelpingPage* MainWindow::helpingPage()
{
    ensurePage(HelpingTab);
    return m_helping;
}

EvidencePage* MainWindow::evidencePage()
{
    ensurePage(EvidenceTab);
    return m_evidence;
}

bool MainWindow::isReview() const
{
    return m_service.isReadOnly();
}

void MainWindow::createMenus()
{
    const bool review = isReview();
    QMenu* file = menuBar()->addMenu(tr("&File"));
    if (!review) {
        QAction* setup = file->addAction(tr("Set &up the plan..."), this, &MainWindow::openSetup);
        setup->setObjectName(QStringLiteral("setupAction"));
        file->addSeparator();
    }
    QAction* open = file->addAction(tr("&Open for review..."), this, &MainWindow::chooseReviewFile);
    open->setShortcut(QKeySequence::Open);
    open->setObjectName(QStringLiteral("openReviewAction"));
    if (!review) {
        QAction* import = file->addAction(tr("&Import..."), this, &MainWindow::chooseImportFile);
        import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
        import->setObjectName(QStringLiteral("importAction"));
    }
    QMenu* exportMenu = file->addMenu(tr("&Export"));
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    const struct
    {
        ExportKind kind;
        QString text;
        const char* name;
    } exports[] = {
        {ExportKind::Report, tr("&Report for the physiotherapist (PDF)..."), "exportReportAction"},
        {ExportKind::Chart, tr("&Chart alone (PNG, SVG or PDF)..."), "exportChartAction"},
        {ExportKind::Csv, tr("&Entries and sessions (CSV)..."), "exportCsvAction"},
        {ExportKind::Bundle, tr("E&xchange file (.backlog.json)..."), "exportBundleAction"},
        {ExportKind::Fhir, tr("&FHIR R4 (JSON)..."), "exportFhirAction"},
    };
    for (const auto& e : exports) {
        QAction* a =
            exportMenu->addAction(e.text, this, [this, kind = e.kind] { chooseExportFile(kind); });
        a->setObjectName(QLatin1String(e.name));
    }
    if (!review) {
        QAction* reportAction = exportMenu->actions().first();
        reportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    }
    if (!review) {
        file->addSeparator();
        QAction* backup = file->addAction(tr("&Back up now"), this, &MainWindow::backUpNow);
        backup->setObjectName(QStringLiteral("backUpAction"));
        QAction* restore =
            file->addAction(tr("&Restore from a backup..."), this, &MainWindow::openRestore);
        restore->setObjectName(QStringLiteral("restoreAction"));
    }
    file->addSeparator();
    if (review) {
        QAction* close = file->addAction(tr("&Close review"), this, &QWidget::close);
        close->setShortcut(QKeySequence::Close);
        close->setObjectName(QStringLiteral("closeReviewAction"));
    } else {
        QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
        quit->setShortcut(QKeySequence::Quit);
        quit->setObjectName(QStringLiteral("quitAction"));
    }

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undo.createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undoAction"));
    QAction* redo = m_undo.createRedoAction(this, tr("&Redo"));
    // The platform's redo keys, and Ctrl+Shift+Z and Ctrl+Y everywhere: a desktop without
    // a platform theme binds only one of them.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence& k :
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)})
        if (!redoKeys.contains(k))
            redoKeys << k;
    redo->setShortcuts(redoKeys);
    redo->setObjectName(QStringLiteral("redoAction"));
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_pages->count(); ++i) {
        QAction* go = view->addAction(m_pageTitles.value(i), this,
                                      [this, i] { m_pages->setCurrentIndex(i); });
        go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }

    if (!review)
        createSettingsMenu();

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide = help->addAction(tr("&User guide"), this, &MainWindow::showUserGuide);
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setObjectName(QStringLiteral("userGuideAction"));
    QAction* about = help->addAction(tr("&About BackLog"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
}

void MainWindow::createSettingsMenu()
{
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
}

void MainWindow::chooseReviewFile()
{
    auto* dialog =
        new QFileDialog(this, tr("Open a patient's exchange file for review"), documentsFolder());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("openReviewFileDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setNameFilters(
        {tr("BackLog exchange files (*.backlog.json *.json)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        (void)openReview(path); // a failure is shown in a message box
    });
    dialog->open();
}

Result<MainWindow*> MainWindow::openReview(const QString& path)
{
    auto review = DiaryService::review(path);
    if (!review) {
        auto* box =
            new QMessageBox(QMessageBox::Warning, tr("Open for review"),
                            tr("This file cannot be opened for review."), QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("reviewErrorMessageBox"));
        box->setInformativeText(review.error().message);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return review.error();
    }
    // The review window owns its read-only service; as the last child it is deleted after
    // the pages that use it.
    DiaryService* service = review.value().release();
    auto* window = new MainWindow(*service, m_settings);
    service->setParent(window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    // Not exactly on top of the diary's own window: both stay in sight.
    window->move(frameGeometry().topLeft() + QPoint(64, 64));
    window->show();
    return window;
}

void MainWindow::chooseImportFile()
{
    auto* dialog = new QFileDialog(this, tr("Import into your diary"), documentsFolder());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("importFileDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setNameFilters(
        {tr("Exchange files and CSV (*.backlog.json *.json *.csv)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString& path) { openImport(path); });
    dialog->open();
}

ImportDialog* MainWindow::openImport(const QString& path)
{
    m_today->flush();
    auto* dialog = new ImportDialog(m_context, path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this,
            [this](const QString& message) { statusBar()->showMessage(message, 15000); });
    dialog->open();
    return dialog;
}

void MainWindow::chooseExportFile(ExportKind kind)
{
    m_today->flush();
    if (kind != ExportKind::Report) {
        chooseExportPath(kind);
        return;
    }
    // First what goes into the report, then where it goes.
    auto* options = new ReportOptionsDialog(m_reportOptions, this);
    options->setAttribute(Qt::WA_DeleteOnClose);
    connect(options, &QDialog::accepted, this, [this, options] {
        m_reportOptions = options->options();
        chooseExportPath(ExportKind::Report);
    });
    options->open();
}

void MainWindow::chooseExportPath(ExportKind kind)
{
    QString title, suggested;
    QStringList filters;
    const QString stem = QStringLiteral("backlog-%1").arg(m_service.today().toString(Qt::ISODate));
    switch (kind) {
    case ExportKind::Report:
        title = tr("Export the report for the physiotherapist");
        suggested = stem + QStringLiteral("-report.pdf");
        filters = {tr("PDF documents (*.pdf)")};
        break;
    case ExportKind::Chart:
        title = tr("Export the progress chart");
        suggested = stem + QStringLiteral("-chart.png");
        filters = {tr("PNG images (*.png)"), tr("SVG drawings (*.svg)"),
                   tr("PDF documents (*.pdf)")};
        break;
    case ExportKind::Csv:
        title = tr("Export entries and sessions as CSV");
        suggested = stem + QStringLiteral(".csv");
        filters = {tr("CSV files (*.csv)")};
        break;
    case ExportKind::Bundle:
        title = tr("Export the exchange file");
        suggested = stem + QStringLiteral(".backlog.json");
        filters = {tr("BackLog exchange files (*.backlog.json)")};
        break;
    case ExportKind::Fhir:
        title = tr("Export as FHIR R4");
        suggested = stem + QStringLiteral("-fhir.json");
        filters = {tr("FHIR JSON (*.json)")};
        break;
    }
    auto* dialog = new QFileDialog(this, title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters(filters);
    // In the Documents folder, never in whatever folder the program was started from.
    dialog->setDirectory(documentsFolder());
    dialog->selectFile(suggested);
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString& filter) {
        // Follow the chosen type in the suggested name (chart: png, svg or pdf).
        const qsizetype star = filter.indexOf(QStringLiteral("*."));
        if (star < 0)
            return;
        const QString suffix = filter.mid(star + 2).section(QLatin1Char(')'), 0, 0);
        dialog->setDefaultSuffix(suffix);
    });
    dialog->setDefaultSuffix(suggested.section(QLatin1Char('.'), -1));
    connect(dialog, &QFileDialog::fileSelected, this, [this, kind](const QString& path) {
        if (const Status s = exportTo(kind, path); !s)
            QMessageBox::warning(this, tr("Export"), s.error().message);
        else
            statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)),
                                     15000);
    });
    dialog->open();
}

Status MainWindow::exportTo(ExportKind kind, const QString& path)
{
    if (!m_service.hasEpisode())
        return badInput(tr("There is nothing to export yet: set up the plan first."));
    m_today->flush();
    const auto data = [&](ExportFormat format) -> Status {
        const auto done = m_service.exportTo(format, path);
        return done ? Status{} : Status(done.error());
    };
    switch (kind) {
    case ExportKind::Bundle:
        return data(ExportFormat::Bundle);
    case ExportKind::Csv:
        return data(ExportFormat::Csv);
    case ExportKind::Fhir:
        return data(ExportFormat::Fhir);
    case ExportKind::Report: {
        ReportOptions options = m_reportOptions;
        options.to = m_service.today();
        return writeReport(m_service, options, path);
    }
    case ExportKind::Chart:
        return progressPage()->exportChartTo(path); // the weeks shown, in print colours
    }
    return failure(tr("Unknown export"));
}

void MainWindow::openSetup()
{
    auto* wizard = new SetupWizard(m_context, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    // Centred over the window, or over the screen while the window is not placed yet (on
    // first start the wizard opens before the window manager has placed the window).
    wizard->adjustSize();
    const QRect over = isVisible() && frameGeometry().topLeft() != QPoint(0, 0)
                           ? frameGeometry()
                           : screen()->availableGeometry();
    wizard->move(over.center() - QPoint(wizard->width() / 2, wizard->height() / 2));
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

UpgradeHistoryDialog* MainWindow::showUpgradeHistory()
{
    const QList<Alert> found = m_service.upgradeHistoryToShow();
    if (found.isEmpty())
        return nullptr;
    auto* dialog = new UpgradeHistoryDialog(found, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this] {
        // Shown once: recorded in the diary when the patient closes it.
        if (const Status s = m_service.upgradeHistoryShown(); !s)
            statusBar()->showMessage(s.error().message, 10000);
    });
    dialog->open();
    return dialog;
}

void MainWindow::backUpNow()
{
    m_today->flush();
    const auto made = m_service.backUp(QStringLiteral("manual"));
    if (made)
        statusBar()->showMessage(tr("Backed up to %1").arg(made.value()), 10000);
    else
        QMessageBox::warning(this, tr("Back up"), made.error().message);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About BackLog"), aboutText());
}

QString MainWindow::aboutText()
{
    return tr("<h3>BackLog %1</h3>"
              "<p>A diary and coach for a course of massage therapy and active rehabilitation "
              "for low back pain. It never diagnoses: it helps you log, follow the plan, and "
              "tells you when to see a doctor.</p>"
              "<p>Your diary stays on this computer.</p>"
              "<p>BackLog is free software under the GNU General Public License version 3 or "
              "later. Charts use QCustomPlot by Emanuel Eichhammer (GPL-3.0). Built with Qt "
              "(LGPL-3.0) and SQLite (public domain).</p>")
        .arg(QStringLiteral(BACKLOG_VERSION));
}

QString MainWindow::userGuidePath()
{
    // The guide in the first of the user's languages it exists in ("user-guide.de.md"),
    // as the translations are chosen; English otherwise.
    for (const QString& language : QLocale().uiLanguages()) {
        const QString code = language.section(QLatin1Char('-'), 0, 0);
        const QString path = QStringLiteral(":/docs/user-guide.%1.md").arg(code);
        if (code == QLatin1String("en"))
            break;
        if (QFile::exists(path))
            return path;
    }
    return QStringLiteral(":/docs/user-guide.md");
}

void MainWindow::showUserGuide()
{
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("BackLog user guide"));
    auto* layout = new QVBoxLayout(dialog);
    auto* text = new QTextBrowser(dialog);
    text->setObjectName(QStringLiteral("userGuideTextBrowser"));
    QFile guide(userGuidePath());
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
    if (!isReview())
        m_settings.setValue(Settings::Key::WindowGeometry, saveGeometry());
    event->accept();
}

} // namespace backlog
