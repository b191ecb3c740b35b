// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiaryService.h"

#include "Dates.h"
#include "exchange/Csv.h"
#include "exchange/EvaluationJson.h"
#include "exchange/Fhir.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <algorithm>

namespace backlog {
namespace {

Database::Options databaseOptions(DiaryService::OpenOptions o)
{
    return Database::Options{o.create, o.createFolder, o.readOnly};
}

void sortAlerts(QList<Alert>& alerts)
{
    std::stable_sort(alerts.begin(), alerts.end(), [](const Alert& a, const Alert& b) {
        return a.date != b.date ? a.date < b.date : a.rule < b.rule;
    });
}

} // namespace

DiaryService::DiaryService(Diary& diary, QObject* parent) : QObject(parent), m_diary(&diary) {}

DiaryService::DiaryService(std::unique_ptr<Diary> diary, QObject* parent)
    : QObject(parent), m_owned(std::move(diary)), m_diary(m_owned.get())
{}

DiaryService::DiaryService(const Bundle& bundle, const QString& source, QObject* parent)
    : QObject(parent), m_review(bundle), m_reviewSource(source)
{
    QDate last = defaultAsOf(bundle.episode, bundle.entries, bundle.sessions);
    if (bundle.exportedAt.isValid() && bundle.exportedAt.date() > last)
        last = bundle.exportedAt.date();
    m_today = last;
}

DiaryService::~DiaryService() = default;

Result<std::unique_ptr<DiaryService>> DiaryService::open(const QString& path, OpenOptions options)
{
    auto service = openForFirstFrame(path, options);
    if (!service)
        return service.error();
    if (const Status s = service.value()->load(); !s)
        return s.error();
    return std::move(service).value();
}

Result<std::unique_ptr<DiaryService>> DiaryService::openForFirstFrame(const QString& path,
                                                                      OpenOptions options)
{
    auto diary = Diary::open(path, databaseOptions(options));
    if (!diary)
        return diary.error();
    auto service = std::make_unique<DiaryService>(std::move(diary).value());
    if (const Status s = service->loadStart(); !s)
        return s.error();
    return service;
}

Result<std::unique_ptr<DiaryService>> DiaryService::review(const QString& path,
                                                           QStringList* warnings)
{
    const auto read = readBundleFile(path);
    if (!read)
        return read.error();
    if (warnings)
        *warnings = read->warnings;
    auto service = std::make_unique<DiaryService>(read->bundle, path);
    if (const Status s = service->load(); !s)
        return s.error();
    return service;
}

QString DiaryService::openNotice() const
{
    return m_diary ? m_diary->database().notice() : QString();
}

QString DiaryService::path() const
{
    return m_diary ? m_diary->database().path() : m_reviewSource;
}

QString DiaryService::defaultPath()
{
    return Database::defaultPath();
}

Status DiaryService::refuseWrite() const
{
    return badInput(
        QCoreApplication::translate("Diary", "%1 is open for review: it cannot be changed")
            .arg(m_reviewSource));
}

QDate DiaryService::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void DiaryService::setToday(const QDate& date)
{
    m_today = date;
    reevaluate();
    Q_EMIT changed();
}

QDate DiaryService::evaluationDate() const
{
    QDate asOf = today();
    // Entries logged ahead of today (a clock set back) still count.
    if (!m_entries.isEmpty() && m_entries.lastKey() > asOf)
        asOf = m_entries.lastKey();
    return asOf;
}

Status DiaryService::load()
{
    if (!m_diary) {
        m_episode = m_review->episode;
        m_extraTop = m_review->extraTop;
        m_extraPatient = m_review->extraPatient;
        m_entries.clear();
        for (const DailyEntry& e : m_review->entries)
            m_entries.insert(e.date, e);
        m_entryListValid = false;
        m_sessions = m_review->sessions;
        m_storedAlerts = m_review->alerts;
        reevaluate();
        return {};
    }
    const auto episode = m_diary->episodes().get();
    if (!episode)
        return episode.error();
    m_episode = episode.value();
    const auto extras = m_diary->episodes().bundleExtras();
    if (!extras)
        return extras.error();
    m_extraTop = extras.value().first;
    m_extraPatient = extras.value().second;
    const auto entries = m_diary->entries().all();
    if (!entries)
        return entries.error();
    m_entries.clear();
    for (const DailyEntry& e : entries.value())
        m_entries.insert(e.date, e);
    m_entryListValid = false;
    if (const Status s = reloadSessions(); !s)
        return s;
    const auto stored = m_diary->alerts().all();
    if (!stored)
        return stored.error();
    m_storedAlerts = stored.value();
    const auto history = m_diary->upgradeHistoryToShow();
    if (!history)
        return history.error();
    m_upgradeHistoryPending = history.value();
    reevaluate();
    return {};
}

QList<Alert> DiaryService::upgradeHistoryToShow() const
{
    return m_upgradeHistoryPending && m_evaluated ? m_evaluation.foundOnUpgrade() : QList<Alert>{};
}

Status DiaryService::upgradeHistoryShown()
{
    if (!m_upgradeHistoryPending)
        return {};
    return commit([&] { m_upgradeHistoryPending = false; }, [&] { m_upgradeHistoryPending = true; },
                  [&] { return m_diary->upgradeHistoryShown(); });
}

const QList<DailyEntry>& DiaryService::entries() const
{
    if (!m_entryListValid) {
        m_entryList = m_entries.values();
        m_entryListValid = true;
    }
    return m_entryList;
}

Status DiaryService::loadStart()
{
    if (!m_diary)
        return load();
    const auto episode = m_diary->episodes().get();
    if (!episode)
        return episode.error();
    m_episode = episode.value();
    const auto recent = m_diary->entries().between(today().addDays(-14), today());
    if (!recent)
        return recent.error();
    m_entries.clear();
    for (const DailyEntry& e : recent.value())
        m_entries.insert(e.date, e);
    m_entryListValid = false;
    if (const Status s = reloadSessions(); !s)
        return s;
    const auto stored = m_diary->alerts().all();
    if (!stored)
        return stored.error();
    m_storedAlerts = stored.value();
    // Until the evaluation runs, the alerts are the ones stored by the last one.
    m_evaluation = Evaluation{};
    m_evaluation.asOf = today();
    m_evaluation.alerts = m_storedAlerts;
    m_evaluated = false;
    return {};
}

Status DiaryService::loadRest()
{
    return reload();
}

Status DiaryService::reload()
{
    const Status s = load();
    Q_EMIT changed();
    return s;
}

std::optional<DailyEntry> DiaryService::entry(const QDate& date) const
{
    const auto it = m_entries.constFind(date);
    if (it == m_entries.constEnd())
        return std::nullopt;
    return *it;
}

std::pair<QDateTime, QDateTime> DiaryService::entryTimestamps(const QDate& date)
{
    if (!m_diary)
        return {}; // a bundle does not carry them
    const auto t = m_diary->entries().timestamps(date);
    return t ? t.value() : std::pair<QDateTime, QDateTime>{};
}

QList<Alert> DiaryService::screeningAlerts(const Episode& draft)
{
    // As of the latest day a "yes" was given (a re-screening dates its alerts then).
    QDate asOf = draft.programStart;
    for (const QDate& d : draft.screening.answered)
        if (d.isValid() && d > asOf)
            asOf = d;
    return evaluate(draft, {}, {}, {}, asOf).alerts;
}

Status DiaryService::reloadSessions()
{
    if (!m_diary)
        return {};
    const auto sessions = m_diary->sessions().all();
    if (!sessions)
        return sessions.error();
    m_sessions = sessions.value();
    return {};
}

Evaluation DiaryService::evaluateNow() const
{
    // Never the kept evaluation: this is what makes it (memory may have just changed).
    if (!m_episode)
        return Evaluation{};
    return evaluate(*m_episode, entries(), m_sessions, m_storedAlerts, evaluationDate());
}

QDate DiaryService::lastDay() const
{
    return m_episode ? defaultAsOf(*m_episode, entries(), m_sessions) : QDate();
}

Evaluation DiaryService::evaluationAsOf(const QDate& asOf) const
{
    if (!m_episode)
        return Evaluation{};
    if (m_evaluated && asOf == m_evaluation.asOf)
        return m_evaluation;
    return evaluate(*m_episode, entries(), m_sessions, m_storedAlerts, asOf);
}

QByteArray DiaryService::evaluationReport(const QDate& asOf) const
{
    return evaluationToJson(evaluationAsOf(asOf));
}

SessionEffect DiaryService::sessionEffectAsOf(const QDate& asOf) const
{
    return analyseSessions(entries(), m_sessions, asOf);
}

QByteArray DiaryService::sessionEffectReport(const QDate& asOf) const
{
    return sessionEffectToJson(sessionEffectAsOf(asOf));
}

ProgressSeries DiaryService::progressAsOf(const QDate& asOf) const
{
    return progress(evaluationAsOf(asOf));
}

ProgressSeries DiaryService::progress(const Evaluation& evaluation) const
{
    if (!m_episode)
        return ProgressSeries{};
    return buildProgress(*m_episode, entries(), m_sessions, evaluation.alerts, evaluation.asOf);
}

void DiaryService::applyAlertChanges(const AlertChanges& changes)
{
    if (changes.isEmpty())
        return;
    QSet<QString> gone;
    for (const QList<Alert>* list : {&changes.changed, &changes.withdrawn})
        for (const Alert& a : *list)
            gone.insert(a.key());
    m_storedAlerts.removeIf([&](const Alert& a) { return gone.contains(a.key()); });
    m_storedAlerts << changes.added << changes.changed;
    sortAlerts(m_storedAlerts);
}

void DiaryService::reevaluate()
{
    // Opening, reloading or a new today only evaluates: reading a diary never writes it
    // (an export or a failed import leaves it byte for byte). What the evaluation would
    // change in the stored alerts is stored with the next change the patient makes, in its
    // transaction, and by every import and restore.
    m_evaluation = evaluateNow();
    m_evaluated = true;
}

Status DiaryService::commit(const std::function<void()>& change, const std::function<void()>& undo,
                            const std::function<Status()>& write,
                            const std::function<Status()>& after)
{
    if (!m_diary)
        return refuseWrite();
    change();
    m_entryListValid = false;
    const Evaluation next = evaluateNow();
    const AlertChanges changes = m_episode ? alertChanges(m_storedAlerts, next) : AlertChanges{};
    const Status s = m_diary->database().transaction([&]() -> Status {
        if (const Status w = write(); !w)
            return w;
        return m_diary->storeAlertChanges(changes);
    });
    if (!s) {
        undo();
        m_entryListValid = false;
        return s;
    }
    m_evaluation = next;
    m_evaluated = true;
    applyAlertChanges(changes);
    const Status read = after ? after() : Status{};
    Q_EMIT changed();
    return read;
}

Status DiaryService::saveEpisode(const Episode& episode)
{
    const std::optional<Episode> before = m_episode;
    return commit([&] { m_episode = episode; }, [&] { m_episode = before; },
                  [&] { return m_diary->episodes().save(episode); });
}

Status DiaryService::saveEntry(const DailyEntry& entry)
{
    const std::optional<DailyEntry> before = this->entry(entry.date);
    return commit([&] { m_entries.insert(entry.date, entry); },
                  [&] {
                      if (before)
                          m_entries.insert(entry.date, *before);
                      else
                          m_entries.remove(entry.date);
                  },
                  [&] { return m_diary->entries().save(entry); });
}

Status DiaryService::removeEntry(const QDate& date)
{
    const std::optional<DailyEntry> before = this->entry(date);
    return commit([&] { m_entries.remove(date); },
                  [&] {
                      if (before)
                          m_entries.insert(date, *before);
                  },
                  [&] { return m_diary->entries().remove(date); });
}

Result<Session> DiaryService::addSession(const Session& session)
{
    const QList<Session> before = m_sessions;
    Session stored = session;
    const Status s =
        commit([&] { m_sessions << session; }, [&] { m_sessions = before; },
               [&]() -> Status {
                   const auto id = m_diary->sessions().add(session);
                   if (!id)
                       return id.error();
                   stored.id = id.value();
                   return {};
               },
               [&] { return reloadSessions(); }); // the new session's id is known once stored
    if (!s)
        return s.error();
    return stored;
}

Status DiaryService::restoreSession(const Session& session)
{
    const QList<Session> before = m_sessions;
    return commit([&] { m_sessions << session; }, [&] { m_sessions = before; },
                  [&] { return m_diary->sessions().restore(session); },
                  [&] { return reloadSessions(); });
}

Status DiaryService::updateSession(const Session& session)
{
    const QList<Session> before = m_sessions;
    return commit(
        [&] {
            for (Session& x : m_sessions)
                if (x.id == session.id)
                    x = session;
        },
        [&] { m_sessions = before; }, [&] { return m_diary->sessions().update(session); },
        [&] { return reloadSessions(); });
}

Status DiaryService::removeSession(qint64 id)
{
    const QList<Session> before = m_sessions;
    return commit([&] { m_sessions.removeIf([id](const Session& x) { return x.id == id; }); },
                  [&] { m_sessions = before; }, [&] { return m_diary->sessions().remove(id); });
}

Status DiaryService::setAcknowledged(const QString& rule, const QDate& date, const QDate& on)
{
    if (!m_diary)
        return refuseWrite();
    const auto matches = [&](const Alert& a) { return a.rule == rule && a.date == date; };
    // An alert the evaluation raised since the last write is not stored yet: it is stored
    // with its acknowledgement.
    const auto stored = std::find_if(m_storedAlerts.begin(), m_storedAlerts.end(), matches);
    const auto raised =
        std::find_if(m_evaluation.alerts.begin(), m_evaluation.alerts.end(), matches);
    if (stored == m_storedAlerts.end() && raised == m_evaluation.alerts.end())
        return badInput(QCoreApplication::translate("Diary", "there is no alert %1 on %2")
                            .arg(rule, isoDate(date)));
    const bool isStored = stored != m_storedAlerts.end();
    const QList<Alert> before = m_storedAlerts;
    Alert changed = isStored ? *stored : *raised;
    changed.data.clear();
    changed.acknowledged = on;
    return commit(
        [&] {
            if (!isStored)
                m_storedAlerts << changed;
            for (Alert& a : m_storedAlerts)
                if (a.sameIdentity(changed))
                    a.acknowledged = on;
            sortAlerts(m_storedAlerts);
        },
        [&] { m_storedAlerts = before; }, [&] { return m_diary->alerts().save(changed); });
}

Bundle DiaryService::toBundle(const ExportRange& range) const
{
    Bundle b;
    if (m_review)
        b.exportedAt = m_review->exportedAt;
    if (m_episode)
        b.episode = *m_episode;
    b.extraTop = m_extraTop;
    b.extraPatient = m_extraPatient;
    for (const DailyEntry& e : entries())
        if (range.contains(e.date))
            b.entries << e;
    for (Session s : m_sessions) {
        s.id = 0;
        if (range.contains(s.date))
            b.sessions << s;
    }
    // The export policy: the evaluation as of the export date, with the stored
    // acknowledgements (an acknowledged alert that no longer fires is kept as recorded).
    QSet<QString> firing;
    for (Alert a : m_evaluation.alerts) {
        firing.insert(a.key());
        if (range.contains(a.date))
            b.alerts << a;
    }
    for (const Alert& a : m_storedAlerts)
        if (a.isAcknowledged() && !firing.contains(a.key()) && range.contains(a.date))
            b.alerts << a;
    sortAlerts(b.alerts);
    return b;
}

Result<ImportFile> DiaryService::readImport(const QString& path)
{
    ImportFile file;
    file.path = path;
    const QFileInfo info(path);
    if (!info.exists())
        return badInput(QCoreApplication::translate("CommandLine", "%1: no such file").arg(path));
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        auto read = readBundleFile(path);
        if (!read)
            return read.error();
        file.bundle = std::move(read.value().bundle);
        file.warnings = read->warnings;
        return file;
    }
    const Result<QByteArray> bytes = readFileLimited(path);
    if (!bytes)
        return bytes.error();
    const QByteArray& data = bytes.value();
    if (csvKind(data) == CsvKind::Sessions) {
        auto read = readSessionsCsv(data, path);
        if (!read)
            return read.error();
        file.kind = ImportKind::SessionsCsv;
        file.bundle.sessions = read->sessions;
        file.warnings = read->warnings;
        return file;
    }
    auto read = readEntriesCsv(data, path);
    if (!read)
        return read.error();
    file.kind = ImportKind::EntriesCsv;
    file.bundle.entries = read->entries;
    file.csvColumns = read->columns;
    file.warnings = read->warnings;
    return file;
}

