// SPDX-License-Identifier: GPL-3.0-or-later
// The child of the kill test (quality.md R1). Saves one entry after another into the
// diary and prints "saved DATE PAIN" on stdout right after each save has returned, until
// it is killed. Usage: backlog_kill_writer DIARY FIRST-DATE [COUNT]
#include "Diary.h"
#include "Dates.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: backlog_kill_writer DIARY FIRST-DATE [COUNT]\n");
        return 2;
    }
    auto diary = backlog::Diary::open(args.at(1));
    if (!diary) {
        std::fprintf(stderr, "%s\n", qPrintable(diary.error().message));
        return 2;
    }
    const QDate first = backlog::parseIsoDate(args.at(2)).value_or(QDate(2026, 1, 1));
    const int count = args.size() > 3 ? args.at(3).toInt() : 1000000;
    std::printf("ready\n");
    std::fflush(stdout);
    for (int i = 0; i < count; ++i) {
        backlog::DailyEntry e;
        e.date = first.addDays(i);
        e.pain = i % 11;
        e.function = (i % 101) / 10.0;
        e.note = QStringLiteral("entry %1").arg(i);
        if (const auto s = diary.value()->saveEntry(e); !s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
            return 1;
        }
        std::printf("saved %s %d\n", qPrintable(backlog::isoDate(e.date)), e.pain);
        std::fflush(stdout);
    }
    return 0;
}
