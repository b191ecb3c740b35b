// SPDX-License-Identifier: GPL-3.0-or-later
// backlog: the desktop app.
#include "DiaryService.h"
#include "FirstPaint.h"
#include "MainWindow.h"
#include "OpenFailedDialog.h"
#include "Settings.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <cstdio>
#include <memory>
#include <sys/stat.h>

namespace {

const QString kDb = QStringLiteral("db");
const QString kMinimized = QStringLiteral("minimized");

/// True when the command line asks only for text (help, version) or is wrong: then
/// there is no window to show, and no display is needed (man pages, packaging checks,
/// a terminal over ssh). Parsed once more, with translated descriptions, in main().
bool needsNoDisplay(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(QCommandLineOption(kDb, QString(), QStringLiteral("PATH")));
    parser.addOption(QCommandLineOption(kMinimized, QString()));
    return !parser.parse(arguments) || parser.isSet(QStringLiteral("help")) ||
           parser.isSet(QStringLiteral("help-all")) || parser.isSet(QStringLiteral("version")) ||
           !parser.positionalArguments().isEmpty();
}

} // namespace

int main(int argc, char** argv)
{
    umask(077); // the diary, its backups and exports are the user's alone
    const std::unique_ptr<QCoreApplication> app =
        needsNoDisplay(argc, argv) ? std::make_unique<QCoreApplication>(argc, argv)
                                   : std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("BackLog"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BACKLOG_VERSION));
    backlog::installTranslations(*app); // the system's language (LANG, LC_MESSAGES, LANGUAGE)

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Diary and coach for massage therapy and rehabilitation of low back pain"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        kDb, QCoreApplication::translate("main", "Open the diary at PATH."),
        QStringLiteral("PATH"));
    const QCommandLineOption minimizedOption(
        kMinimized,
        QCoreApplication::translate("main", "Start in the tray (used when starting at login)."));
    parser.addOption(dbOption);
    parser.addOption(minimizedOption);
    if (!parser.parse(app->arguments())) {
        std::fprintf(stderr, "backlog: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "backlog: %s\n",
                     qPrintable(QCoreApplication::translate("main", "unexpected argument \"%1\"")
                                    .arg(parser.positionalArguments().first())));
        return 2;
    }

    // From here on a window will be shown: `app` is a QApplication.
    QApplication::setDesktopFileName(QStringLiteral("org.backlog.BackLog"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.backlog.BackLog.svg")));

    const bool custom = parser.isSet(dbOption);
    const QString path = custom ? parser.value(dbOption) : backlog::DiaryService::defaultPath();
    // The first frame needs only the recent days and the stored alerts (so an emergency
    // banner is in it); everything else is read right after it is painted.
    std::unique_ptr<backlog::DiaryService> opened;
    if (auto service = backlog::DiaryService::openForFirstFrame(
            path, backlog::DiaryService::OpenOptions{true, !custom})) {
        opened = std::move(service).value();
    } else {
        // Damaged, foreign, newer, read-only, a full disk (quality.md R2): the file stays as
        // it is unless the patient restores a backup or starts anew, and even then it is
        // only moved aside.
        std::fprintf(stderr, "backlog: %s\n", qPrintable(service.error().message));
        backlog::OpenFailedDialog failed(QFileInfo(path).absoluteFilePath(),
                                         service.error().message);
        if (failed.exec() != QDialog::Accepted)
            return service.error().kind == backlog::ErrorKind::BadInput ? 2 : 1;
        opened = failed.takeService();
        if (!failed.keptAside().isEmpty())
            std::fprintf(stderr, "backlog: %s\n",
                         qPrintable(QCoreApplication::translate(
                                        "main", "the diary that could not be opened is kept in %1")
                                        .arg(failed.keptAside())));
    }
    backlog::Settings settings;
    backlog::DiaryService& service = *opened;
    const QString openNotice = service.openNotice(); // e.g. the diary was made private
    if (!openNotice.isEmpty())
        std::fprintf(stderr, "backlog: %s\n", qPrintable(openNotice));

    backlog::MainWindow window(service, settings);
    if (!openNotice.isEmpty())
        window.statusBar()->showMessage(openNotice, 30000);
    // For the start-up benchmark (quality.md P1): leave as soon as the window has painted.
    const bool exitAfterPaint = qEnvironmentVariableIsSet("BACKLOG_EXIT_AFTER_FIRST_PAINT");
    if (exitAfterPaint)
        backlog::exitAfterFirstPaint(&window);
    const auto finishLoading = [&] {
        if (const auto rest = service.loadRest(); !rest)
            QMessageBox::critical(&window,
                                  QApplication::translate("main", "BackLog cannot read the diary"),
                                  rest.error().message);
        else if (service.hasEpisode())
            window.showUpgradeHistory(); // alerts found when the rules were updated, once
        // One automatic copy a day; a failure is reported but does not stop the diary.
        if (const auto daily = service.dailyBackup(); !daily)
            std::fprintf(stderr, "backlog: %s\n", qPrintable(daily.error().message));
    };
    const bool toTray = parser.isSet(minimizedOption) && QSystemTrayIcon::isSystemTrayAvailable();
    if (toTray)
        finishLoading();
    else {
        if (!exitAfterPaint)
            backlog::afterFirstPaint(&window, finishLoading);
        window.show();
    }
    if (!service.hasEpisode())
        window.openSetup();
    return app->exec();
}
