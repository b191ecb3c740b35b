// SPDX-License-Identifier: GPL-3.0-or-later
// quality.md R1: a writer killed with SIGKILL at random moments loses nothing it reported
// saved and leaves a whole diary; an import killed at a random moment leaves all of its
// entries or none. BACKLOG_KILL_COUNT sets the number of kills (default 50).
#include "Generator.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

using namespace backlog;
using namespace backlog::test;

namespace {

int killCount(int fallback)
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("BACKLOG_KILL_COUNT", &ok);
    return ok && n > 0 ? n : fallback;
}

QString integrityOf(const QString& path)
{
    QString result;
    const QString name = QStringLiteral("integrity");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
                result = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

/// Reads the child's "saved DATE PAIN" lines seen so far into `saved`.
void collectSaved(QProcess& child, QByteArray& pending, QMap<QDate, int>& saved)
{
    pending += child.readAllStandardOutput();
    int newline;
    while ((newline = pending.indexOf('\n')) >= 0) {
        const QByteArray line = pending.left(newline);
        pending.remove(0, newline + 1);
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() == 3 && parts[0] == "saved")
            saved.insert(QDate::fromString(QString::fromLatin1(parts[1]), Qt::ISODate), parts[2].toInt());
    }
}

} // namespace

TEST(KillTest, EveryReportedSaveSurvivesSigkillAndTheDiaryStaysWhole)
{
    TempFolder folder;
    const QString path = folder.diaryPath();
    {
        auto diary = Diary::open(path); // created beforehand: the kills hit saves
        ASSERT_TRUE(diary.ok());
    }
    const int kills = killCount(50);
    QMap<QDate, int> reported;
    QRandomGenerator random(20261121);
    QDate next(2000, 1, 1);
    int killedMidRun = 0;
    for (int round = 0; round < kills; ++round) {
        QProcess child;
        child.start(QStringLiteral(BACKLOG_KILL_WRITER), {path, next.toString(Qt::ISODate)});
        ASSERT_TRUE(child.waitForStarted(10000));
        QByteArray pending;
        QMap<QDate, int> saved;
        // Wait until it is writing, then kill it at a random moment.
        QElapsedTimer timer;
        timer.start();
        while (!pending.contains("ready") && timer.elapsed() < 10000) {
            child.waitForReadyRead(100);
            pending += child.readAllStandardOutput();
        }
        ASSERT_TRUE(pending.contains("ready")) << child.readAllStandardError().toStdString();
        pending.clear();
        QThread::usleep(random.bounded(1000, 60000));
        child.kill(); // SIGKILL
        ASSERT_TRUE(child.waitForFinished(10000));
        collectSaved(child, pending, saved);
        if (child.exitStatus() == QProcess::CrashExit)
            ++killedMidRun;
        reported.insert(saved);
        if (!saved.isEmpty())
            next = saved.lastKey().addDays(2); // the unreported one may or may not be there

        ASSERT_EQ(integrityOf(path), QStringLiteral("ok")) << "after kill " << round;
    }
    EXPECT_EQ(killedMidRun, kills);

    // Every save the children reported is in the diary, with its value.
    auto diary = Diary::open(path);
    ASSERT_TRUE(diary.ok()) << diary.error().message.toStdString();
    const auto all = diary.value()->entries().all();
    ASSERT_TRUE(all.ok());
    QMap<QDate, int> stored;
    for (const DailyEntry& e : all.value())
        stored.insert(e.date, e.pain);
    int checked = 0;
    for (auto it = reported.begin(); it != reported.end(); ++it) {
        ASSERT_TRUE(stored.contains(it.key())) << "lost " << it.key().toString(Qt::ISODate).toStdString();
        EXPECT_EQ(stored.value(it.key()), it.value());
        ++checked;
    }
    EXPECT_GT(checked, kills); // the children did write between the kills
    RecordProperty("kills", kills);
    RecordProperty("reported_saves", checked);
}

TEST(KillTest, AnImportKilledAtARandomMomentLeavesAllOfItsEntriesOrNone)
{
    TempFolder folder;
    const QString bundlePath = folder.path(QStringLiteral("ten-years.backlog.json"));
    const Bundle bundle = generateYears10(5);
    writeFile(bundlePath, writeBundle(bundle, QDateTime::currentDateTimeUtc()));
    const int total = static_cast<int>(bundle.entries.size());
    const int rounds = std::max(10, killCount(50) / 3);
    // How long a whole import takes here, so that the kills land before, during and
    // after its commit.
    QElapsedTimer timer;
    timer.start();
    const ProcessResult whole = runCli({QStringLiteral("import"), bundlePath, QStringLiteral("--db"),
                                        folder.path(QStringLiteral("whole.sqlite"))});
    ASSERT_EQ(whole.exitCode, 0) << whole.err.toStdString();
    const qint64 importUs = std::max<qint64>(timer.nsecsElapsed() / 1000, 20000);
    QRandomGenerator random(7);
    int none = 0, all = 0;
    for (int round = 0; round < rounds; ++round) {
        const QString path = folder.path(QStringLiteral("import-%1.sqlite").arg(round));
        {
            auto diary = Diary::open(path);
            ASSERT_TRUE(diary.ok());
        }
        QProcess child;
        child.start(QStringLiteral(BACKLOG_CLI),
                    {QStringLiteral("import"), bundlePath, QStringLiteral("--db"), path});
        ASSERT_TRUE(child.waitForStarted(10000));
        QThread::usleep(static_cast<unsigned long>(random.bounded(importUs / 2, importUs * 3 / 2)));
        child.kill();
        ASSERT_TRUE(child.waitForFinished(10000));

        ASSERT_EQ(integrityOf(path), QStringLiteral("ok"));
        auto diary = Diary::open(path);
        ASSERT_TRUE(diary.ok()) << diary.error().message.toStdString();
        const auto entries = diary.value()->entries().all();
        ASSERT_TRUE(entries.ok());
        const int count = static_cast<int>(entries->size());
        EXPECT_TRUE(count == 0 || count == total) << count << " of " << total;
        const auto sessions = diary.value()->sessions().all();
        ASSERT_TRUE(sessions.ok());
        EXPECT_EQ(sessions->isEmpty(), count == 0);
        (count == 0 ? none : all) += 1;
    }
    EXPECT_GT(none, 0); // some kills did interrupt an import
    RecordProperty("imports_killed_before_commit", none);
    RecordProperty("imports_complete", all);
}
