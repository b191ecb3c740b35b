// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>
#include <QUuid>
#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <unordered_map>

namespace backlog {
namespace {

/// Health data is the user's alone: a diary (or a side file of it) that others may read
/// is made 0600. Says what was done, or that it could not be done (a warning: the diary
/// still opens); empty when the files were private already.
QString makePrivate(const QString& path)
{
    QStringList tightened;
    QStringList failed;
    for (const char* side : {"", "-wal", "-shm", "-journal"}) {
        const QString file = path + QLatin1String(side);
        struct stat st;
        if (::lstat(QFile::encodeName(file).constData(), &st) != 0 || !S_ISREG(st.st_mode))
            continue;
        if ((st.st_mode & 077) == 0)
            continue;
        if (::chmod(QFile::encodeName(file).constData(), S_IRUSR | S_IWUSR) == 0)
            tightened << QDir::toNativeSeparators(file);
        else
            failed << QStringLiteral("%1 (%2)").arg(QDir::toNativeSeparators(file),
                                                    QString::fromLocal8Bit(std::strerror(errno)));
    }
    QStringList notes;
    if (!tightened.isEmpty())
        notes << QCoreApplication::translate("Database",
                                             "Other users could read %1; it is now readable by "
                                             "you alone.")
                     .arg(tightened.join(QStringLiteral(", ")));
    if (!failed.isEmpty())
        notes << QCoreApplication::translate("Database",
                                             "Warning: other users can read %1, and it could not "
                                             "be made private.")
                     .arg(failed.join(QStringLiteral(", ")));
    return notes.join(u' ');
}

constexpr QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions kOwnerOnlyFolder =
    QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

QString newConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("backlog-%1").arg(counter.fetch_add(1));
}

quint32 bigEndian32(const QByteArray& bytes, int offset)
{
    quint32 v = 0;
    for (int i = 0; i < 4; ++i)
        v = (v << 8) | static_cast<unsigned char>(bytes.at(offset + i));
    return v;
}

/// The migration scripts, numbered from 1, from the resources.
QStringList migrationScripts()
{
    QStringList scripts;
    for (int n = 1;; ++n) {
        QDir dir(QStringLiteral(":/migrations"));
        const QStringList matches =
            dir.entryList({QStringLiteral("%1_*.sql").arg(n, 3, 10, QLatin1Char('0'))});
        if (matches.isEmpty())
            break;
        QFile file(dir.filePath(matches.first()));
        if (!file.open(QIODevice::ReadOnly))
            break;
        scripts << QString::fromUtf8(file.readAll());
    }
    return scripts;
}

/// Statements of a migration script: separated by a semicolon ending a line; comment
/// lines are dropped.
QStringList statementsOf(const QString& script)
{
    QStringList statements;
    QString current;
    for (const QString& line : script.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("--")) || trimmed.isEmpty())
            continue;
        current += line + QLatin1Char('\n');
        if (trimmed.endsWith(QLatin1Char(';'))) {
            statements << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

/// Checks a file that should be a diary without opening it through SQLite.
Status inspectFile(const QString& path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return badInput(
            QCoreApplication::translate("Database", "%1: is a folder, not a diary file").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return badInput(QCoreApplication::translate("Database", "%1: cannot be read (%2)")
                            .arg(path, file.errorString()));
    const qint64 size = file.size();
    if (size == 0)
        return badInput(QCoreApplication::translate(
                            "Database",
                            "%1: the file is empty (0 bytes): it is not a BackLog diary, or it "
                            "was truncated")
                            .arg(path));
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return badInput(QCoreApplication::translate(
                            "Database",
                            "%1: not a BackLog diary: the file is not a SQLite database (it is "
                            "damaged or another kind of file)")
                            .arg(path));
    quint32 pageSize = (static_cast<unsigned char>(header.at(16)) << 8) |
                       static_cast<unsigned char>(header.at(17));
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return badInput(
            QCoreApplication::translate(
                "Database", "%1: the diary is damaged: its header is corrupt (page size %2)")
                .arg(path, QString::number(pageSize)));
    if (size % pageSize != 0)
        return badInput(QCoreApplication::translate(
                            "Database",
                            "%1: the diary is damaged: its size (%2 bytes) is not a whole number "
                            "of pages; it may have been truncated")
                            .arg(path, QString::number(size)));
    const quint32 pages = bigEndian32(header, 28);
    const bool pageCountValid = bigEndian32(header, 92) == bigEndian32(header, 96);
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (pageCountValid && !(wal.exists() && wal.size() > 0) &&
        static_cast<qint64>(pages) * pageSize > size)
        return badInput(QCoreApplication::translate(
                            "Database",
                            "%1: the diary is damaged: it holds %2 bytes of the %3 it should; it "
                            "was truncated")
                            .arg(path, QString::number(size),
                                 QString::number(static_cast<qint64>(pages) * pageSize)));
    const quint32 appId = bigEndian32(header, 68);
    if (appId != Database::kApplicationId)
        return badInput(QCoreApplication::translate(
                            "Database",
                            "%1: not a BackLog diary: it is a SQLite database of another "
                            "application")
                            .arg(path));
    const quint32 version = bigEndian32(header, 60);
    if (version > static_cast<quint32>(Database::latestSchemaVersion()))
        return badInput(QCoreApplication::translate(
                            "Database",
                            "%1: the diary was written by a newer version of BackLog (diary "
                            "version %2; this version reads up to %3). Open it with the newer "
                            "version, or restore a backup.")
                            .arg(path, QString::number(version),
                                 QString::number(Database::latestSchemaVersion())));
    return {};
}

/// SQLITE_READONLY_ROLLBACK: a read-only connection met a hot journal, what a write
/// transaction in rollback-journal mode leaves when it is interrupted (a crash, a kill,
/// e.g. while an older diary is switched to WAL on its first open here).
constexpr int kSqliteReadOnlyRollback = 776;

/// What SQLite's quick check of a file found.
struct CheckOutcome
{
    bool opened = false;
    QSqlError error;      ///< of the open or of the check itself, when it failed
    QStringList problems; ///< what the check reported; empty when the file is whole
};

/// Runs `PRAGMA quick_check` on `db`: the problems found (none when it says "ok"); sets
/// `error` when the check itself failed.
QStringList quickCheckProblems(const QSqlDatabase& db, QSqlError* error)
{
    QSqlQuery q(db);
    // quick_check: every page and record is read and checked (what damage breaks); only
    // the index-to-table cross-check of integrity_check is left out.
    if (!q.exec(QStringLiteral("PRAGMA quick_check(5)"))) {
        *error = q.lastError();
        return {q.lastError().text()};
    }
    QStringList problems;
    while (q.next())
        problems << q.value(0).toString();
    if (problems == QStringList{QStringLiteral("ok")})
        return {};
    if (problems.isEmpty())
        problems << QCoreApplication::translate("Database", "no answer from the integrity check");
    return problems;
}

CheckOutcome runQuickCheck(const QString& path, bool readOnly)
{
    CheckOutcome outcome;
    const QString name = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        outcome.opened = db.open();
        if (!outcome.opened) {
            outcome.error = db.lastError();
        } else {
            outcome.problems = quickCheckProblems(db, &outcome.error);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return outcome;
}

/// Runs SQLite's own integrity check through a read-only connection. A refused file is
/// left as it was found: side files the check created (-wal, -shm) are removed again.
Status checkIntegrity(const QString& path)
{
    const QStringList sideFiles = {path + QStringLiteral("-wal"), path + QStringLiteral("-shm")};
    QStringList createdByCheck;
    for (const QString& f : sideFiles)
        if (!QFileInfo::exists(f))
            createdByCheck << f;
    CheckOutcome outcome = runQuickCheck(path, true);
    if (outcome.error.nativeErrorCode().toInt() == kSqliteReadOnlyRollback) {
        // An interrupted transaction is not damage: roll it back as SQLite does on any
        // read-write open (the file returns to its last committed state), then check.
        runQuickCheck(path, false);
        outcome = runQuickCheck(path, true);
    }
    const bool refused = !outcome.opened || !outcome.problems.isEmpty();
    if (refused)
        for (const QString& f : createdByCheck)
            QFile::remove(f);
    if (refused && Database::isWriteFailure(outcome.error))
        return failure(QCoreApplication::translate(
                           "Database",
                           "%1: the diary cannot be opened: the disk is full or a file beside "
                           "it cannot be written (%2). The diary is unchanged; free some space "
                           "and try again.")
                           .arg(path, outcome.error.text()));
    if (!outcome.opened)
        return badInput(QCoreApplication::translate(
                            "Database", "%1: the diary is damaged: it cannot be opened (%2)")
                            .arg(path, outcome.error.text()));
    if (!outcome.problems.isEmpty())
        return badInput(QCoreApplication::translate("Database", "%1: the diary is damaged: %2")
                            .arg(path, outcome.problems.join(QStringLiteral("; "))));
    return {};
}

/// Removes what SQLite may have left beside a database file of ours that is about to be
/// made anew: a journal or WAL of an earlier, interrupted attempt would otherwise be
/// applied to the new file.
void removeSideFiles(const QString& path)
{
    for (const char* suffix : {"-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

int Database::latestSchemaVersion()
{
    static const int latest = static_cast<int>(migrationScripts().size());
    return latest;
}

QString Database::defaultPath()
{
    // Without a home folder there is no default place: Qt would make one relative to the
    // working folder, a whole tree in the wrong place.
    if (qEnvironmentVariableIsEmpty("HOME") && qEnvironmentVariableIsEmpty("XDG_DATA_HOME"))
        return {};
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/diary.sqlite");
}

Result<std::unique_ptr<Database>> Database::open(const QString& requestedPath, Options options)
{
    if (requestedPath.isEmpty())
        return badInput(qEnvironmentVariableIsEmpty("HOME")
                            ? QCoreApplication::translate(
                                  "Database", "HOME is not set, so there is no default place "
                                              "for the diary; set HOME, or name the diary with "
                                              "--db")
                            : QCoreApplication::translate("Database", "no diary file was given"));
    // A diary reached through a symbolic link is the file it leads to: the lock, the side
    // files and the backups are those of that file, whichever path names it.
    QString path = QFileInfo(requestedPath).absoluteFilePath();
    if (const QString real = QFileInfo(path).canonicalFilePath(); !real.isEmpty())
        path = real;
    const QFileInfo info(path);
    const QString folder = info.absolutePath();

    if (!QFileInfo(folder).isDir()) {
        if (!options.createFolder)
            return badInput(
                QCoreApplication::translate("Database", "%1: the folder %2 does not exist")
                    .arg(path, folder));
        if (!QDir().mkpath(folder))
            return failure(
                QCoreApplication::translate("Database", "%1: the folder %2 cannot be created")
                    .arg(path, folder));
        QFile::setPermissions(folder, kOwnerOnlyFolder);
    }

    const bool exists = info.exists();
    if (options.readOnly)
        return openReadOnly(path, exists);
    if (exists) {
        if (const Status s = inspectFile(path); !s)
            return s.error();
        if (!(info.permissions() & QFile::WriteOwner))
            return badInput(QCoreApplication::translate(
                                "Database",
                                "%1: the diary is read-only; BackLog needs to write to it. Make "
                                "it writable, or open a copy.")
                                .arg(path));
    } else if (!options.create) {
        return badInput(QCoreApplication::translate("Database", "%1: no such diary").arg(path));
    }
    if (!(QFileInfo(folder).permissions() & QFile::WriteOwner))
        return badInput(QCoreApplication::translate("Database", "%1: the folder %2 is read-only")
                            .arg(path, folder));

    std::unique_ptr<Database> db(new Database);
    db->m_path = path;

    // One copy of BackLog per diary (quality.md R5).
    auto lock = lockDiary(path);
    if (!lock)
        return lock.error();
    db->m_lock = std::move(lock.value());
    // The lock file is found by name; a hard link or a second mount of the same file has
    // another name. An flock() on the diary file itself is keyed to the file (its device
    // and inode), so every name of it shares this one. (SQLite's own locks are fcntl()
    // locks, which flock() does not touch; this descriptor stays open, and is closed
    // only after SQLite's connection, so it never drops them.)
    if (exists) {
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
        if (fd >= 0) {
            if (::flock(fd, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK) {
                ::close(fd);
                return badInput(QCoreApplication::translate(
                                    "Database",
                                    "%1: the diary is open in another copy of BackLog, under "
                                    "another name of the same file. Close it there first.")
                                    .arg(path));
            }
            db->m_identityLock = fd;
        }
    }

    if (exists) {
        if (const Status s = checkIntegrity(path); !s)
            return s.error();
        db->m_notice = makePrivate(path);
    } else {
        // Build the new diary beside its place and move it in when complete, so that an
        // interruption never leaves a half-made diary behind.
        const QString temporary = path + QStringLiteral(".new");
        QFile::remove(temporary);
        removeSideFiles(temporary);
        {
            QFile file(temporary);
            if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
                const QString why = file.errorString();
                QFile::remove(temporary);
                return failure(QCoreApplication::translate("Database", "%1: cannot be created (%2)")
                                   .arg(temporary, why));
            }
            file.setPermissions(kOwnerOnly);
        }
        std::unique_ptr<Database> fresh(new Database);
        fresh->m_path = path; // what its messages name; the connection is to the temporary file
        fresh->m_connectionName = newConnectionName();
        QString notOpened;
        {
            QSqlDatabase c =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), fresh->m_connectionName);
            c.setDatabaseName(temporary);
            if (c.open())
                QSqlQuery(c).exec(QStringLiteral("PRAGMA synchronous=FULL"));
            else
                notOpened = c.lastError().text();
        }
        if (!notOpened.isEmpty()) {
            // Nothing half-made is left behind: not the temporary file either.
            fresh.reset();
            QFile::remove(temporary);
            removeSideFiles(temporary);
            return failure(QCoreApplication::translate("Database", "%1: cannot be created (%2)")
                               .arg(temporary, notOpened));
        }
        if (const Status s = fresh->migrate(0); !s) {
            fresh.reset();
            QFile::remove(temporary);
            removeSideFiles(temporary);
            return s.error();
        }
        fresh.reset(); // closes the connection
        if (!QFile::rename(temporary, path)) {
            QFile::remove(temporary);
            return failure(
                QCoreApplication::translate("Database", "%1: cannot be created").arg(path));
        }
    }

    db->m_connectionName = newConnectionName();
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
        c.setDatabaseName(path);
        c.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!c.open())
            return failure(QCoreApplication::translate("Database", "%1: cannot be opened (%2)")
                               .arg(path, c.lastError().text()));
        QSqlQuery q(c);
        for (const char* pragma :
             {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
            if (!q.exec(QString::fromLatin1(pragma)))
                return failure(db->sqlError(QString::fromLatin1(pragma), q.lastError()));
        }
    }

    const int version = db->schemaVersion();
    if (version < latestSchemaVersion()) {
        const auto copy = db->backup(
            QStringLiteral("before-upgrade-v%1-to-v%2").arg(version).arg(latestSchemaVersion()));
        if (!copy)
            return copy.error();
        if (const Status s = db->migrate(version); !s)
            return s.error();
    }
    return db;
}

Result<std::unique_ptr<Database>> Database::openReadOnly(const QString& path, bool exists)
{
    if (!exists)
        return badInput(QCoreApplication::translate("Database", "%1: no such diary").arg(path));
    if (const Status s = inspectFile(path); !s)
        return s.error();
    std::unique_ptr<Database> db(new Database);
    db->m_path = path;
    db->m_readOnly = true;
    db->m_notice = makePrivate(path); // metadata only; a warning where it cannot be done
    db->m_connectionName = newConnectionName();
    // While a copy of BackLog has the diary open, its write-ahead log exists and SQLite
    // reads through it (the folder must then be writable, as it is for that copy). A
    // diary no one has open (no log beside it), or one on a read-only mount, is read as
    // immutable: SQLite then makes no side file at all, so the folder is left as it was.
    const bool folderWritable =
        QFileInfo(QFileInfo(path).absolutePath()).permissions() & QFile::WriteOwner &&
        ::access(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), W_OK) == 0;
    const bool inUse = QFileInfo::exists(path + QStringLiteral("-wal"));
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
        if (folderWritable && inUse) {
            c.setDatabaseName(path);
            c.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        } else {
            c.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) +
                              QStringLiteral("?immutable=1"));
            c.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        }
        if (!c.open())
            return failure(QCoreApplication::translate("Database", "%1: cannot be opened (%2)")
                               .arg(path, c.lastError().text()));
    }
    // The same check as a writer's open, on this read-only connection.
    QSqlError checkError;
    if (const QStringList problems = quickCheckProblems(db->connection(), &checkError);
        !problems.isEmpty())
        return badInput(QCoreApplication::translate("Database", "%1: the diary is damaged: %2")
                            .arg(path, problems.join(QStringLiteral("; "))));
    const int version = db->schemaVersion();
    if (version < latestSchemaVersion())
        return badInput(QCoreApplication::translate(
                            "Database",
                            "%1: the diary was written by an older version of BackLog and needs "
                            "an upgrade; open it in BackLog once, then export it")
                            .arg(path));
    return db;
}

