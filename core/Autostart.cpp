// SPDX-License-Identifier: GPL-3.0-or-later
#include "Autostart.h"

#include "Files.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace backlog {

QString autostartPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/autostart/org.backlog.BackLog.desktop");
}

bool autostartEnabled()
{
    return QFileInfo::exists(autostartPath());
}

Status setAutostart(bool enable, const QString& program)
{
    const QString path = autostartPath();
    if (!enable) {
        if (QFileInfo::exists(path) && !QFile::remove(path))
            return failure(
                QCoreApplication::translate("Autostart", "%1 cannot be removed").arg(path));
        return {};
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return failure(QCoreApplication::translate("Autostart", "%1 cannot be created").arg(path));
    QString exec = program;
    exec.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""));
    const QByteArray entry = QStringLiteral("[Desktop Entry]\n"
                                            "Type=Application\n"
                                            "Name=BackLog\n"
                                            "Comment=Daily reminder of the back pain diary\n"
                                            "Exec=\"%1\" --minimized\n"
                                            "Icon=org.backlog.BackLog\n"
                                            "Terminal=false\n"
                                            "X-GNOME-Autostart-enabled=true\n")
                                 .arg(exec)
                                 .toUtf8();
    return writeFileSafely(path, entry);
}

} // namespace backlog
