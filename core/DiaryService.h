// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Diary.h"
#include "Files.h"
#include "clinical/Analysis.h"
#include "clinical/Engine.h"
#include "clinical/Progress.h"
#include "exchange/Bundle.h"

#include <QMap>
#include <QObject>
#include <functional>
#include <memory>
#include <optional>

namespace backlog {

/// What a file to import holds, read and checked whole before anything is changed.
enum class ImportKind { Bundle, EntriesCsv, SessionsCsv };

struct ImportFile
{
    QString path;
    ImportKind kind = ImportKind::Bundle;
    /// The bundle read; of a CSV file, only its entries or its sessions.
    Bundle bundle;
    QStringList warnings; ///< located problems that did not stop the reading
    /// Of a CSV file, the known columns it has: an import changes only their fields.
    QStringList csvColumns;
};

/// What an import did.
struct ImportDone
{
    ImportKind kind = ImportKind::Bundle;
    int entries = 0;         ///< entries in the file
    int entriesAdded = 0;    ///< of a CSV file: of dates the diary had no entry for
    int entriesReplaced = 0; ///< of a CSV file: merged into the entry of their date
    int sessions = 0;        ///< sessions in the file
    int sessionsAdded = 0;   ///< of a CSV file: not already in the diary
    int alerts = 0;          ///< alerts in the file
    QString backup;          ///< the copy of the diary made before the import
    QStringList warnings;    ///< what the import did not take (a differing episode, ...)
};

/// The data formats of an export (the report and the chart are the report part's).
enum class ExportFormat { Bundle, Csv, Fhir };

/// An optional period of an export: what is dated before `from` or after `to` is left out.
struct ExportRange
{
    QDate from;
    QDate to;
    bool contains(const QDate& d) const
    {
        return (!from.isValid() || d >= from) && (!to.isValid() || d <= to);
    }
};

/// What an export wrote.
struct ExportDone
{
    QStringList files;
    int entries = 0;
    int sessions = 0;
    int alerts = 0;
};

/// The one application service: both programs (the app and backlog-cli) do everything
/// through it, so they cannot disagree. It holds the open diary in memory, evaluates every
/// change before it is written, and writes a change with the alerts it makes in one
/// transaction. One policy for all: a backup before every import; the same alerts in every
/// export (the evaluation as of the export date with the stored acknowledgements); the
/// unknown fields of an imported bundle kept for the next export. Widgets are told by
/// `changed()`.
class DiaryService : public QObject
{
    Q_OBJECT

public:
    struct OpenOptions
    {
        bool create = true;        ///< create a new diary when the file does not exist
        bool createFolder = false; ///< create a missing folder (the default location)
        bool readOnly = false;     ///< to export: no lock, no write (Database::Options)
    };
    /// Opens the diary at `path` (checked, locked, upgraded) and loads it. Refused, with a
    /// message naming the file, for a diary that cannot be used; nothing is changed then.
    [[nodiscard]] static Result<std::unique_ptr<DiaryService>> open(const QString& path,
                                                                    OpenOptions options);
    /// Opens the diary like open() but loads only what the first frame needs (see
    /// loadStart()); `loadRest()` must follow.
    [[nodiscard]] static Result<std::unique_ptr<DiaryService>>
    openForFirstFrame(const QString& path, OpenOptions options);
    /// A read-only service over the exchange bundle in `path` (review mode; the evaluate
    /// command). Its warnings are in `warnings`.
    [[nodiscard]] static Result<std::unique_ptr<DiaryService>>
    review(const QString& path, QStringList* warnings = nullptr);

    /// A service over an open diary that it does not own (tests, benchmarks).
    explicit DiaryService(Diary& diary, QObject* parent = nullptr);
    /// A service that owns its diary.
    explicit DiaryService(std::unique_ptr<Diary> diary, QObject* parent = nullptr);
    /// A read-only service over a bundle (review mode): it holds no diary, so nothing can
    /// be written anywhere; every write is refused with a message. `source` names the
    /// bundle's file. The date it treats as today is the bundle's last day (or the day it
    /// was exported, when later). Call `load()` as usual.
    DiaryService(const Bundle& bundle, const QString& source, QObject* parent = nullptr);
    ~DiaryService() override;

