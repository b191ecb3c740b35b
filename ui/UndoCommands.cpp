// SPDX-License-Identifier: GPL-3.0-or-later
#include "UndoCommands.h"

#include "DiaryService.h"

namespace backlog {

DiaryCommand::DiaryCommand(DiaryService& service, const QString& text)
    : QUndoCommand(text), m_service(service)
{}

void DiaryCommand::report(const Status& status)
{
    m_lastError = status.ok() ? QString() : status.error().message;
    if (!status.ok())
        setObsolete(true); // QUndoStack drops it: the diary never took this step
}

EntryCommand::EntryCommand(DiaryService& service, std::optional<DailyEntry> before,
                           std::optional<DailyEntry> after, const QString& text, bool done)
    : DiaryCommand(service, text), m_before(std::move(before)), m_after(std::move(after)),
      m_date(m_after ? m_after->date : (m_before ? m_before->date : QDate())), m_skipRedo(done)
{}

void EntryCommand::apply(const std::optional<DailyEntry>& state, const QDate& date)
{
    report(state ? m_service.saveEntry(*state) : m_service.removeEntry(date));
}

void EntryCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    apply(m_after, m_date);
}

void EntryCommand::undo()
{
    apply(m_before, m_date);
}

bool EntryCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const EntryCommand*>(other);
    // Consecutive edits of one kind on one day (typing a note) make one undo step.
    if (next->m_date != m_date || !next->m_after || !m_after || next->text() != text())
        return false;
    m_after = next->m_after;
    return true;
}

SessionCommand::SessionCommand(DiaryService& service, std::optional<Session> before,
                               std::optional<Session> after, const QString& text)
    : DiaryCommand(service, text), m_before(std::move(before)), m_after(std::move(after))
{}

void SessionCommand::move(const std::optional<Session>& from, std::optional<Session>& to)
{
    if (to && !from) { // add (or re-add with the id it had)
        if (to->id != 0) {
            report(m_service.restoreSession(*to));
        } else {
            const auto added = m_service.addSession(*to);
            report(added ? Status() : Status(added.error()));
            if (added)
                to = added.value();
        }
    } else if (from && !to) {
        report(m_service.removeSession(from->id));
    } else if (to) {
        report(m_service.updateSession(*to));
    }
}

void SessionCommand::redo()
{
    move(m_before, m_after);
}

void SessionCommand::undo()
{
    move(m_after, m_before);
}

EpisodeCommand::EpisodeCommand(DiaryService& service, std::optional<Episode> before, Episode after,
                               const QString& text)
    : DiaryCommand(service, text), m_before(std::move(before)), m_after(std::move(after))
{}

void EpisodeCommand::redo()
{
    report(m_service.saveEpisode(m_after));
}

void EpisodeCommand::undo()
{
    if (m_before)
        report(m_service.saveEpisode(*m_before));
}

AcknowledgeCommand::AcknowledgeCommand(DiaryService& service, const QString& rule,
                                       const QDate& date, const QDate& on, const QString& text)
    : DiaryCommand(service, text), m_rule(rule), m_date(date), m_on(on)
{}

void AcknowledgeCommand::redo()
{
    report(m_service.setAcknowledged(m_rule, m_date, m_on));
}

void AcknowledgeCommand::undo()
{
    report(m_service.setAcknowledged(m_rule, m_date, QDate()));
}

} // namespace backlog