/// Prepared statements kept for reuse, by their SQL.
struct Database::Statements
{
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> bySql;
};

Result<std::unique_ptr<QLockFile>> Database::lockDiary(const QString& path)
{
    const QString lockPath = path + QStringLiteral(".lock");
    auto lock = std::make_unique<QLockFile>(lockPath);
    lock->setStaleLockTime(0); // stale only when its process is gone
    bool locked = lock->tryLock(0);
    if (!locked && lock->error() == QLockFile::LockFailedError && clearOwnerlessLock(*lock))
        locked = lock->tryLock(0);
    if (!locked) {
        if (lock->error() == QLockFile::LockFailedError) {
            qint64 pid = 0;
            QString host, app;
            lock->getLockInfo(&pid, &host, &app);
            return badInput(
                QCoreApplication::translate(
                    "Database", "%1: the diary is open in another copy of BackLog (process %2 on "
                                "%3). Close it there first.")
                    .arg(path, QString::number(pid),
                         host.isEmpty() ? QCoreApplication::translate("Database", "this computer")
                                        : host));
        }
        if (lock->error() == QLockFile::UnknownError) // it could not be written
            return failure(QCoreApplication::translate(
                               "Database",
                               "%1: the lock file %2 cannot be written: the disk is full or "
                               "the folder cannot be written to. The diary is unchanged; free "
                               "some space and try again.")
                               .arg(path, lockPath));
        return failure(
            QCoreApplication::translate("Database", "%1: the lock file %2 cannot be created")
                .arg(path, lockPath));
    }
    QFile::setPermissions(lockPath, kOwnerOnly);
    return lock;
}

