// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "clinical/Engine.h"
#include "exchange/Bundle.h"
#include "storage/Database.h"
#include "storage/Repositories.h"

#include <functional>
#include <memory>

namespace backlog {

/// What an import of daily entries did.
struct EntriesImported
{
    int added = 0;    ///< entries of dates the diary had no entry for
    int replaced = 0; ///< entries that replaced the diary's entry of their date
};

/// The storage side of one open diary: its repositories, imports in one transaction, and
/// its backups. Only DiaryService (the one application service) and tests use it; the
/// programs never do.
class Diary
{
public:
    static Result<std::unique_ptr<Diary>> open(const QString& path, Database::Options options);
    static Result<std::unique_ptr<Diary>> open(const QString& path)
    {
        return open(path, Database::Options{});
    }

    Database& database() { return *m_db; }
    EpisodeRepository& episodes() { return m_episodes; }
    EntryRepository& entries() { return m_entries; }
    SessionRepository& sessions() { return m_sessions; }
    AlertRepository& alerts() { return m_alerts; }

    /// Stores what alertChanges() found; call inside a transaction.
    [[nodiscard]] Status storeAlertChanges(const AlertChanges& changes);
    /// What evaluating the diary as of `today` (or its last day, when later) changes in the
    /// stored alerts; reads the diary (inside a transaction, what it has written so far).
    [[nodiscard]] Result<AlertChanges> alertChangesNow(const QDate& today);
    /// Whether the alerts found when the rules were updated (clinical.md 7) are still to
    /// be shown to the patient.
    [[nodiscard]] Result<bool> upgradeHistoryToShow();
    /// Records that they were shown; call inside a transaction.
    [[nodiscard]] Status upgradeHistoryShown();
    /// Evaluates the diary as of `today` and stores the alert changes; call inside a
    /// transaction.
    [[nodiscard]] Status recomputeAlerts(const QDate& today);

    /// Saves one day's entry durably (one transaction).
    [[nodiscard]] Status saveEntry(const DailyEntry& entry);

    /// The whole diary as an exchange bundle; needs an episode.
    Result<Bundle> toBundle();

    /// Imports a bundle in one transaction: everything or nothing. Into a diary without an
    /// episode, the bundle's episode is taken; otherwise the diary keeps its episode
    /// (a warning says so when they differ). Entries replace those of the same date;
    /// sessions are added unless the same session is already there; alerts are merged.
    /// `alsoInTransaction` runs last, in the same transaction (the service stores the
    /// alerts the import changes).
    [[nodiscard]] Status importBundle(const Bundle& bundle, QStringList* warnings = nullptr,
                                      const std::function<Status()>& alsoInTransaction = {});

    /// Imports daily entries (read from a CSV file) in one transaction: everything or
    /// nothing. Needs a diary with an episode, which a CSV file cannot give. Each entry
    /// replaces the diary's entry of the same date as a whole (what the file has no column
    /// for takes its default). At most one entry per date.
    [[nodiscard]] Result<EntriesImported>
    importEntries(const QList<DailyEntry>& entries,
                  const std::function<Status()>& alsoInTransaction = {});

    /// Imports sessions (read from a CSV file) in one transaction: everything or nothing.
    /// Needs an episode. A session whose content is already in the diary is not added
    /// again (as for a bundle). Returns how many sessions were added.
    [[nodiscard]] Result<int> importSessions(const QList<Session>& sessions,
                                             const std::function<Status()>& alsoInTransaction = {});

    /// Every backup of this diary, newest first.
    QList<BackupInfo> backups() const;
    /// Every backup of the diary at `path`, newest first; the diary need not open.
    static QList<BackupInfo> backupsOf(const QString& path);
    /// Makes the day's automatic backup unless there is one for `today`; keeps the newest
    /// `keep` daily backups. Returns the new backup's path, or empty when none was needed.
    Result<QString> dailyBackup(const QDate& today, int keep = 7);
    /// Replaces the diary's content with a backup's, after keeping a copy of the current
    /// diary ("before-restore"). The backup is checked (and upgraded, on a copy) first; a
    /// damaged backup changes nothing. Returns the path of the copy of the current diary.
    [[nodiscard]] Result<QString>
    restoreFrom(const QString& backupPath, const std::function<Status()>& alsoInTransaction = {});

    /// For a diary that cannot be opened: moves the file (and its SQLite side files) aside
    /// to NAME-set-aside-YYYYMMDD-HHMMSS.EXT in its folder, never deleting anything, so
    /// that a new diary can take its place. Returns the new name; empty when there was no
    /// file. Refused while another copy of BackLog has the diary open.
    static Result<QString> moveAside(const QString& path);
    /// For a diary that cannot be opened: checks the backup (and upgrades it) on a copy
    /// beside the diary, moves the diary aside (as moveAside) and puts the checked copy in
    /// its place; a missing folder is made. A backup that does not open changes nothing.
    /// Returns where the diary was moved to (empty when there was no file).
    static Result<QString> replaceWithBackup(const QString& path, const QString& backupPath);

private:
    explicit Diary(std::unique_ptr<Database> db);
    /// After an upgrade to schema 3 (clinical rules version 2): recomputes the stored
    /// alerts in one transaction with removing the upgrade's marker, so that an
    /// interruption leaves the work to the next opening. Nothing to do without the marker.
    Status finishRulesUpgrade(const QDate& today);
    /// An error unless the diary has an episode: `message` with %1 the diary's path.
    Status requireEpisode(const QString& message);
    /// Adds the sessions not already there; inside a transaction.
    Result<int> addNewSessions(const QList<Session>& sessions, bool csvColumnsOnly = false);

    std::unique_ptr<Database> m_db;
    EpisodeRepository m_episodes;
    EntryRepository m_entries;
    SessionRepository m_sessions;
    AlertRepository m_alerts;
};

} // namespace backlog
