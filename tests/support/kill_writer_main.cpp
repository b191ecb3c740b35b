// SPDX-License-Identifier: GPL-3.0-or-later
// The child of the kill tests (quality.md R1), in three modes:
//  - backlog_kill_writer DIARY FIRST-DATE [COUNT]: saves one entry after another and
//    prints "saved DATE PAIN" on stdout right after each save has returned, until it is
//    killed;
//  - backlog_kill_writer --open DIARY: prints "opening", opens the diary (which backs up
//    and migrates an older one), prints "opened";
//  - backlog_kill_writer --restore DIARY BACKUP: opens the diary, prints "restoring",
//    restores BACKUP into it, prints "restored".
#include "Dates.h"
#include "Diary.h"

#include <QCoreApplication>
#include <cstdio>

namespace {

void say(const char* line)
{
    std::printf("%s\n", line);
    std::fflush(stdout);
}

int fail(const QString& message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

int openOnly(const QString& path)
{
    say("opening");
    auto diary = backlog::Diary::open(path);
    if (!diary)
        return fail(diary.error().message);
    say("opened");
    return 0;
}

int restore(const QString& path, const QString& backup)
{
    auto diary = backlog::Diary::open(path);
    if (!diary)
        return fail(diary.error().message);
    say("restoring");
    if (const auto kept = diary.value()->restoreFrom(backup); !kept)
        return fail(kept.error().message);
    say("restored");
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == QLatin1String("--open"))
        return openOnly(args.at(2));
    if (args.size() == 4 && args.at(1) == QLatin1String("--restore"))
        return restore(args.at(2), args.at(3));
    if (args.size() < 3 || args.at(1).startsWith(QLatin1Char('-'))) {
        std::fprintf(stderr, "usage: backlog_kill_writer DIARY FIRST-DATE [COUNT]\n"
                             "       backlog_kill_writer --open DIARY\n"
                             "       backlog_kill_writer --restore DIARY BACKUP\n");
        return 2;
    }
    auto diary = backlog::Diary::open(args.at(1));
    if (!diary) {
        std::fprintf(stderr, "%s\n", qPrintable(diary.error().message));
        return 2;
    }
    const QDate first = backlog::parseIsoDate(args.at(2)).value_or(QDate(2026, 1, 1));
    const int count = args.size() > 3 ? args.at(3).toInt() : 1000000;
    say("ready");
    for (int i = 0; i < count; ++i) {
        backlog::DailyEntry e;
        e.date = first.addDays(i);
        e.pain = i % 11;
        e.function = (i % 101) / 10.0;
        e.note = QStringLiteral("entry %1").arg(i);
        if (const auto s = diary.value()->saveEntry(e); !s)
            return fail(s.error().message);
        std::printf("saved %s %d\n", qPrintable(backlog::isoDate(e.date)), e.pain);
        std::fflush(stdout);
    }
    return 0;
}
