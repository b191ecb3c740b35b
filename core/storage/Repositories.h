// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "model/Alert.h"
#include "model/DailyEntry.h"
#include "model/Episode.h"
#include "model/Session.h"

#include <QDate>
#include <QList>
#include <optional>

namespace backlog {

class Database;

/// The diary's one episode.
class EpisodeRepository
{
public:
    explicit EpisodeRepository(Database& db) : m_db(db) {}
    /// The episode, or nothing for a diary not set up yet.
    Result<std::optional<Episode>> get() const;
    Status save(const Episode& episode);
    /// Unknown top-level and patient fields of an imported bundle.
    Result<std::pair<QJsonObject, QJsonObject>> bundleExtras() const;
    Status saveBundleExtras(const QJsonObject& top, const QJsonObject& patient);

private:
    Database& m_db;
};

/// Daily entries: one per date, inserted or updated.
class EntryRepository
{
public:
    explicit EntryRepository(Database& db) : m_db(db) {}
    Result<std::optional<DailyEntry>> get(const QDate& date) const;
    /// Every entry, by date.
    Result<QList<DailyEntry>> all() const;
    /// Entries dated from..to (inclusive), by date.
    Result<QList<DailyEntry>> between(const QDate& from, const QDate& to) const;
    /// Inserts or updates the entry of its date; keeps the first-entered time.
    Status save(const DailyEntry& entry);
    Status remove(const QDate& date);
    /// When the entry of `date` was first entered and last changed (UTC).
    Result<std::pair<QDateTime, QDateTime>> timestamps(const QDate& date) const;

private:
    Database& m_db;
};

/// Massage sessions, several per date allowed.
class SessionRepository
{
public:
    explicit SessionRepository(Database& db) : m_db(db) {}
    /// Every session, by date then id.
    Result<QList<Session>> all() const;
    /// Stores a new session; returns its id.
    Result<qint64> add(const Session& session);
    Status update(const Session& session);
    /// Stores a session under its own id again (undoing a removal).
    Status restore(const Session& session);
    Status remove(qint64 id);

private:
    Database& m_db;
};

/// Alerts and their acknowledgements, one per rule and date.
class AlertRepository
{
public:
    explicit AlertRepository(Database& db) : m_db(db) {}
    /// Every alert, by date then rule.
    Result<QList<Alert>> all() const;
    /// Inserts the alert or updates the one of the same rule and date.
    Status save(const Alert& alert);
    Status acknowledge(const QString& rule, const QDate& date, const QDate& on);
    Status remove(const QString& rule, const QDate& date);

private:
    Database& m_db;
};

} // namespace backlog
