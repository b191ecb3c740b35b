// SPDX-License-Identifier: GPL-3.0-or-later
// backlog: the desktop app.
#include "Diary.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <sys/stat.h>

int main(int argc, char** argv)
{
    umask(077); // the diary, its backups and exports are the user's alone
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("BackLog"));
    QApplication::setApplicationVersion(QStringLiteral(BACKLOG_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Diary and coach for massage therapy and rehabilitation of low back pain"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QApplication::translate("main", "Open the diary at PATH."),
        QStringLiteral("PATH"));
    parser.addOption(dbOption);
    if (!parser.parse(app.arguments())) {
        fprintf(stderr, "backlog: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        fprintf(stderr, "backlog: unexpected argument \"%s\"\n",
                qPrintable(parser.positionalArguments().first()));
        return 2;
    }

    const bool custom = parser.isSet(dbOption);
    const QString path = custom ? parser.value(dbOption) : backlog::Database::defaultPath();
    auto diary = backlog::Diary::open(path, backlog::Database::Options{true, !custom});
    if (!diary) {
        fprintf(stderr, "backlog: %s\n", qPrintable(diary.error().message));
        QMessageBox::critical(nullptr, QApplication::translate("main", "BackLog cannot open the diary"),
                              diary.error().message);
        return diary.error().kind == backlog::ErrorKind::BadInput ? 2 : 1;
    }

    backlog::MainWindow window(*diary.value());
    window.show();
    return app.exec();
}