Result<ImportDone> DiaryService::import(const ImportFile& file)
{
    if (!m_diary)
        return refuseWrite().error();
    ImportDone done;
    done.kind = file.kind;
    done.entries = file.bundle.entries.size();
    done.sessions = file.bundle.sessions.size();
    done.alerts = file.bundle.alerts.size();
    // A CSV file of sessions holds no episode: its dates are checked against the diary's
    // (a bundle's are checked when it is read). Nothing is written when one is wrong.
    if (file.kind == ImportKind::SessionsCsv && m_episode) {
        const QDate earliest = m_episode->earliestSessionDate();
        for (const Session& s : file.bundle.sessions)
            if (earliest.isValid() && s.date.isValid() && s.date < earliest)
                return badInput(
                    tr("%1: the session of %2 is more than a year before the pain began (%3); "
                       "a session of this diary cannot be dated before %4. Nothing was imported.")
                        .arg(QDir::toNativeSeparators(file.path), isoDate(s.date),
                             isoDate(m_episode->onsetDate), isoDate(earliest)));
    }
    // The same backup before every import, whatever the program or the format.
    const auto backup = m_diary->database().backup(QStringLiteral("before-import"));
    if (!backup)
        return backup.error();
    done.backup = backup.value();
    const QDate asOf = today();
    const auto storeAlerts = [&] { return m_diary->recomputeAlerts(asOf); };
    // A failed import changes nothing: the copy made for it goes again (the diary is as
    // it was), and so does a backup folder made for it.
    const auto dropBackup = [&] {
        QFile::remove(done.backup);
        QDir().rmdir(m_diary->database().backupFolder()); // only when empty
    };
    switch (file.kind) {
    case ImportKind::Bundle: {
        if (const Status s = m_diary->importBundle(file.bundle, &done.warnings, storeAlerts); !s) {
            dropBackup();
            return s.error();
        }
        break;
    }
    case ImportKind::EntriesCsv: {
        // A CSV import merges (formats.md 2): the columns the file lacks leave the stored
        // fields as they are.
        QList<DailyEntry> merged;
        merged.reserve(file.bundle.entries.size());
        const int activityCount = m_episode ? static_cast<int>(m_episode->activities.size()) : 0;
        for (const DailyEntry& e : file.bundle.entries)
            merged << mergeCsvEntry(entry(e.date), e, file.csvColumns, activityCount);
        const auto imported = m_diary->importEntries(merged, storeAlerts);
        if (!imported) {
            dropBackup();
            return imported.error();
        }
        done.entriesAdded = imported->added;
        done.entriesReplaced = imported->replaced;
        break;
    }
    case ImportKind::SessionsCsv: {
        const auto added = m_diary->importSessions(file.bundle.sessions, storeAlerts);
        if (!added) {
            dropBackup();
            return added.error();
        }
        done.sessionsAdded = added.value();
        break;
    }
    }
    if (const Status s = reload(); !s)
        return s.error();
    return done;
}

