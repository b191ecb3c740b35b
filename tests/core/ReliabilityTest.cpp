// SPDX-License-Identifier: GPL-3.0-or-later
// quality.md R1: a writer killed with SIGKILL at random moments loses nothing it reported
// saved and leaves a whole diary; an import killed at a random moment leaves all of its
// entries or none; a migration killed at a random moment leaves a diary that opens with
// every row; a restore from a backup killed at a random moment leaves the old diary or the
// restored one, never a mix. BACKLOG_KILL_COUNT sets the number of kills (default 50; the
// import, migration and restore tests take a share of it).
#include "Generator.h"
#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
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

/// The first value of `sql` run on the diary at `path`, as text; empty on failure.
QString scalarOf(const QString& path, const QString& sql)
{
    QString result;
    const QString name = QStringLiteral("scalar");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                result = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QString integrityOf(const QString& path)
{
    return scalarOf(path, QStringLiteral("PRAGMA integrity_check"));
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
            saved.insert(QDate::fromString(QString::fromLatin1(parts[1]), Qt::ISODate),
                         parts[2].toInt());
    }
}

/// Waits until the child has printed `line` (or has ended, or 10 s have passed); what it
/// printed is gathered in `seen`.
bool waitForLine(QProcess& child, QByteArray& seen, const QByteArray& line)
{
    QElapsedTimer timer;
    timer.start();
    while (!seen.contains(line + '\n') && timer.elapsed() < 10000) {
        if (child.state() == QProcess::NotRunning) {
            seen += child.readAllStandardOutput();
            break;
        }
        child.waitForReadyRead(50);
        seen += child.readAllStandardOutput();
    }
    return seen.contains(line + '\n');
}

/// Runs the kill writer in `mode` to its end and returns, in microseconds, how long it
/// took from printing `start` to printing `end`: the stretch the kills are spread over.
qint64 measure(const QStringList& arguments, const QByteArray& start, const QByteArray& end)
{
    QProcess child;
    child.start(QStringLiteral(BACKLOG_KILL_WRITER), arguments);
    if (!child.waitForStarted(10000))
        return -1;
    QByteArray seen;
    if (!waitForLine(child, seen, start))
        return -1;
    QElapsedTimer timer;
    timer.start();
    const bool ended = waitForLine(child, seen, end);
    const qint64 us = timer.nsecsElapsed() / 1000;
    child.waitForFinished(10000);
    return ended ? us : -1;
}

/// Starts the kill writer with `arguments`, waits for it to print `start`, waits a random
/// time up to `windowUs` and kills it with SIGKILL. Returns what it printed; a child that
/// ended before the kill must have ended well.
QByteArray killAtRandom(const QStringList& arguments, const QByteArray& start, qint64 windowUs,
                        QRandomGenerator& random)
{
    QProcess child;
    child.start(QStringLiteral(BACKLOG_KILL_WRITER), arguments);
    EXPECT_TRUE(child.waitForStarted(10000));
    QByteArray seen;
    EXPECT_TRUE(waitForLine(child, seen, start)) << child.readAllStandardError().toStdString();
    QThread::usleep(static_cast<unsigned long>(random.bounded(windowUs + 1)));
    child.kill(); // SIGKILL
    EXPECT_TRUE(child.waitForFinished(10000));
    if (child.exitStatus() == QProcess::NormalExit) {
        EXPECT_EQ(child.exitCode(), 0) << child.readAllStandardError().toStdString();
    }
    return seen + child.readAllStandardOutput();
}

/// Every row of every table of a diary (but SQLite's own), one line per row in rowid
/// order, read through a plain connection. `columns` chooses the columns per table (all
/// of every table when empty) and is filled with what was read.
std::string rowsOf(const QString& path, QMap<QString, QStringList>* columns)
{
    QString rows;
    const QString name = QStringLiteral("rows");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        EXPECT_TRUE(db.open());
        QSqlQuery q(db);
        QStringList tables;
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                          "AND name NOT LIKE 'sqlite%' ORDER BY name")));
        while (q.next())
            tables << q.value(0).toString();
        if (!columns->isEmpty())
            tables = columns->keys();
        for (const QString& table : tables) {
            QStringList& names = (*columns)[table];
            if (names.isEmpty()) {
                EXPECT_TRUE(q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)));
                while (q.next())
                    names << q.value(1).toString();
            }
            if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid")
                            .arg(names.join(u','), table))) {
                rows += table + QStringLiteral(": ") + q.lastError().text() + u'\n';
                continue;
            }
            while (q.next()) {
                QStringList row;
                for (int i = 0; i < names.size(); ++i)
                    row << (q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString());
                rows += table + QStringLiteral(": ") + row.join(QStringLiteral(" | ")) + u'\n';
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows.toStdString();
}

