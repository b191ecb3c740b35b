// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Diary.h"
#include "clinical/Engine.h"

#include <QMap>
#include <QObject>

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

    Diary& diary() { return m_diary; }
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

Q_SIGNALS:
    /// The diary changed (after a durable write and re-evaluation).
    void changed();

private:
    Status reevaluate();
    Status reloadSessions();

    Diary& m_diary;
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