QString DiaryService::sessionsCsvPathOf(const QString& entriesPath)
{
    return sessionsCsvPath(entriesPath);
}

ProtectedFiles DiaryService::protectedFilesOf(const QString& diaryPath)
{
    ProtectedFiles p;
    if (diaryPath.isEmpty())
        return p;
    const QString diary = QFileInfo(diaryPath).absoluteFilePath();
    for (const char* side : {"", "-wal", "-shm", "-journal", ".lock", ".new"})
        p.files << diary + QLatin1String(side);
    p.folders << Database::backupFolderOf(diary);
    return p;
}

QString DiaryService::unwritableTarget(const QString& path) const
{
    return refusedOutput(path, protectedFilesOf(m_diary ? m_diary->database().path() : QString()));
}

QString DiaryService::unwritablePath(const QString& path, const QString& diaryPath)
{
    return refusedOutput(path, protectedFilesOf(diaryPath));
}

Result<ExportDone> DiaryService::exportTo(ExportFormat format, const QString& path,
                                          const ExportRange& range, const QDateTime& now) const
{
    if (!m_episode)
        return badInput(QCoreApplication::translate(
                            "Diary",
                            "%1: the diary has no episode yet; set it up in BackLog or import a "
                            "bundle first")
                            .arg(this->path()));
    ExportDone done;
    done.files << path;
    if (format == ExportFormat::Csv)
        done.files << sessionsCsvPathOf(path);
    for (const QString& target : done.files)
        if (const QString why = unwritableTarget(target); !why.isEmpty())
            return badInput(why);
    const Bundle b = toBundle(range);
    done.entries = b.entries.size();
    done.sessions = b.sessions.size();
    done.alerts = b.alerts.size();
    const QDateTime at = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    Status written;
    switch (format) {
    case ExportFormat::Bundle:
        written = writeFileSafely(path, writeBundle(b, at));
        break;
    case ExportFormat::Csv:
        written = writeFilesSafely(
            {{path, writeEntriesCsv(b.entries, static_cast<int>(b.episode.activities.size()))},
             {done.files.at(1), writeSessionsCsv(b.sessions)}});
        break;
    case ExportFormat::Fhir:
        written = writeFileSafely(path, writeFhirBundle(b, b.alerts, at));
        break;
    }
    if (!written)
        return written.error();
    return done;
}

