// SPDX-License-Identifier: GPL-3.0-or-later
// backlog-generate: writes a generated episode as an exchange bundle.
//   backlog-generate (--weeks N | --years N | --days N) [--seed S] [--start DATE] -o FILE
#include "Dates.h"
#include "Files.h"
#include "Generator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    backlog::test::GeneratorOptions o;
    QString output;
    for (int i = 0; i + 1 < args.size(); i += 2) {
        const QString& name = args.at(i);
        const QString& value = args.at(i + 1);
        if (name == QLatin1String("--weeks"))
            o.days = value.toInt() * 7;
        else if (name == QLatin1String("--years"))
            o.days = value.toInt() * 365;
        else if (name == QLatin1String("--days"))
            o.days = value.toInt();
        else if (name == QLatin1String("--seed"))
            o.seed = value.toULongLong();
        else if (name == QLatin1String("--start"))
            o.programStart = backlog::parseIsoDate(value).value_or(o.programStart);
        else if (name == QLatin1String("-o"))
            output = value;
        else {
            std::fprintf(stderr, "backlog-generate: unknown option %s\n", qPrintable(name));
            return 2;
        }
    }
    if (output.isEmpty() || args.size() % 2 != 0) {
        std::fprintf(stderr, "usage: backlog-generate (--weeks N|--years N|--days N) [--seed S] "
                             "[--start YYYY-MM-DD] -o FILE\n");
        return 2;
    }
    const backlog::Bundle bundle = backlog::test::generateEpisode(o);
    const QDateTime fixed(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    const auto status = backlog::writeFileSafely(output, backlog::writeBundle(bundle, fixed));
    if (!status) {
        std::fprintf(stderr, "%s\n", qPrintable(status.error().message));
        return 1;
    }
    return 0;
}