    /// True in review mode.
    bool isReadOnly() const { return m_diary == nullptr; }
    /// The bundle file shown in review mode; empty otherwise.
    const QString& reviewSource() const { return m_reviewSource; }
    /// The diary's file; in review mode, the bundle's.
    QString path() const;
    /// What opening the diary did that the user should be told of (its files made private,
    /// or a failure to); empty when nothing. The app shows it, the CLI prints it to stderr.
    QString openNotice() const;

    /// The default diary path: AppDataLocation/diary.backlog.
    static QString defaultPath();

    /// Loads everything from the diary; call once after construction.
    [[nodiscard]] Status load();
    /// Loads what the first frame needs, fast even for a diary of years: the episode,
    /// sessions, the stored alerts (the banner shows the raised ones) and the entries of
    /// the last two weeks. `loadRest()` must follow.
    [[nodiscard]] Status loadStart();
    /// Loads every entry and evaluates (after the first frame); tells the widgets.
    [[nodiscard]] Status loadRest();
    /// Loads everything again (after a restore) and tells the widgets.
    [[nodiscard]] Status reload();

    /// The date the app treats as today (the system date unless set, e.g. in tests).
    QDate today() const;
    void setToday(const QDate& date);
    /// The date the evaluation is made as of: today, or the last entry when later (a clock
    /// set back).
    QDate evaluationDate() const;

    const std::optional<Episode>& episode() const { return m_episode; }
    bool hasEpisode() const { return m_episode.has_value(); }
    /// Every entry, by date.
    const QList<DailyEntry>& entries() const;
    std::optional<DailyEntry> entry(const QDate& date) const;
    const QList<Session>& sessions() const { return m_sessions; }
    /// The evaluation as of evaluationDate() (empty until the diary has an episode).
    const Evaluation& evaluation() const { return m_evaluation; }
    /// The latest date of any entry or session; the program start when there are none.
    QDate lastDay() const;
    /// The evaluation as of another date, with the stored acknowledgements.
    Evaluation evaluationAsOf(const QDate& asOf) const;
    /// The evaluate report of formats.md section 4 (JSON) as of `asOf`.
    QByteArray evaluationReport(const QDate& asOf) const;
    /// "Is massage helping me?" as of a date (product.md feature 14).
    SessionEffect sessionEffectAsOf(const QDate& asOf) const;
    /// The analyse report of formats.md section 5.
    QByteArray sessionEffectReport(const QDate& asOf) const;
    /// The progress series (chart, summary) as of `asOf`.
    ProgressSeries progressAsOf(const QDate& asOf) const;
    /// The progress series of an evaluation (as of its date) already made.
    ProgressSeries progress(const Evaluation& evaluation) const;
    /// When the entry of `date` was first entered and last changed.
    std::pair<QDateTime, QDateTime> entryTimestamps(const QDate& date);
    /// What the screening questions of a draft episode raise (the set-up's summary).
    static QList<Alert> screeningAlerts(const Episode& draft);
    /// The alerts found when the rules were updated (clinical.md 7) while the patient has
    /// not yet been shown them; empty afterwards (and until the evaluation has run).
    QList<Alert> upgradeHistoryToShow() const;
    /// Records that the patient was shown them (once, in the diary).
    [[nodiscard]] Status upgradeHistoryShown();

    // Writes. Each is evaluated first and written with the alert changes it makes in one
    // transaction; a failure changes nothing, in the diary or in memory.
    [[nodiscard]] Status saveEpisode(const Episode& episode);
    [[nodiscard]] Status saveEntry(const DailyEntry& entry);
    [[nodiscard]] Status removeEntry(const QDate& date);
    /// Stores a new session (its id is set in the returned value).
    [[nodiscard]] Result<Session> addSession(const Session& session);
    /// Stores a session again under a given id (undo of a removal).
    [[nodiscard]] Status restoreSession(const Session& session);
    [[nodiscard]] Status updateSession(const Session& session);
    [[nodiscard]] Status removeSession(qint64 id);
    /// Marks an alert as acknowledged on `on`, or clears the acknowledgement (null date).
    [[nodiscard]] Status setAcknowledged(const QString& rule, const QDate& date, const QDate& on);

    /// The diary as an exchange bundle, with the alerts of the evaluation (the export
    /// policy) and the unknown fields kept from imports; only what `range` holds.
    Bundle toBundle(const ExportRange& range = {}) const;

