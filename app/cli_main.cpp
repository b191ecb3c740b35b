// SPDX-License-Identifier: GPL-3.0-or-later
// backlog-cli: evaluate, import and export without a display.
#include "CommandLine.h"

#include <QCoreApplication>
#include <QTextStream>

#include <sys/stat.h>

#include <cstdio>

int main(int argc, char** argv)
{
    umask(077); // the diary, its backups and exports are the user's alone
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("BackLog"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BACKLOG_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int status = backlog::runCommandLine(app.arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return status;
}
