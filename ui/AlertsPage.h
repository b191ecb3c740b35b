// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Pages.h"
#include "model/Alert.h"

#include <QSet>
#include <QWidget>
#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;
class QWidget;

namespace backlog {

class AlertModel;
class LevelIcon;

/// Every alert with its level (icon and words), what to do, why it fired and its source.
/// Acknowledging an emergency, urgent or stop-massage alert first asks the patient to
/// confirm that they read what to do; acknowledged alerts stay in the list.
class AlertsPage : public QWidget
{
    Q_OBJECT

public:
    explicit AlertsPage(const PageContext& context, QWidget* parent = nullptr);

    AlertModel* model() const { return m_model; }
    QTableView* tableView() const { return m_table; }
    QCheckBox* confirmCheckBox() const { return m_confirm; }
    QPushButton* acknowledgeButton() const { return m_acknowledge; }
    QLabel* actionLabel() const { return m_action; }
    QLabel* whyLabel() const { return m_why; }
    QLabel* sourceLabel() const { return m_source; }
    QLabel* statusLabel() const { return m_status; }

    /// Selects and shows the alert of `rule` fired on `date`; false when it is not listed.
    bool selectAlert(const QString& rule, const QDate& date);
    /// Selects the most urgent raised alert (or the first listed).
    void selectMostUrgent();
    /// The alert shown in the detail panel.
    std::optional<Alert> currentAlert() const;
    /// Acknowledges the shown alert when that is allowed (for the levels that need it,
    /// only once the confirmation is ticked); returns whether it was acknowledged.
    bool acknowledgeCurrent();

    /// True for the levels whose acknowledgement needs the patient's confirmation.
    static bool needsConfirmation(AlertLevel level);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh();
    void showCurrent();
    void updateAcknowledgeButton();

    PageContext m_context;
    AlertModel* m_model;
    QLabel* m_summary;
    QTableView* m_table;
    QWidget* m_detail;
    QLabel* m_empty;
    LevelIcon* m_levelIcon;
    QLabel* m_level;
    QLabel* m_title;
    QLabel* m_action;
    QLabel* m_message;
    QLabel* m_why;
    QLabel* m_source;
    QLabel* m_status;
    QWidget* m_confirmRow;
    QCheckBox* m_confirm;
    QLabel* m_confirmAction;
    QPushButton* m_acknowledge;
    QLabel* m_hint;
    std::optional<Alert> m_shown;
    QSet<QString> m_known; ///< "rule@date" of the alerts listed at the last refresh
    bool m_refreshed = false;
};

} // namespace backlog
