// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Diary.h"
#include "clinical/Engine.h"

#include <QMap>
#include <QObject>
#include <functional>
#include <optional>

namespace backlog {

/// What the app's pages talk to: the open diary kept in memory, every write made durable
/// through the repositories, and the clinical evaluation brought up to date right after
/// each write (new alerts stored). Widgets are told by `changed()`.
class DiaryService : public QObject
{
    Q_OBJECT

public:
    explicit DiaryService(Diary& diary, QObject* parent = nullptr);
    /// A read-only service over a bundle (review mode): it holds no diary, so nothing can
    /// be written anywhere; every write is refused with a message. `source` names the
    /// bundle's file. The date it treats as today is the bundle's last day (or the day it
    /// was exported, when later). Call `load()` as usual.
    DiaryService(const Bundle& bundle, const QString& source, QObject* parent = nullptr);
    /// True in review mode.
    bool isReadOnly() const { return m_diary == nullptr; }
    /// The bundle file shown in review mode; empty otherwise.
    const QString& reviewSource() const { return m_reviewSource; }

    /// Loads everything from the diary; call once after construction.
    Status load();
    /// Loads what the first frame needs, fast even for a diary of years: the episode,
    /// sessions, the stored alerts (the banner shows the raised ones) and the entries of
    /// the last two weeks. `loadRest()` must follow.
    Status loadStart();
    /// Loads every entry and evaluates (after the first frame); tells the widgets.
    Status loadRest();
    /// Loads everything again (after a restore) and tells the widgets.
    Status reload();

    /// The open diary; must not be called in review mode (see isReadOnly()).
    Diary& diary() { return *m_diary; }
    /// The date the app treats as today (the system date unless set, e.g. in tests).
    QDate today() const;
    void setToday(const QDate& date);

    const std::optional<Episode>& episode() const { return m_episode; }
    bool hasEpisode() const { return m_episode.has_value(); }
    /// Every entry, by date.
    const QList<DailyEntry>& entries() const;
    std::optional<DailyEntry> entry(const QDate& date) const;
    const QList<Session>& sessions() const { return m_sessions; }
    /// The evaluation as of today (empty until the diary has an episode).
    const Evaluation& evaluation() const { return m_evaluation; }
    /// When the entry of `date` was first entered and last changed.
    std::pair<QDateTime, QDateTime> entryTimestamps(const QDate& date);

    Status saveEpisode(const Episode& episode);
    Status saveEntry(const DailyEntry& entry);
    Status removeEntry(const QDate& date);
    /// Stores a new session (its id is set in the returned value).
    Result<Session> addSession(const Session& session);
    /// Stores a session again under a given id (undo of a removal).
    Status restoreSession(const Session& session);
    Status updateSession(const Session& session);
    Status removeSession(qint64 id);
    /// Marks an alert as acknowledged today, or clears the acknowledgement (null date).
    Status setAcknowledged(const QString& rule, const QDate& date, const QDate& on);

    /// The diary's content as an exchange bundle (in review mode, the bundle shown).
    Bundle toBundle() const;
    /// Imports daily entries read from a CSV file: all or nothing, after a backup of the
    /// diary ("before-import"); then loads everything again and tells the widgets.
    Result<EntriesImported> importEntries(const QList<DailyEntry>& entries);
    /// Imports sessions read from a CSV file, as importEntries(); returns how many were added.
    Result<int> importSessions(const QList<Session>& sessions);
    /// Imports an exchange bundle, as importEntries().
    Status importBundle(const Bundle& bundle, QStringList* warnings = nullptr);

Q_SIGNALS:
    /// The diary changed (after a durable write and re-evaluation).
    void changed();

private:
    Status reevaluate();
    Status reloadSessions();

    Status refuseWrite() const;
    /// Refuses in review mode, else backs the diary up before an import.
    Status beforeImport();
    /// Runs `write` in one transaction, then reloads the sessions, re-evaluates and tells
    /// the widgets; refused in review mode.
    Status changeSessions(const std::function<Status()>& write);

    Diary* m_diary = nullptr;       ///< null in review mode
    std::optional<Bundle> m_review; ///< what review mode shows
    QString m_reviewSource;
    QDate m_today;
    std::optional<Episode> m_episode;
    QMap<QDate, DailyEntry> m_entries;
    mutable QList<DailyEntry> m_entryList; ///< m_entries in order, made when asked
    mutable bool m_entryListValid = false;
    QList<Session> m_sessions;
    QList<Alert> m_storedAlerts;
    Evaluation m_evaluation;
};

} // namespace backlog