QList<BackupInfo> DiaryService::backups() const
{
    return m_diary ? m_diary->backups() : QList<BackupInfo>{};
}

Result<QString> DiaryService::backUp(const QString& reason)
{
    if (!m_diary)
        return refuseWrite().error();
    return m_diary->database().backup(reason);
}

Result<QString> DiaryService::dailyBackup(int keep)
{
    if (!m_diary)
        return refuseWrite().error();
    return m_diary->dailyBackup(QDate::currentDate(), keep);
}

Result<QString> DiaryService::restoreFrom(const QString& backupPath)
{
    if (!m_diary)
        return refuseWrite().error();
    const QDate asOf = today();
    const auto kept =
        m_diary->restoreFrom(backupPath, [&] { return m_diary->recomputeAlerts(asOf); });
    if (!kept)
        return kept.error();
    if (const Status s = reload(); !s)
        return s.error();
    return kept.value();
}

QList<BackupInfo> DiaryService::backupsOf(const QString& path)
{
    return Diary::backupsOf(path);
}

QString DiaryService::backupFolderOf(const QString& path)
{
    return Database::backupFolderOf(path);
}

Result<QString> DiaryService::moveAside(const QString& path)
{
    return Diary::moveAside(path);
}

Result<QString> DiaryService::replaceWithBackup(const QString& path, const QString& backupPath)
{
    return Diary::replaceWithBackup(path, backupPath);
}

} // namespace backlog