/// PRAGMA user_version of a closed diary.
int versionOf(const QString& path)
{
    int version = -1;
    const QString name = QStringLiteral("version");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                version = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

/// Puts a copy of `source` at `path`, with none of the side files of an earlier diary there.
void placeCopy(const QString& source, const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal", ".lock"})
        QFile::remove(path + QLatin1String(suffix));
    ASSERT_TRUE(QFile::copy(source, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

/// A diary's content as a bundle, from a copy of it (the file itself stays as it is).
Bundle contentOf(const QString& path, const TempFolder& folder)
{
    const QString copy = folder.path(QStringLiteral("content-copy.sqlite"));
    placeCopy(path, copy);
    auto diary = Diary::open(copy);
    EXPECT_TRUE(diary.ok()) << diary.error().message.toStdString();
    if (!diary)
        return {};
    auto bundle = diary.value()->toBundle();
    EXPECT_TRUE(bundle.ok());
    return bundle.ok() ? bundle.value() : Bundle{};
}

/// Makes a closed diary at `path` holding `bundle`.
void makeDiary(const QString& path, const Bundle& bundle)
{
    auto diary = Diary::open(path);
    ASSERT_TRUE(diary.ok()) << diary.error().message.toStdString();
    ASSERT_TRUE(diary.value()->importBundle(bundle).ok());
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
        ASSERT_TRUE(stored.contains(it.key()))
            << "lost " << it.key().toString(Qt::ISODate).toStdString();
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
    const ProcessResult whole =
        runCli({QStringLiteral("import"), bundlePath, QStringLiteral("--db"),
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

/// Kills the opening of a diary of an older schema (checks, a backup, the migration, the
/// alerts recomputed under clinical rules version 2) at random moments: it always opens
/// afterwards at the latest version, with every row of the fixture's entries, episode and
/// sessions, and every backup is a whole copy of the old diary.
void killMigrations(const QString& fixtureName, int fixtureVersion, int entries, int sessions)
{
    TempFolder folder;
    const QString fixture = dataPath(fixtureName);
    ASSERT_EQ(versionOf(fixture), fixtureVersion);
    QMap<QString, QStringList> columns;
    rowsOf(fixture, &columns);
    columns.remove(QStringLiteral("alert")); // recomputed by the upgrade
    const auto fixtureRows = rowsOf(fixture, &columns);
    ASSERT_EQ(columns.keys(), (QStringList{QStringLiteral("entry"), QStringLiteral("episode"),
                                           QStringLiteral("session")}));
    ASSERT_EQ(QString::fromStdString(fixtureRows).count(QStringLiteral("entry: ")), entries);
    ASSERT_EQ(QString::fromStdString(fixtureRows).count(QStringLiteral("session: ")), sessions);

    // How long opening the version-1 diary takes here (checks, a backup, the migration):
    // the kills land anywhere in it and a little after.
    qint64 openUs = 0;
    for (int i = 0; i < 3; ++i) {
        const QString path = folder.path(QStringLiteral("measure-%1/diary.sqlite").arg(i));
        ASSERT_TRUE(QDir().mkpath(QFileInfo(path).absolutePath()));
        placeCopy(fixture, path);
        const qint64 us = measure({QStringLiteral("--open"), path}, "opening", "opened");
        ASSERT_GT(us, 0);
        openUs = std::max(openUs, us);
        ASSERT_EQ(versionOf(path), Database::latestSchemaVersion());
    }
    const int rounds = std::max(10, killCount(50) * 3 / 10);
    QRandomGenerator random(1121);
    int killedWhileOpening = 0, migratedAgain = 0;
    for (int round = 0; round < rounds; ++round) {
        const QString path = folder.path(QStringLiteral("round-%1/diary.sqlite").arg(round));
        ASSERT_TRUE(QDir().mkpath(QFileInfo(path).absolutePath()));
        placeCopy(fixture, path);
        const QByteArray said =
            killAtRandom({QStringLiteral("--open"), path}, "opening", openUs * 5 / 4, random);
        if (!said.contains("opened\n"))
            ++killedWhileOpening;
        const QString backupFolder =
            QFileInfo(path).absolutePath() + QStringLiteral("/diary-backups");
        const auto backupsIn = [&] {
            return QDir(backupFolder).entryList({QStringLiteral("*.sqlite")}, QDir::Files);
        };
        const qsizetype backupsBefore = backupsIn().size();

        // It opens, at the latest version, with every row of the fixture.
        {
            auto diary = Diary::open(path);
            ASSERT_TRUE(diary.ok())
                << "after kill " << round << ": " << diary.error().message.toStdString();
            EXPECT_EQ(diary.value()->database().schemaVersion(), Database::latestSchemaVersion());
        }
        EXPECT_EQ(rowsOf(path, &columns), fixtureRows) << "after kill " << round;
        // The alerts were recomputed under clinical rules version 2, once.
        EXPECT_EQ(
            scalarOf(path,
                     QStringLiteral(
                         "SELECT count(*) FROM pending WHERE task = 'recompute-alerts-rules-v2'")),
            QStringLiteral("0"))
            << "after kill " << round;
        EXPECT_NE(scalarOf(path, QStringLiteral("SELECT count(*) FROM alert")), QStringLiteral("0"))
            << "after kill " << round;
        ASSERT_EQ(integrityOf(path), QStringLiteral("ok")) << "after kill " << round;
        // Every backup there is a whole copy of the version-1 diary: none half-written.
        const QStringList backups = backupsIn();
        ASSERT_FALSE(backups.isEmpty());
        for (const QString& name : backups) {
            const QString backup = backupFolder + QLatin1Char('/') + name;
            EXPECT_EQ(integrityOf(backup), QStringLiteral("ok")) << name.toStdString();
            EXPECT_EQ(versionOf(backup), fixtureVersion) << name.toStdString();
            EXPECT_EQ(rowsOf(backup, &columns), fixtureRows) << name.toStdString();
        }
        if (backups.size() > backupsBefore)
            ++migratedAgain;
    }
    EXPECT_GT(killedWhileOpening, 0); // some kills did interrupt the open
    ::testing::Test::RecordProperty("kills", rounds);
    ::testing::Test::RecordProperty("open_us", static_cast<int>(openUs));
    ::testing::Test::RecordProperty("killed_while_opening", killedWhileOpening);
    ::testing::Test::RecordProperty("migrated_again_on_reopen", migratedAgain);
}

TEST(KillTest, AMigrationFromSchema1KilledAtARandomMomentLeavesADiaryThatOpensWithEveryRow)
{
    killMigrations(QStringLiteral("fixtures/diary-v1.sqlite"), 1, 3, 2);
}

TEST(KillTest, AMigrationFromSchema2KilledAtARandomMomentLeavesADiaryThatOpensWithEveryRow)
{
    killMigrations(QStringLiteral("fixtures/diary-v2.sqlite"), 2, 20, 3);
}

TEST(KillTest, ARestoreKilledAtARandomMomentLeavesTheOldDiaryOrTheRestoredOneNeverAMix)
{
    TempFolder folder;
    // The diary as it is before each restore, and two backups restored in turn: the
    // version-1 fixture (checked and upgraded on a copy first) and another diary. The same
    // diary and backup folder serve every round, so whatever a killed restore left behind
    // meets the next one.
    const QString old = folder.path(QStringLiteral("old.sqlite"));
    makeDiary(old, generateWeeks8(3));
    const QString other = folder.path(QStringLiteral("other.sqlite"));
    makeDiary(other, generateWeeks8(11));
    const QString fixture = folder.path(QStringLiteral("fixture-v1.sqlite"));
    placeCopy(dataPath(QStringLiteral("fixtures/diary-v1.sqlite")), fixture);
    const QStringList sources = {fixture, other};
    const Bundle oldContent = contentOf(old, folder);
    ASSERT_FALSE(oldContent.entries.isEmpty());

    const QString path = folder.path(QStringLiteral("diary.sqlite"));
    QList<Bundle> restoredContent;
    qint64 restoreUs = 0;
    for (const QString& source : sources) {
        placeCopy(old, path);
        const qint64 us =
            measure({QStringLiteral("--restore"), path, source}, "restoring", "restored");
        ASSERT_GT(us, 0);
        restoreUs = std::max(restoreUs, us);
        restoredContent << contentOf(path, folder);
        ASSERT_NE(restoredContent.last(), oldContent);
    }
    ASSERT_EQ(restoredContent[0].entries.size(), 3);

    const int rounds = std::max(10, killCount(50) * 3 / 5);
    QRandomGenerator random(2111);
    int stayedOld = 0, restored = 0;
    for (int round = 0; round < rounds; ++round) {
        const int which = round % 2;
        placeCopy(old, path);
        killAtRandom({QStringLiteral("--restore"), path, sources[which]}, "restoring",
                     restoreUs * 5 / 4, random);

        auto diary = Diary::open(path);
        ASSERT_TRUE(diary.ok()) << "after kill " << round << ": "
                                << diary.error().message.toStdString();
        const auto content = diary.value()->toBundle();
        ASSERT_TRUE(content.ok()) << content.error().message.toStdString();
        if (content.value() == oldContent)
            ++stayedOld;
        else if (content.value() == restoredContent[which])
            ++restored;
        else
            ADD_FAILURE() << "after kill " << round
                          << ": neither the old diary nor the restored one ("
                          << content->entries.size() << " entries)";
        // Every backup listed is whole: none half-written.
        for (const BackupInfo& b : diary.value()->backups())
            EXPECT_EQ(integrityOf(b.path), QStringLiteral("ok")) << b.path.toStdString();
        diary.value().reset();
        ASSERT_EQ(integrityOf(path), QStringLiteral("ok")) << "after kill " << round;
    }
    EXPECT_GT(stayedOld, 0); // some kills came before the restore was done
    RecordProperty("kills", rounds);
    RecordProperty("restore_us", static_cast<int>(restoreUs));
    RecordProperty("stayed_old", stayedOld);
    RecordProperty("restored", restored);
}
