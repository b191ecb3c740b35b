// SPDX-License-Identifier: GPL-3.0-or-later
#include "Diary.h"

#include "Dates.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QRegularExpression>
#include <QSet>

namespace backlog {
namespace {

constexpr QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;
/// The upgrade's note that alerts were found for past dates, until the patient has seen
/// them (clinical.md 7).
const QString kShowUpgradeHistory = QStringLiteral("show-alerts-found-on-upgrade");

/// Why a backup could not be copied to `target`: it cannot be read, or the copy cannot be
/// written.
Error copyFailure(const QString& backupPath, const QString& target)
{
    QFile source(backupPath);
    if (!source.open(QIODevice::ReadOnly))
        return badInput(
            QCoreApplication::translate("Diary", "%1: the backup cannot be read").arg(backupPath));
    return failure(QCoreApplication::translate(
                       "Diary", "%1: cannot be written: the disk is full or the folder cannot be "
                                "written to. Nothing was changed.")
                       .arg(target));
}

/// Moves the file at `path` and its SQLite side files aside, to a free name with the time
/// in it in the same folder; the caller holds the diary's lock. Empty when there is no file.
Result<QString> moveAsideLocked(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return QString();
    static const char* const kSideFiles[] = {"-wal", "-shm", "-journal"};
    const QString stem = info.absolutePath() + QLatin1Char('/') + info.completeBaseName() +
                         QStringLiteral("-set-aside-") +
                         QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    const auto taken = [](const QString& target) {
        if (QFileInfo::exists(target))
            return true;
        for (const char* side : kSideFiles)
            if (QFileInfo::exists(target + QLatin1String(side)))
                return true;
        return false;
    };
    QString target = stem + suffix;
    for (int n = 2; taken(target); ++n)
        target = stem + QStringLiteral("-%1").arg(n) + suffix;
    // The side files go with it: a WAL left here would be applied to the next diary of
    // this name.
    QStringList moved;
    for (const char* side : kSideFiles) {
        const QString from = path + QLatin1String(side);
        if (!QFileInfo::exists(from))
            continue;
        if (!QFile::rename(from, target + QLatin1String(side))) {
            for (const QString& s : moved)
                QFile::rename(target + s, path + s);
            return failure(QCoreApplication::translate("Diary", "%1: cannot be moved aside to %2")
                               .arg(from, target + QLatin1String(side)));
        }
        moved << QLatin1String(side);
    }
    if (!QFile::rename(path, target)) {
        for (const QString& s : moved)
            QFile::rename(target + s, path + s);
        return failure(QCoreApplication::translate("Diary", "%1: cannot be moved aside to %2")
                           .arg(path, target));
    }
    return target;
}

} // namespace

Diary::Diary(std::unique_ptr<Database> db)
    : m_db(std::move(db)), m_episodes(*m_db), m_entries(*m_db), m_sessions(*m_db), m_alerts(*m_db)
{}

Result<std::unique_ptr<Diary>> Diary::open(const QString& path, Database::Options options)
{
    auto db = Database::open(path, options);
    if (!db)
        return db.error();
    std::unique_ptr<Diary> diary(new Diary(std::move(db.value())));
    if (options.readOnly)
        return diary; // what the upgrade leaves to do waits for the app
    if (const Status s = diary->finishRulesUpgrade(QDate::currentDate()); !s)
        return s.error();
    return diary;
}

Status Diary::finishRulesUpgrade(const QDate& today)
{
    const QString task = QStringLiteral("recompute-alerts-rules-v2");
    const auto pending = m_db->hasPending(task);
    if (!pending)
        return pending.error();
    if (!pending.value())
        return {};
    // Clinical rules version 2 (clinical.md 7): the alerts are recomputed; an
    // acknowledgement is kept only where the alert's level did not become more urgent (the
    // engine drops the others); alerts found for dates before today are history.
    auto found = alertChangesNow(today);
    if (!found)
        return found.error();
    AlertChanges changes = std::move(found).value();
    // Added for a date before today: history. (One raised again at a more urgent level
    // asks again, clinical.md 4.4.)
    bool history = false;
    for (Alert& a : changes.added) {
        a.foundOnUpgrade = a.date < today;
        history = history || a.foundOnUpgrade;
    }
    return m_db->transaction([&]() -> Status {
        if (const Status s = storeAlertChanges(changes); !s)
            return s;
        if (history)
            if (const Status s = m_db->addPending(kShowUpgradeHistory); !s)
                return s;
        return m_db->clearPending(task);
    });
}

Result<bool> Diary::upgradeHistoryToShow()
{
    return m_db->hasPending(kShowUpgradeHistory);
}

Status Diary::upgradeHistoryShown()
{
    return m_db->clearPending(kShowUpgradeHistory);
}

Result<AlertChanges> Diary::alertChangesNow(const QDate& today)
{
    const auto episode = m_episodes.get();
    if (!episode)
        return episode.error();
    if (!episode.value())
        return AlertChanges{};
    const auto entries = m_entries.all();
    if (!entries)
        return entries.error();
    const auto sessions = m_sessions.all();
    if (!sessions)
        return sessions.error();
    const auto stored = m_alerts.all();
    if (!stored)
        return stored.error();
    const QDate asOf =
        std::max(today, defaultAsOf(*episode.value(), entries.value(), sessions.value()));
    return alertChanges(stored.value(), evaluate(*episode.value(), entries.value(),
                                                 sessions.value(), stored.value(), asOf));
}

Status Diary::recomputeAlerts(const QDate& today)
{
    const auto changes = alertChangesNow(today);
    if (!changes)
        return changes.error();
    return storeAlertChanges(changes.value());
}

Status Diary::storeAlertChanges(const AlertChanges& changes)
{
    for (const QList<Alert>* list : {&changes.added, &changes.changed})
        for (const Alert& a : *list)
            if (const Status s = m_alerts.save(a); !s)
                return s;
    for (const Alert& a : changes.withdrawn)
        if (const Status s = m_alerts.remove(a.rule, a.date); !s)
            return s;
    return {};
}

Status Diary::saveEntry(const DailyEntry& entry)
{
    return m_db->transaction([&] { return m_entries.save(entry); });
}

Result<Bundle> Diary::toBundle()
{
    const auto episode = m_episodes.get();
    if (!episode)
        return episode.error();
    if (!episode.value())
        return badInput(QCoreApplication::translate(
                            "Diary",
                            "%1: the diary has no episode yet; set it up in BackLog or import a "
                            "bundle first")
                            .arg(m_db->path()));
    Bundle b;
    b.episode = *episode.value();
    auto extras = m_episodes.bundleExtras();
    if (!extras)
        return extras.error();
    b.extraTop = extras.value().first;
    b.extraPatient = extras.value().second;
    auto entries = m_entries.all();
    if (!entries)
        return entries.error();
    b.entries = entries.value();
    auto sessions = m_sessions.all();
    if (!sessions)
        return sessions.error();
    b.sessions = sessions.value();
    for (Session& s : b.sessions)
        s.id = 0;
    auto alerts = m_alerts.all();
    if (!alerts)
        return alerts.error();
    b.alerts = alerts.value();
    return b;
}

Status Diary::importBundle(const Bundle& bundle, QStringList* warnings,
                           const std::function<Status()>& alsoInTransaction)
{
    return m_db->transaction([&]() -> Status {
        const auto current = m_episodes.get();
        if (!current)
            return current.error();
        if (!current.value()) {
            if (const Status s = m_episodes.save(bundle.episode); !s)
                return s;
            if (const Status s = m_episodes.saveBundleExtras(bundle.extraTop, bundle.extraPatient);
                !s)
                return s;
        } else if (!(*current.value() == bundle.episode) && warnings) {
            *warnings << QCoreApplication::translate(
                             "Diary",
                             "%1: the diary already has an episode (program start %2); it is kept, "
                             "and the bundle's episode header is not imported")
                             .arg(m_db->path(), isoDate(current.value()->programStart));
        }
        for (const DailyEntry& e : bundle.entries)
            if (const Status s = m_entries.save(e); !s)
                return s;
        if (const auto added = addNewSessions(bundle.sessions); !added)
            return added.error();
        // An acknowledgement already in the diary is never taken back by an import.
        const auto stored = m_alerts.all();
        if (!stored)
            return stored.error();
        QHash<QString, QDate> acknowledged;
        for (const Alert& a : stored.value())
            if (a.isAcknowledged())
                acknowledged.insert(a.rule + QLatin1Char('@') + isoDate(a.date), a.acknowledged);
        for (Alert a : bundle.alerts) {
            const QDate kept = acknowledged.value(a.rule + QLatin1Char('@') + isoDate(a.date));
            if (!a.isAcknowledged() && kept.isValid())
                a.acknowledged = kept;
            if (const Status s = m_alerts.save(a); !s)
                return s;
        }
        return alsoInTransaction ? alsoInTransaction() : Status{};
    });
}

namespace {

bool sameCsvColumns(const Session& a, const Session& b)
{
    return a.date == b.date && a.minutes == b.minutes && a.kind == b.kind &&
           a.therapist == b.therapist && a.shootingPain == b.shootingPain &&
           a.numbness == b.numbness && a.note == b.note;
}

} // namespace

Result<int> Diary::addNewSessions(const QList<Session>& sessions, bool csvColumnsOnly)
{
    const auto existing = m_sessions.all();
    if (!existing)
        return existing.error();
    QList<Session> present = existing.value();
    int added = 0;
    for (const Session& s : sessions) {
        bool duplicate = false;
        for (int i = 0; i < present.size(); ++i) {
            // A CSV row holds no unknown fields: it matches a stored session on what a
            // row can say.
            const bool same =
                csvColumnsOnly ? sameCsvColumns(present[i], s) : present[i].sameContent(s);
            if (same) {
                duplicate = true;
                present.removeAt(i); // each stored session matches once
                break;
            }
        }
        if (duplicate)
            continue;
        if (const auto id = m_sessions.add(s); !id)
            return id.error();
        ++added;
    }
    return added;
}

Status Diary::requireEpisode(const QString& message)
{
    const auto episode = m_episodes.get();
    if (!episode)
        return episode.error();
    if (!episode.value())
        return badInput(message.arg(m_db->path()));
    return {};
}

Result<EntriesImported> Diary::importEntries(const QList<DailyEntry>& entries,
                                             const std::function<Status()>& alsoInTransaction)
{
    EntriesImported done;
    const Status status = m_db->transaction([&]() -> Status {
        done = {};
        const Status episode = requireEpisode(QCoreApplication::translate(
            "Diary", "%1: the diary has no episode yet; daily entries can only be imported into a "
                     "diary that has one. Set the diary up in BackLog or import an exchange bundle "
                     "(.backlog.json) first"));
        if (!episode)
            return episode;
        const auto stored = m_entries.all();
        if (!stored)
            return stored.error();
        QSet<QDate> present;
        for (const DailyEntry& e : stored.value())
            present.insert(e.date);
        QSet<QDate> seen;
        for (const DailyEntry& e : entries) {
            if (seen.contains(e.date))
                return badInput(QCoreApplication::translate(
                                    "Diary", "%1: two entries for %2; one entry per date")
                                    .arg(m_db->path(), isoDate(e.date)));
            seen.insert(e.date);
            if (const Status s = m_entries.save(e); !s)
                return s;
            ++(present.contains(e.date) ? done.replaced : done.added);
        }
        return alsoInTransaction ? alsoInTransaction() : Status{};
    });
    if (!status)
        return status.error();
    return done;
}

Result<int> Diary::importSessions(const QList<Session>& sessions,
                                  const std::function<Status()>& alsoInTransaction)
{
    int added = 0;
    const Status status = m_db->transaction([&]() -> Status {
        const Status episode = requireEpisode(QCoreApplication::translate(
            "Diary", "%1: the diary has no episode yet; sessions can only be imported into a "
                     "diary that has one. Set the diary up in BackLog or import an exchange bundle "
                     "(.backlog.json) first"));
        if (!episode)
            return episode;
        const auto result = addNewSessions(sessions, true);
        if (!result)
            return result.error();
        added = result.value();
        return alsoInTransaction ? alsoInTransaction() : Status{};
    });
    if (!status)
        return status.error();
    return added;
}

QList<BackupInfo> Diary::backups() const
{
    return backupsOf(m_db->path());
}

QList<BackupInfo> Diary::backupsOf(const QString& diaryPath)
{
    return Database::backupsOf(diaryPath);
}

Result<QString> Diary::dailyBackup(const QDate& today, int keep)
{
    return m_db->dailyBackup(today, keep);
}

Result<QString> Diary::restoreFrom(const QString& backupPath,
                                   const std::function<Status()>& alsoInTransaction)
{
    // Check the backup on a copy (opening upgrades an older one), never on the file itself.
    if (!QDir().mkpath(m_db->backupFolder()))
        return failure(
            QCoreApplication::translate("Diary", "%1: the backup folder cannot be created")
                .arg(m_db->backupFolder()));
    QFile::setPermissions(m_db->backupFolder(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString checkPath = m_db->backupFolder() + QStringLiteral("/restore-check.sqlite");
    const auto cleanup = [&] {
        for (const char* suffix : {"", "-wal", "-shm", "-journal", ".lock"})
            QFile::remove(checkPath + QLatin1String(suffix));
        QDir(m_db->backupFolder() + QStringLiteral("/restore-check-backups")).removeRecursively();
    };
    // An interrupted restore may have left the check copy's WAL behind: SQLite would apply
    // it to the new copy.
    cleanup();
    if (!QFile::copy(backupPath, checkPath)) {
        cleanup();
        return copyFailure(backupPath, checkPath);
    }
    QFile::setPermissions(checkPath, QFile::ReadOwner | QFile::WriteOwner);
    {
        auto checked = Database::open(checkPath, Database::Options{false, false});
        if (!checked) {
            cleanup();
            return Error{
                QCoreApplication::translate("Diary", "%1: this backup cannot be restored: %2")
                    .arg(backupPath, checked.error().message),
                checked.error().kind};
        }
    }
    auto keepCopy = m_db->backup(QStringLiteral("before-restore"));
    if (!keepCopy) {
        cleanup();
        return keepCopy.error();
    }

    const Status copied = m_db->replaceContentWith(checkPath, alsoInTransaction);
    cleanup();
    if (!copied)
        return copied.error();
    return keepCopy.value();
}

Result<QString> Diary::moveAside(const QString& diaryPath)
{
    const QString path = QFileInfo(diaryPath).absoluteFilePath();
    if (!QFileInfo::exists(path))
        return QString();
    auto lock = Database::lockDiary(path);
    if (!lock)
        return lock.error();
    return moveAsideLocked(path);
}

Result<QString> Diary::replaceWithBackup(const QString& diaryPath, const QString& backupPath)
{
    const QString path = QFileInfo(diaryPath).absoluteFilePath();
    const QFileInfo info(path);
    if (!QFileInfo(info.absolutePath()).isDir()) {
        if (!QDir().mkpath(info.absolutePath()))
            return failure(
                QCoreApplication::translate("Diary", "%1: the folder %2 cannot be created")
                    .arg(path, info.absolutePath()));
        QFile::setPermissions(info.absolutePath(), kOwnerOnly | QFile::ExeOwner);
    }
    auto lock = Database::lockDiary(path);
    if (!lock)
        return lock.error();
    // Check the backup on a copy beside the diary (opening upgrades an older one); only a
    // whole, checked copy takes the diary's place.
    const QString copy = info.absolutePath() + QLatin1Char('/') + info.completeBaseName() +
                         QStringLiteral("-restoring.sqlite");
    const auto cleanup = [&] {
        for (const char* suffix : {"", "-wal", "-shm", "-journal", ".lock"})
            QFile::remove(copy + QLatin1String(suffix));
        QDir(Database::backupFolderOf(copy)).removeRecursively();
    };
    cleanup();
    if (!QFile::copy(backupPath, copy)) {
        cleanup();
        return copyFailure(backupPath, copy);
    }
    QFile::setPermissions(copy, kOwnerOnly);
    {
        auto checked = Database::open(copy, Database::Options{false, false});
        if (!checked) {
            cleanup();
            return Error{
                QCoreApplication::translate("Diary", "%1: this backup cannot be restored: %2")
                    .arg(backupPath, checked.error().message),
                checked.error().kind};
        }
    } // closed: the whole diary is in the one file now
    const auto aside = moveAsideLocked(path);
    if (!aside) {
        cleanup();
        return aside.error();
    }
    if (!QFile::rename(copy, path)) {
        cleanup();
        if (!aside.value().isEmpty())
            QFile::rename(aside.value(), path);
        return failure(
            QCoreApplication::translate("Diary", "%1: cannot be replaced by the backup").arg(path));
    }
    cleanup();
    return aside.value();
}

} // namespace backlog
