// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clinical/Hold.h"
#include "clinical/Plan.h"
#include "model/Episode.h"
#include "model/Session.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <optional>

namespace backlog {

/// The massage sessions of the diary as a table, oldest first, with the plan's guidance
/// for each session (clinical.md section 3) in its own column.
class SessionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        MinutesColumn,
        KindColumn,
        TherapistColumn,
        ShootingPainColumn,
        NumbnessColumn,
        NoteColumn,
        GuidanceColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SessionIdRole = Qt::UserRole + 1, ///< qint64 database id of the row's session
        RawValueRole,                     ///< the cell's value (QDate, int, bool, QString)
    };

    explicit SessionModel(QObject* parent = nullptr);

    /// Replaces the rows; `episode` (when there is one) gives the guidance and `hold` (the
    /// evaluation's) the days massage was on hold.
    void setSessions(const QList<Session>& sessions, const std::optional<Episode>& episode,
                     const MassageHold& hold = MassageHold());

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// The sessions in row order (by date, then by id).
    const QList<Session>& sessions() const { return m_sessions; }
    const Session& sessionAt(int row) const { return m_sessions.at(row); }
    /// The row of the session with database id `id`, or -1.
    int rowOfId(qint64 id) const;
    /// The guidance notes of a row, joined; empty when the session is within the plan.
    QString guidanceAt(int row) const { return m_guidance.value(row).join(QStringLiteral("; ")); }
    /// The row's session was logged on a day when massage was on hold.
    bool onHoldAt(int row) const { return m_checks.value(row).onHold(); }

    /// What the plan says about `session` given its check (sessionCheck() or
    /// sessionChecks()): one note per point, short (for the table) or as full sentences
    /// (for the dialog). Empty when within the plan. The hold is not among them (holdNote()).
    static QStringList guidanceNotes(const Episode& episode, const Session& session,
                                     const SessionCheck& check, bool longForm);
    /// "Logged while massage was on hold: ..." naming what held it; empty when it was not.
    static QString holdNote(const Session& session, const SessionCheck& check,
                            const MassageHold& hold);

private:
    QList<Session> m_sessions;
    QList<SessionCheck> m_checks;
    QList<QStringList> m_guidance;
};

} // namespace backlog
