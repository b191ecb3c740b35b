// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionModel.h"

#include "DateField.h"
#include "clinical/RuleTable.h"
#include "model/Vocabulary.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>
#include <algorithm>

namespace backlog {

SessionModel::SessionModel(QObject* parent) : QAbstractTableModel(parent) {}

void SessionModel::setSessions(const QList<Session>& sessions,
                               const std::optional<Episode>& episode, const MassageHold& hold)
{
    beginResetModel();
    m_sessions = sessions;
    std::stable_sort(m_sessions.begin(), m_sessions.end(), [](const Session& a, const Session& b) {
        return a.date != b.date ? a.date < b.date : a.id < b.id;
    });
    m_guidance.clear();
    m_checks.clear();
    // One check of the whole list (the report makes the same): "above plan" marks only the
    // sessions beyond the week's planned count, and the hold comes from the one predicate.
    if (episode)
        m_checks = sessionChecks(*episode, m_sessions, hold);
    for (int row = 0; row < m_checks.size(); ++row) {
        const Session& s = m_sessions.at(row);
        QStringList notes;
        const QString held = holdNote(s, m_checks.at(row), hold);
        if (!held.isEmpty())
            notes << held;
        notes << guidanceNotes(*episode, s, m_checks.at(row), false);
        m_guidance << notes;
    }
    endResetModel();
}

int SessionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_sessions.size());
}

int SessionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int SessionModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_sessions.size(); ++row)
        if (m_sessions.at(row).id == id)
            return row;
    return -1;
}

QVariant SessionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Session& s = m_sessions.at(index.row());
    const auto yesNo = [](bool value) { return value ? tr("Yes") : tr("No"); };

    switch (role) {
    case SessionIdRole:
        return s.id;
    case RawValueRole:
        switch (index.column()) {
        case DateColumn:
            return s.date;
        case MinutesColumn:
            return s.minutes;
        case KindColumn:
            return toString(s.kind);
        case TherapistColumn:
            return s.therapist;
        case ShootingPainColumn:
            return s.shootingPain;
        case NumbnessColumn:
            return s.numbness;
        case NoteColumn:
            return s.note;
        case GuidanceColumn:
            return guidanceAt(index.row());
        default:
            return {};
        }
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case DateColumn:
            return displayDate(s.date);
        case MinutesColumn:
            return s.minutes;
        case KindColumn:
            return sessionKindLabel(s.kind);
        case TherapistColumn:
            return s.therapist;
        case ShootingPainColumn:
            return yesNo(s.shootingPain);
        case NumbnessColumn:
            return yesNo(s.numbness);
        case NoteColumn:
            // One line in the table; the whole note is in the tooltip and the dialog.
            return s.note.section(QLatin1Char('\n'), 0, 0);
        case GuidanceColumn: {
            const QString text = guidanceAt(index.row());
            return text.isEmpty() && role == Qt::AccessibleTextRole ? tr("Within the plan") : text;
        }
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case DateColumn:
            return QLocale().toString(s.date, QLocale::LongFormat);
        case NoteColumn:
            return s.note.isEmpty() ? QVariant() : QVariant(s.note);
        case GuidanceColumn: {
            const QString text = guidanceAt(index.row());
            return text.isEmpty() ? QVariant() : QVariant(text);
        }
        case ShootingPainColumn:
        case NumbnessColumn:
            if ((index.column() == ShootingPainColumn && s.shootingPain) ||
                (index.column() == NumbnessColumn && s.numbness))
                return tr("Raises a stop-massage alert");
            return {};
        default:
            return {};
        }
    case Qt::DecorationRole:
        // A shape beside the word, so that "yes" never depends on colour.
        if ((index.column() == ShootingPainColumn && s.shootingPain) ||
            (index.column() == NumbnessColumn && s.numbness) ||
            (index.column() == GuidanceColumn && !m_guidance.value(index.row()).isEmpty()))
            return QApplication::style()->standardIcon(index.column() == GuidanceColumn &&
                                                               !onHoldAt(index.row())
                                                           ? QStyle::SP_MessageBoxInformation
                                                           : QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == MinutesColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant SessionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case MinutesColumn:
        return tr("Minutes");
    case KindColumn:
        return tr("Kind");
    case TherapistColumn:
        return tr("Therapist");
    case ShootingPainColumn:
        return role == Qt::ToolTipRole ? tr("Sharp, shooting pain during the session")
                                       : tr("Shooting pain");
    case NumbnessColumn:
        return role == Qt::ToolTipRole
                   ? tr("Numbness or tingling in the legs during or after the session")
                   : tr("Numbness");
    case NoteColumn:
        return tr("Note");
    case GuidanceColumn:
        return role == Qt::ToolTipRole ? tr("What the plan says about this session")
                                       : tr("Plan guidance");
    default:
        return {};
    }
}

QString SessionModel::holdNote(const Session& session, const SessionCheck& check,
                               const MassageHold& hold)
{
    if (!check.onHold())
        return {};
    return tr("Logged while massage was on hold: %1").arg(holdText(hold, session.date));
}

QStringList SessionModel::guidanceNotes(const Episode& episode, const Session& session,
                                        const SessionCheck& check, bool longForm)
{
    const SessionGuidance& g = check.guidance;
    QStringList notes;
    if (g.shorterThanRange)
        notes << (longForm ? tr("Shorter than the evidence-based range of 30 to 60 minutes. "
                                "It still counts; the studies that found a benefit used "
                                "longer sessions.")
                           : tr("Shorter than the evidence-based range (30-60 min)"));
    if (g.longerThanRange)
        notes << (longForm ? tr("Longer than the evidence-based range of 30 to 60 minutes.")
                           : tr("Longer than the evidence-based range (30-60 min)"));
    if (g.abovePlan) {
        const int week = programWeek(programDay(episode.programStart, session.date));
        const int planned = sessionsPlannedPerWeek(phaseOfWeek(week));
        notes << (longForm ? tr("Above plan this week: the plan for this phase is %1 a week. "
                                "This is not blocked; it is noted for your physiotherapist.")
                                 .arg(planned)
                           : tr("Above plan this week (plan: %1 a week)").arg(planned));
    }
    if (g.isFirstAcuteSession && g.windowStart.isValid()) {
        const QLocale locale;
        const QString from = displayDate(g.windowStart);
        const QString to = displayDate(g.windowEnd);
        if (longForm) {
            QString text = tr("First session of an acute episode: it is best between %1 and %2, "
                              "3 to 7 days after the pain began.")
                               .arg(from, to);
            text += QLatin1Char(' ') + (g.outsideWindow ? tr("This date is outside that window.")
                                                        : tr("This date is within it."));
            notes << text;
        } else if (g.outsideWindow) {
            notes << tr("First session outside the advised window (%1 to %2)").arg(from, to);
        }
    }
    return notes;
}

} // namespace backlog
