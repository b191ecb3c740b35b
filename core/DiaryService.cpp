// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiaryService.h"

#include "Dates.h"

#include <QCoreApplication>
#include <QSet>

namespace backlog {

DiaryService::DiaryService(Diary& diary, QObject* parent) : QObject(parent), m_diary(&diary) {}

DiaryService::DiaryService(const Bundle& bundle, const QString& source, QObject* parent)
    : QObject(parent), m_review(bundle), m_reviewSource(source)
{
    QDate last = defaultAsOf(bundle.episode, bundle.entries, bundle.sessions);
    if (bundle.exportedAt.isValid() && bundle.exportedAt.date() > last)
        last = bundle.exportedAt.date();
    m_today = last;
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

Status DiaryService::load()
{
    if (!m_diary) {
        m_episode = m_review->episode;
        m_entries.clear();
        for (const DailyEntry& e : m_review->entries)
            m_entries.insert(e.date, e);
        m_entryListValid = false;
        m_sessions = m_review->sessions;
        m_storedAlerts = m_review->alerts;
        return reevaluate();
    }
    const auto episode = m_diary->episodes().get();
    if (!episode)
        return episode.error();
    m_episode = episode.value();
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
    return reevaluate();
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

Status DiaryService::reevaluate()
{
    // m_storedAlerts mirrors the alert table: read at load, kept up to date by the writes
    // below, so a save (a note being typed) never reads every alert back.
    if (!m_episode) {
        m_evaluation = Evaluation{};
        return {};
    }
    const QList<DailyEntry>& entries = this->entries();
    QDate asOf = today();
    // Entries logged ahead of today (a clock set back) still count.
    if (!entries.isEmpty() && entries.last().date > asOf)
        asOf = entries.last().date;
    m_evaluation = evaluate(*m_episode, entries, m_sessions, m_storedAlerts, asOf);

    // Store every alert that fired (alertChanges()): the table mirrors the evaluation.
    const AlertChanges changes = alertChanges(m_storedAlerts, m_evaluation);
    if (changes.isEmpty() || !m_diary)
        return {}; // in review mode the evaluation is shown, never stored
    const Status s = m_diary->database().transaction(
        [&]() -> Status { return m_diary->storeAlertChanges(changes); });
    if (!s)
        return s;
    QSet<QString> gone;
    for (const QList<Alert>* list : {&changes.changed, &changes.withdrawn})
        for (const Alert& a : *list)
            gone.insert(a.key());
    m_storedAlerts.removeIf([&](const Alert& a) { return gone.contains(a.key()); });
    m_storedAlerts << changes.added << changes.changed;
    std::stable_sort(m_storedAlerts.begin(), m_storedAlerts.end(),
                     [](const Alert& a, const Alert& b) {
                         return a.date != b.date ? a.date < b.date : a.rule < b.rule;
                     });
    return s;
}

Status DiaryService::saveEpisode(const Episode& episode)
{
    if (!m_diary)
        return refuseWrite();
    if (const Status s =
            m_diary->database().transaction([&] { return m_diary->episodes().save(episode); });
        !s)
        return s;
    m_episode = episode;
    const Status s = reevaluate();
    Q_EMIT changed();
    return s;
}

Status DiaryService::saveEntry(const DailyEntry& entry)
{
    if (!m_diary)
        return refuseWrite();
    if (const Status s = m_diary->saveEntry(entry); !s)
        return s;
    m_entries.insert(entry.date, entry);
    m_entryListValid = false;
    const Status s = reevaluate();
    Q_EMIT changed();
    return s;
}

Status DiaryService::removeEntry(const QDate& date)
{
    if (!m_diary)
        return refuseWrite();
    if (const Status s =
            m_diary->database().transaction([&] { return m_diary->entries().remove(date); });
        !s)
        return s;
    m_entries.remove(date);
    m_entryListValid = false;
    const Status s = reevaluate();
    Q_EMIT changed();
    return s;
}

Result<Session> DiaryService::addSession(const Session& session)
{
    if (!m_diary)
        return refuseWrite().error();
    Session stored = session;
    const Status s = m_diary->database().transaction([&]() -> Status {
        const auto id = m_diary->sessions().add(session);
        if (!id)
            return id.error();
        stored.id = id.value();
        return {};
    });
    if (!s)
        return s.error();
    reloadSessions();
    reevaluate();
    Q_EMIT changed();
    return stored;
}

Status DiaryService::changeSessions(const std::function<Status()>& write)
{
    if (!m_diary)
        return refuseWrite();
    if (const Status s = m_diary->database().transaction(write); !s)
        return s;
    reloadSessions();
    const Status s = reevaluate();
    Q_EMIT changed();
    return s;
}

Status DiaryService::restoreSession(const Session& session)
{
    return changeSessions([&] { return m_diary->sessions().restore(session); });
}

Status DiaryService::updateSession(const Session& session)
{
    return changeSessions([&] { return m_diary->sessions().update(session); });
}

Status DiaryService::removeSession(qint64 id)
{
    return changeSessions([&] { return m_diary->sessions().remove(id); });
}

Status DiaryService::setAcknowledged(const QString& rule, const QDate& date, const QDate& on)
{
    if (!m_diary)
        return refuseWrite();
    const Status s = m_diary->database().transaction([&]() -> Status {
        if (on.isValid())
            return m_diary->alerts().acknowledge(rule, date, on);
        for (Alert a : m_storedAlerts) {
            if (a.rule == rule && a.date == date) {
                a.acknowledged = QDate();
                return m_diary->alerts().save(a);
            }
        }
        return badInput(QCoreApplication::translate("Diary", "there is no alert %1 on %2")
                            .arg(rule, isoDate(date)));
    });
    if (!s)
        return s;
    for (Alert& a : m_storedAlerts)
        if (a.rule == rule && a.date == date)
            a.acknowledged = on;
    const Status r = reevaluate();
    Q_EMIT changed();
    return r;
}

Bundle DiaryService::toBundle() const
{
    if (!m_diary)
        return *m_review;
    Bundle b;
    if (m_episode)
        b.episode = *m_episode;
    b.entries = entries();
    b.sessions = m_sessions;
    b.alerts = m_storedAlerts;
    return b;
}

Status DiaryService::beforeImport()
{
    if (!m_diary)
        return refuseWrite();
    const auto made = m_diary->database().backup(QStringLiteral("before-import"));
    if (!made)
        return made.error();
    return {};
}

Result<EntriesImported> DiaryService::importEntries(const QList<DailyEntry>& entries)
{
    if (const Status s = beforeImport(); !s)
        return s.error();
    const auto imported = m_diary->importEntries(entries);
    if (!imported)
        return imported.error();
    if (const Status s = reload(); !s)
        return s.error();
    return imported.value();
}

Result<int> DiaryService::importSessions(const QList<Session>& sessions)
{
    if (const Status s = beforeImport(); !s)
        return s.error();
    const auto added = m_diary->importSessions(sessions);
    if (!added)
        return added.error();
    if (const Status s = reload(); !s)
        return s.error();
    return added.value();
}

Status DiaryService::importBundle(const Bundle& bundle, QStringList* warnings)
{
    if (const Status s = beforeImport(); !s)
        return s;
    if (const Status s = m_diary->importBundle(bundle, warnings); !s)
        return s;
    return reload();
}

} // namespace backlog
