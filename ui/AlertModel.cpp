// SPDX-License-Identifier: GPL-3.0-or-later
#include "AlertModel.h"

#include "DateField.h"
#include "LevelIcon.h"
#include "clinical/RuleTable.h"

#include <QFont>
#include <QLocale>
#include <algorithm>

namespace backlog {

AlertModel::AlertModel(QObject* parent) : QAbstractTableModel(parent) {}

void AlertModel::setAlerts(const QList<Alert>& alerts)
{
    QList<Alert> sorted = alerts;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Alert& a, const Alert& b) {
        if (a.isAcknowledged() != b.isAcknowledged())
            return !a.isAcknowledged();
        if (!a.isAcknowledged() && a.level != b.level)
            return static_cast<int>(a.level) < static_cast<int>(b.level);
        if (a.date != b.date)
            return a.date > b.date;
        return static_cast<int>(a.level) < static_cast<int>(b.level);
    });
    beginResetModel();
    m_alerts = sorted;
    endResetModel();
}

int AlertModel::rowOf(const QString& rule, const QDate& date) const
{
    for (int row = 0; row < m_alerts.size(); ++row)
        if (m_alerts[row].rule == rule && m_alerts[row].date == date)
            return row;
    return -1;
}

QString AlertModel::dateText(const QDate& date)
{
    return displayDate(date);
}

QString AlertModel::statusText(const Alert& alert)
{
    return alert.isAcknowledged() ? tr("Acknowledged on %1").arg(dateText(alert.acknowledged))
                                  : tr("Raised");
}

int AlertModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_alerts.size());
}

int AlertModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Alert& alert = m_alerts.at(index.row());
    const RuleInfo* rule = findRule(alert.rule);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case LevelColumn:
            return levelTitle(alert.level);
        case DateColumn:
            return dateText(alert.date);
        case TitleColumn:
            return rule ? ruleTitle(*rule) : alert.rule;
        case StatusColumn:
            return statusText(alert);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == LevelColumn)
            return levelAction(alert.level);
        if (index.column() == TitleColumn)
            return rule ? ruleMessage(*rule) : QString();
        return {};
    case Qt::DecorationRole:
        if (index.column() == LevelColumn)
            return LevelIcon::icon(alert.level);
        return {};
    case Qt::FontRole:
        if (!alert.isAcknowledged()) { // what still needs attention stands out in bold
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case RuleRole:
        return alert.rule;
    case LevelRole:
        return static_cast<int>(alert.level);
    case AlertDateRole:
        return alert.date;
    case AcknowledgedRole:
        return alert.acknowledged;
    }
    return {};
}

QVariant AlertModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LevelColumn:
        return tr("Level");
    case DateColumn:
        return tr("Date");
    case TitleColumn:
        return tr("Alert");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace backlog