bool Database::clearOwnerlessLock(QLockFile& lock)
{
    // QLockFile creates the file, takes its flock() and then writes the process id into
    // it; a copy of BackLog killed in between leaves a lock file with no owner in it,
    // which QLockFile never calls stale (it cannot tell whose process is gone), so the
    // diary would stay locked for good. Such a file is given a moment to be written, in
    // case a copy starting right now is in that gap; if it is still empty then,
    // removeStaleLockFile() takes it away unless a live process holds its flock().
    qint64 pid = 0;
    QString host, app;
    if (lock.getLockInfo(&pid, &host, &app))
        return false; // it names its owner: QLockFile has judged it
    const QString lockPath = lock.fileName();
    constexpr qint64 kSettleMs = 200;
    const qint64 age = QFileInfo(lockPath).lastModified().msecsTo(QDateTime::currentDateTime());
    if (age < kSettleMs)
        QThread::msleep(static_cast<unsigned long>(kSettleMs - std::max<qint64>(age, 0)));
    if (lock.getLockInfo(&pid, &host, &app) || !QFileInfo::exists(lockPath))
        return !QFileInfo::exists(lockPath);
    return lock.removeStaleLockFile();
}

Database::~Database()
{
    m_statements.reset(); // no query may outlive the connection
    if (!m_connectionName.isEmpty()) {
        {
            QSqlDatabase c = QSqlDatabase::database(m_connectionName, false);
            c.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    if (m_identityLock >= 0)
        ::close(m_identityLock);
    if (m_lock)
        m_lock->unlock();
}

QSqlQuery& Database::preparedQuery(const QString& sql)
{
    if (!m_statements)
        m_statements = std::make_unique<Statements>();
    std::unique_ptr<QSqlQuery>& query = m_statements->bySql[sql];
    if (!query) {
        query = std::make_unique<QSqlQuery>(connection());
        query->prepare(sql); // a failure shows when the statement is run
    }
    return *query;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QString Database::backupFolderOf(const QString& path)
{
    const QFileInfo info(path);
    return info.absolutePath() + QLatin1Char('/') + info.completeBaseName() +
           QStringLiteral("-backups");
}

QString Database::sqlError(const QString& what, const QString& detail) const
{
    return QCoreApplication::translate("Database", "%1: %2 failed (%3)").arg(m_path, what, detail);
}

QString Database::sqlError(const QString& what, const QSqlError& error) const
{
    if (isWriteFailure(error))
        return QCoreApplication::translate(
                   "Database", "%1: %2 failed: the disk is full or the file cannot be written "
                               "(%3). Nothing was changed; free some space and try again.")
            .arg(m_path, what, error.text());
    return sqlError(what, error.text());
}

bool Database::isWriteFailure(const QSqlError& error)
{
    // Qt's SQLite driver reports SQLite's extended result codes: the primary code in the
    // low byte, the kind of I/O error above it. A failed COMMIT comes without its code
    // (QSqlDatabase::commit() keeps only SQLite's message, whose texts are fixed).
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (!ok)
        return error.databaseText().contains(QLatin1String("database or disk is full")) ||
               error.databaseText().contains(QLatin1String("disk I/O error"));
    constexpr int kFull = 13, kIoError = 10, kIoErrorRead = 1, kIoErrorShortRead = 2;
    if ((code & 0xff) == kFull)
        return true;
    return (code & 0xff) == kIoError && (code >> 8) != kIoErrorRead &&
           (code >> 8) != kIoErrorShortRead;
}

Status Database::copyTo(const QString& target) const
{
    const QString part = target + QStringLiteral(".part");
    QFile::remove(part);
    {
        QFile file(part);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return failure(QCoreApplication::translate("Database", "%1: cannot be created (%2)")
                               .arg(part, file.errorString()));
        file.setPermissions(kOwnerOnly);
    }
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(part);
    if (!q.exec()) {
        QFile::remove(part);
        return failure(sqlError(
            QCoreApplication::translate("Database", "copying to %1").arg(target), q.lastError()));
    }
    QFile::setPermissions(part, kOwnerOnly);
    if (!QFile::rename(part, target)) {
        QFile::remove(part);
        return failure(
            QCoreApplication::translate("Database", "%1: cannot be created").arg(target));
    }
    return {};
}

namespace {

/// The kind a backup is pruned with: "before-upgrade-v1-to-v3" is a "before-upgrade".
QString backupKind(const QString& reason)
{
    return reason.startsWith(QLatin1String("before-upgrade")) ? QStringLiteral("before-upgrade")
                                                              : reason;
}

/// Of the backups of `kind` in `existing` (listed before a new one of that kind was made),
/// removes all but the `keep` made last (by order; legacy ones are never removed).
void pruneBackups(const QList<BackupInfo>& existing, const QString& kind, int keep)
{
    QList<BackupInfo> ofKind;
    for (const BackupInfo& b : existing)
        if (!b.legacy && backupKind(b.reason) == kind)
            ofKind << b;
    std::sort(ofKind.begin(), ofKind.end(),
              [](const BackupInfo& a, const BackupInfo& b) { return a.order > b.order; });
    for (qsizetype i = std::max(keep, 0); i < ofKind.size(); ++i)
        QFile::remove(ofKind[i].path);
}

} // namespace

QList<BackupInfo> Database::backupsOf(const QString& diaryPath)
{
    QList<BackupInfo> out;
    const QFileInfo diary(QFileInfo(diaryPath).absoluteFilePath());
    const QString name = diary.fileName();
    const QString legacyStem = diary.completeBaseName();
    // NAME-yyyyMMdd-HHmmss-REASON-nORDER.sqlite; before the order was kept, STEM (the
    // name without its extension) and no order, with an optional -2, -3 for uniqueness.
    static const QRegularExpression keyed(
        QStringLiteral("^(.*)-(\\d{8}-\\d{6})-([a-z0-9-]+?)-n(\\d+)\\.sqlite$"));
    static const QRegularExpression legacy(
        QStringLiteral("^(.*)-(\\d{8}-\\d{6})-([a-z0-9-]+?)(-\\d+)?\\.sqlite$"));
    const QDir dir(backupFolderOf(diary.absoluteFilePath()));
    for (const QString& file : dir.entryList({QStringLiteral("*.sqlite")}, QDir::Files)) {
        BackupInfo b;
        if (const auto m = keyed.match(file); m.hasMatch()) {
            if (m.captured(1) != name)
                continue;
            b = BackupInfo{dir.filePath(file),
                           QDateTime::fromString(m.captured(2), QStringLiteral("yyyyMMdd-HHmmss")),
                           m.captured(3), m.captured(4).toInt(), false};
        } else if (const auto l = legacy.match(file); l.hasMatch()) {
            if (l.captured(1) != legacyStem)
                continue;
            b = BackupInfo{dir.filePath(file),
                           QDateTime::fromString(l.captured(2), QStringLiteral("yyyyMMdd-HHmmss")),
                           l.captured(3), 0, true};
        } else {
            continue;
        }
        out << b;
    }
    // Newest first: by the order of making; legacy ones (order 0) by their time.
    std::sort(out.begin(), out.end(), [](const BackupInfo& a, const BackupInfo& b) {
        if (a.order != b.order)
            return a.order > b.order;
        return a.created != b.created ? a.created > b.created : a.path > b.path;
    });
    return out;
}

Result<QString> Database::backup(const QString& reason) const
{
    const QString kind = backupKind(reason);
    const int keep = kind == QLatin1String("manual")  ? -1 // never pruned
                     : kind == QLatin1String("daily") ? kKeepDaily
                                                      : kKeepEachKind;
    return makeBackup(reason, backupsOf(m_path), keep);
}

Result<QString> Database::makeBackup(const QString& reason, const QList<BackupInfo>& existing,
                                     int keep) const
{
    const QString folder = backupFolder();
    if (!QDir().mkpath(folder))
        return failure(
            QCoreApplication::translate("Database", "%1: the backup folder %2 cannot be created")
                .arg(m_path, folder));
    QFile::setPermissions(folder, kOwnerOnlyFolder);
    const QString name = QFileInfo(m_path).fileName();
    // Half a copy that an interrupted backup of this diary left (the diary is locked: no
    // other copy of BackLog is making one).
    const QDir dir(folder);
    for (const QString& part :
         dir.entryList({name + QStringLiteral("-*.sqlite.part")}, QDir::Files))
        QFile::remove(dir.filePath(part));
    int order = 0;
    for (const BackupInfo& b : existing)
        order = std::max(order, b.order);
    ++order;
    const QString target =
        folder + QLatin1Char('/') + name + QLatin1Char('-') +
        QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")) +
        QLatin1Char('-') + reason + QStringLiteral("-n%1.sqlite").arg(order);
    if (const Status s = copyTo(target); !s)
        return s.error();
    if (keep > 0) // the new one is the newest of its kind: keep - 1 of the others stay
        pruneBackups(existing, backupKind(reason), keep - 1);
    return target;
}

Result<QString> Database::dailyBackup(const QDate& today, int keep) const
{
    const QList<BackupInfo> existing = backupsOf(m_path); // the folder is read once
    for (const BackupInfo& b : existing)
        if (b.reason == QLatin1String("daily") && b.created.date() == today)
            return QString(); // made today already
    return makeBackup(QStringLiteral("daily"), existing, std::max(keep, 1));
}

Result<bool> Database::hasPending(const QString& task)
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM pending WHERE task = ?"));
    q.addBindValue(task);
    if (!q.exec() || !q.next())
        return failure(
            sqlError(QCoreApplication::translate("Diary", "reading what the upgrade left to do"),
                     q.lastError()));
    return q.value(0).toInt() > 0;
}

Status Database::addPending(const QString& task)
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO pending (task) VALUES (?)"));
    q.addBindValue(task);
    if (!q.exec())
        return failure(sqlError(
            QCoreApplication::translate("Diary", "recording what the upgrade leaves to do"),
            q.lastError()));
    return {};
}

Status Database::clearPending(const QString& task)
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("DELETE FROM pending WHERE task = ?"));
    q.addBindValue(task);
    if (!q.exec())
        return failure(
            sqlError(QCoreApplication::translate("Diary", "recording that the upgrade is complete"),
                     q.lastError()));
    return {};
}

