// SPDX-License-Identifier: GPL-3.0-or-later
// backlog-cli: evaluate, import and export without a display.
#include "CommandLine.h"
#include "Files.h"
#include "Translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStringDecoder>
#include <QTextStream>
#include <cstdio>
#include <cstring>
#include <memory>
#include <sys/stat.h>

namespace {

/// True for an export that draws (the PDF report, the PNG chart): it needs Qt's GUI
/// classes, on the offscreen platform so that no display is ever needed.
bool drawsPictures(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const char* a = argv[i];
        const char* format = nullptr;
        if (std::strcmp(a, "--format") == 0 && i + 1 < argc)
            format = argv[i + 1];
        else if (std::strncmp(a, "--format=", 9) == 0)
            format = a + 9;
        if (format && (std::strcmp(format, "pdf") == 0 || std::strcmp(format, "png") == 0))
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    umask(077); // the diary, its backups and exports are the user's alone
    std::unique_ptr<QCoreApplication> app;
    if (drawsPictures(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("BackLog"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BACKLOG_VERSION));
    backlog::installTranslations(*app); // messages in the system's language
    QTextStream out(stdout);
    QTextStream err(stderr);
    // A file name that is not valid UTF-8 would be opened or written under another name
    // (Qt decodes the bad bytes into U+FFFD): refuse it, showing its bytes.
    for (int i = 1; i < argc; ++i) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = utf8.decode(QByteArrayView(argv[i]));
        if (utf8.hasError()) {
            err << QCoreApplication::translate("CommandLine",
                                               "%1: is not valid UTF-8; BackLog reads and writes "
                                               "only files whose names are")
                       .arg(backlog::escapedBytes(QByteArray(argv[i])))
                << Qt::endl;
            return 2;
        }
        Q_UNUSED(decoded);
    }
    const int status = backlog::runCommandLine(QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return status;
}
