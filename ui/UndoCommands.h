// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "model/DailyEntry.h"
#include "model/Episode.h"
#include "model/Session.h"

#include <QUndoCommand>
#include <optional>

namespace backlog {

class DiaryService;

/// Every user edit is one of these on the main window's QUndoStack. A command that
/// cannot be carried out (the diary refused the write) keeps the message in `lastError()`
/// and leaves the stack (it is made obsolete): the stack never holds a step the diary
/// does not.
class DiaryCommand : public QUndoCommand
{
public:
    DiaryCommand(DiaryService& service, const QString& text);
    /// The message of the last write that failed, or empty.
    const QString& lastError() const { return m_lastError; }

protected:
    void report(const Status& status);
    DiaryService& m_service;

private:
    QString m_lastError;
};

/// Saving one day (from no entry or a previous version, to a new version or to none).
class EntryCommand : public DiaryCommand
{
public:
    /// With `done`, the change is already saved: the push's first redo() does nothing.
    EntryCommand(DiaryService& service, std::optional<DailyEntry> before,
                 std::optional<DailyEntry> after, const QString& text, bool done = false);
    void redo() override;
    void undo() override;
    int id() const override { return 1; }
    /// Consecutive edits of the same day merge into one undo step.
    bool mergeWith(const QUndoCommand* other) override;

private:
    void apply(const std::optional<DailyEntry>& state, const QDate& date);
    std::optional<DailyEntry> m_before;
    std::optional<DailyEntry> m_after;
    QDate m_date;
    bool m_skipRedo = false;
};

/// Adding, changing or deleting a massage session.
class SessionCommand : public DiaryCommand
{
public:
    SessionCommand(DiaryService& service, std::optional<Session> before,
                   std::optional<Session> after, const QString& text);
    void redo() override;
    void undo() override;
    /// The session as stored by the last redo (its id once added).
    const std::optional<Session>& current() const { return m_after; }

private:
    void move(const std::optional<Session>& from, std::optional<Session>& to);
    std::optional<Session> m_before;
    std::optional<Session> m_after;
};

/// Changing the episode (setup answers, baseline, activities).
class EpisodeCommand : public DiaryCommand
{
public:
    EpisodeCommand(DiaryService& service, std::optional<Episode> before, Episode after,
                   const QString& text);
    void redo() override;
    void undo() override;

private:
    std::optional<Episode> m_before;
    Episode m_after;
};

/// Acknowledging an alert (undo takes the acknowledgement back).
class AcknowledgeCommand : public DiaryCommand
{
public:
    AcknowledgeCommand(DiaryService& service, const QString& rule, const QDate& date,
                       const QDate& on, const QString& text);
    void redo() override;
    void undo() override;

private:
    QString m_rule;
    QDate m_date;
    QDate m_on;
};

} // namespace backlog
