// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Alert.h"

#include <QAbstractTableModel>
#include <QList>

namespace backlog {

/// Every alert of an evaluation as a table: raised alerts first (most urgent level, then
/// newest), then the acknowledged ones (newest first). The level is given by icon and
/// words, never by colour alone.
class AlertModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LevelColumn, DateColumn, TitleColumn, StatusColumn, ColumnCount };
    enum Role {
        RuleRole = Qt::UserRole + 1, ///< QString: the rule id
        LevelRole,                   ///< int: the AlertLevel
        AlertDateRole,               ///< QDate: the date it fired
        AcknowledgedRole,            ///< QDate: when acknowledged (null while raised)
    };

    explicit AlertModel(QObject* parent = nullptr);

    /// Replaces the alerts shown (ordered as described above).
    void setAlerts(const QList<Alert>& alerts);
    const QList<Alert>& alerts() const { return m_alerts; }
    const Alert& alertAt(int row) const { return m_alerts.at(row); }
    /// The row of the alert of `rule` fired on `date`, or -1.
    int rowOf(const QString& rule, const QDate& date) const;

    /// "Raised" or "Acknowledged on DATE".
    static QString statusText(const Alert& alert);
    static QString dateText(const QDate& date);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Alert> m_alerts;
};

} // namespace backlog