Status Database::replaceContentWith(const QString& source,
                                    const std::function<Status()>& alsoInTransaction)
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("ATTACH DATABASE ? AS restored"));
    q.addBindValue(source);
    if (!q.exec())
        return failure(
            sqlError(QCoreApplication::translate("Diary", "reading the backup"), q.lastError()));
    const Status copied = transaction([&]() -> Status {
        QSqlQuery c(connection());
        for (const char* table : {"alert", "session", "entry", "episode"}) {
            if (!c.exec(QStringLiteral("DELETE FROM main.%1").arg(QLatin1String(table))))
                return failure(
                    sqlError(QCoreApplication::translate("Diary", "restoring"), c.lastError()));
        }
        for (const char* table : {"episode", "entry", "session", "alert"}) {
            if (!c.exec(QStringLiteral("INSERT INTO main.%1 SELECT * FROM restored.%1")
                            .arg(QLatin1String(table))))
                return failure(
                    sqlError(QCoreApplication::translate("Diary", "restoring"), c.lastError()));
        }
        return alsoInTransaction ? alsoInTransaction() : Status{};
    });
    QSqlQuery(connection()).exec(QStringLiteral("DETACH DATABASE restored"));
    return copied;
}

Status Database::transaction(const std::function<Status()>& body)
{
    QSqlDatabase c = connection();
    if (!c.transaction())
        return failure(sqlError(QCoreApplication::translate("Database", "starting a transaction"),
                                c.lastError()));
    const Status result = body();
    if (!result) {
        c.rollback();
        return result;
    }
    if (!c.commit()) {
        const QSqlError why = c.lastError();
        c.rollback();
        return failure(sqlError(QCoreApplication::translate("Database", "saving"), why));
    }
    return {};
}

Status Database::migrate(int from)
{
    // Every step in one transaction: an interruption leaves the diary at the version it
    // had (never between two steps), and its backup before the upgrade is that version.
    const QStringList scripts = migrationScripts();
    return transaction([&]() -> Status {
        QSqlQuery q(connection());
        for (int n = from + 1; n <= scripts.size(); ++n) {
            for (const QString& statement : statementsOf(scripts[n - 1])) {
                if (!q.exec(statement))
                    return failure(sqlError(
                        QCoreApplication::translate("Database", "upgrading the diary to version %1")
                            .arg(n),
                        q.lastError()));
            }
            if (!q.exec(QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId)) ||
                !q.exec(QStringLiteral("PRAGMA user_version=%1").arg(n)))
                return failure(sqlError(
                    QCoreApplication::translate("Database", "upgrading the diary to version %1")
                        .arg(n),
                    q.lastError()));
        }
        return {};
    });
}

} // namespace backlog