    /// Reads and checks a file to import: a bundle (.backlog.json or anything not .csv) or
    /// a CSV file of daily entries or of sessions (told apart by its header). Touches no
    /// diary.
    [[nodiscard]] static Result<ImportFile> readImport(const QString& path);
    /// Imports what readImport() read, all or nothing, after a backup of the diary
    /// ("before-import"); the alerts it changes are stored in the same transaction. Then
    /// loads everything again and tells the widgets.
    [[nodiscard]] Result<ImportDone> import(const ImportFile& file);

    /// The file next to a CSV export that gets the sessions.
    static QString sessionsCsvPathOf(const QString& entriesPath);
    /// Writes the diary (what `range` holds) to `path` atomically in `format`; a CSV export
    /// writes two files (sessionsCsvPathOf()). Refuses a target that is the diary, one of
    /// its backups, a folder or a special file.
    [[nodiscard]] Result<ExportDone> exportTo(ExportFormat format, const QString& path,
                                              const ExportRange& range = {},
                                              const QDateTime& now = {}) const;
    /// Says why `path` cannot be the target of an export; empty when it can.
    QString unwritableTarget(const QString& path) const;
    /// Says why `path` cannot be written (refusedOutput()) next to the diary at
    /// `diaryPath` (which need not be open); empty when it can.
    static QString unwritablePath(const QString& path, const QString& diaryPath = {});
    /// What an output must never land on: the diary at `diaryPath`, its side files, its
    /// backups.
    static ProtectedFiles protectedFilesOf(const QString& diaryPath);

    /// Every backup of this diary, newest first.
    QList<BackupInfo> backups() const;
    /// Makes a backup now, named after `reason` ("manual"); returns its path.
    [[nodiscard]] Result<QString> backUp(const QString& reason);
    /// The day's automatic backup (see Diary::dailyBackup()).
    [[nodiscard]] Result<QString> dailyBackup(int keep = 7);
    /// Replaces the diary's content with a backup's, after keeping a copy of the current
    /// diary; the alerts are recomputed in the same transaction. Loads everything again
    /// and tells the widgets. Returns the path of the copy of the diary as it was.
    [[nodiscard]] Result<QString> restoreFrom(const QString& backupPath);

    // For a diary that cannot be opened (see Diary).
    static QList<BackupInfo> backupsOf(const QString& path);
    static QString backupFolderOf(const QString& path);
    [[nodiscard]] static Result<QString> moveAside(const QString& path);
    [[nodiscard]] static Result<QString> replaceWithBackup(const QString& path,
                                                           const QString& backupPath);

Q_SIGNALS:
    /// The diary changed (after a durable write and re-evaluation, an import, a restore).
    void changed();

private:
    /// Evaluates what is in memory as of evaluationDate() (never the kept evaluation).
    Evaluation evaluateNow() const;
    /// Evaluates what is in memory as of evaluationDate() (after a load, or a new today).
    void reevaluate();
    /// Applies stored alert changes to the copy in memory.
    void applyAlertChanges(const AlertChanges& changes);
    Status reloadSessions();

    Status refuseWrite() const;
    /// The one way a user's change is made: `change` applies it in memory, the evaluation
    /// runs, and `write` runs with the alert changes in one transaction. On failure `undo`
    /// puts memory back, and nothing is stored. `after` runs once it is stored, before the
    /// widgets are told (the sessions are read back with their ids).
    Status commit(const std::function<void()>& change, const std::function<void()>& undo,
                  const std::function<Status()>& write, const std::function<Status()>& after = {});

    std::unique_ptr<Diary> m_owned; ///< when the service owns the diary
    Diary* m_diary = nullptr;       ///< null in review mode
    std::optional<Bundle> m_review; ///< what review mode shows
    QString m_reviewSource;
    QDate m_today;
    std::optional<Episode> m_episode;
    QJsonObject m_extraTop;     ///< unknown bundle fields kept from an import
    QJsonObject m_extraPatient; ///< unknown fields of "patient" kept from an import
    QMap<QDate, DailyEntry> m_entries;
    mutable QList<DailyEntry> m_entryList; ///< m_entries in order, made when asked
    mutable bool m_entryListValid = false;
    QList<Session> m_sessions;
    QList<Alert> m_storedAlerts;
    bool m_upgradeHistoryPending = false; ///< alerts found on the upgrade not shown yet
    Evaluation m_evaluation;
    bool m_evaluated = false; ///< m_evaluation is a whole evaluation (not loadStart()'s stand-in)
};

} // namespace backlog
