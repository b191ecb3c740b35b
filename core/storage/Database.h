// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <functional>
#include <memory>

class QLockFile;
class QSqlDatabase;
class QSqlError;
class QSqlQuery;

namespace backlog {

/// One backup copy of a diary.
struct BackupInfo
{
    QString path;
    QDateTime created; ///< local time, from the file name
    QString reason;    ///< "daily", "before-restore", "before-upgrade-v1-to-v2", ...
    /// The order in which the backups of the diary were made (1, 2, ...): what pruning
    /// goes by, never the clock. 0 for a backup named before the order was kept.
    int order = 0;
    /// Named after the diary's name without its extension, before backups were keyed to
    /// the whole file name: listed, never pruned (it may be another diary's).
    bool legacy = false;
};

/// One diary: a SQLite file opened through Qt SQL, checked, locked and migrated.
///
/// Opening refuses (and never modifies) a file that is damaged, foreign, of a newer
/// schema, read-only or open in another copy of BackLog. Saves are durable when they
/// return (WAL journal, synchronous=FULL). The file, its backups and its lock file are
/// readable by the user only.
class Database
{
public:
    /// "BKLG": marks a SQLite file as a BackLog diary (PRAGMA application_id).
    static constexpr quint32 kApplicationId = 0x424B4C47;

    struct Options
    {
        bool create = true;        ///< create a new diary when the file does not exist
        bool createFolder = false; ///< create a missing folder (the default location)
        /// Read only (an export): no lock is taken, so it works while the app has the diary
        /// open; nothing is written, not even a side file where the folder cannot be
        /// written (an immutable read). A diary that needs an upgrade is refused.
        bool readOnly = false;
    };
    bool isReadOnly() const { return m_readOnly; }

    static Result<std::unique_ptr<Database>> open(const QString& path, Options options);
    static Result<std::unique_ptr<Database>> open(const QString& path)
    {
        return open(path, Options{});
    }
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Takes the lock of the diary at `path` (its lock file, PATH.lock): one copy of
    /// BackLog per diary. Refused, saying so, while another process holds it.
    static Result<std::unique_ptr<QLockFile>> lockDiary(const QString& path);

    /// The newest schema version this build knows.
    static int latestSchemaVersion();
    /// The default diary path: AppDataLocation/diary.backlog.
    static QString defaultPath();

    const QString& path() const { return m_path; }
    /// What opening did that the user should know of (a diary readable by others made
    /// private, or a failure to do so); empty when nothing.
    const QString& notice() const { return m_notice; }
    int schemaVersion() const;
    /// The Qt SQL connection (for repositories in core only).
    QSqlDatabase connection() const;
    /// Folder holding this diary's backups.
    QString backupFolder() const { return backupFolderOf(m_path); }
    /// Folder holding the backups of the diary at `path` (which need not open).
    static QString backupFolderOf(const QString& path);

    /// Writes a consistent copy of the diary to `target` (mode 0600). The copy is made
    /// beside it and renamed into place when whole: an interruption never leaves half a
    /// copy under the target's name.
    Status copyTo(const QString& target) const;
    /// Writes a backup into backupFolder() named after the diary's file name, the time,
    /// `reason` and the order of making; returns its path. Backups of the same kind made
    /// before (before-import, before-restore, before-upgrade) beyond the last 5 are
    /// removed; daily ones are pruned by dailyBackup(), manual ones never.
    Result<QString> backup(const QString& reason) const;
    /// Makes the day's backup unless one was made on `today`, then keeps the `keep` daily
    /// backups made last (by the order of making, never by the clock). The path of the
    /// backup made, or empty when none was needed.
    Result<QString> dailyBackup(const QDate& today, int keep) const;
    /// Every backup of the diary at `path` (which need not open), newest first: those
    /// named after its whole file name, and those of before that naming (legacy).
    static QList<BackupInfo> backupsOf(const QString& path);
    /// How many backups of each kind other than daily and manual are kept.
    static constexpr int kKeepEachKind = 5;
    /// How many daily backups are kept unless dailyBackup() is told otherwise.
    static constexpr int kKeepDaily = 7;

    /// Runs `body` in one transaction: all or nothing.
    [[nodiscard]] Status transaction(const std::function<Status()>& body);

    /// Records a task an upgrade leaves to do (table `pending`); no change when recorded.
    [[nodiscard]] Status addPending(const QString& task);
    /// Whether an upgrade left the task `task` to do (table `pending`).
    [[nodiscard]] Result<bool> hasPending(const QString& task);
    /// Records that `task` is done; call inside a transaction.
    [[nodiscard]] Status clearPending(const QString& task);
    /// Replaces the episode, entries, sessions and alerts with those of the diary file at
    /// `source` (checked and of this schema), in one transaction: all or nothing.
    [[nodiscard]] Status replaceContentWith(const QString& source,
                                            const std::function<Status()>& alsoInTransaction);

    /// The statement `sql`, prepared once on this diary's connection and kept for reuse,
    /// for statements run many times (saving an entry during an import: preparing costs
    /// more than running). Valid until the diary is closed; bind values anew each time.
    QSqlQuery& preparedQuery(const QString& sql);

    /// A message for a failed SQL statement, naming the diary.
    QString sqlError(const QString& what, const QString& detail) const;
    /// A message for a failed SQL statement, naming the diary; a failed write (a full
    /// disk, a file size limit, a failing device) is called that.
    QString sqlError(const QString& what, const QSqlError& error) const;
    /// True when SQLite could not write: SQLITE_FULL, or an I/O error other than a read.
    static bool isWriteFailure(const QSqlError& error);

private:
    Database() = default;
    /// Removes a lock file left without an owner by a process killed while making it.
    static bool clearOwnerlessLock(QLockFile& lock);
    Status migrate(int from);
    static Result<std::unique_ptr<Database>> openReadOnly(const QString& path, bool exists);
    /// Writes a backup named after `reason` and the order after those in `existing` (this
    /// diary's backups as listed before); then keeps `keep` of its kind, the new one
    /// among them (all when `keep` < 1).
    Result<QString> makeBackup(const QString& reason, const QList<BackupInfo>& existing,
                               int keep) const;

    QString m_path;
    QString m_notice;
    bool m_readOnly = false;
    QString m_connectionName;
    std::unique_ptr<QLockFile> m_lock;
    int m_identityLock = -1; ///< flock()ed descriptor of the diary file itself
    struct Statements;
    std::unique_ptr<Statements> m_statements; ///< of preparedQuery(); last, see ~Database
};

} // namespace backlog
