// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Pages.h"
#include "model/Alert.h"

#include <QFrame>
#include <optional>

class QLabel;
class QPushButton;

namespace backlog {

class LevelIcon;

/// The banner above the pages of the main window, shown while an emergency, urgent or
/// stop-massage alert is not acknowledged: the most urgent raised alert's level (sign and
/// words), title and action, how many others are raised, and a way to the alerts page.
/// It follows the diary: updated after every save.
class AlertBanner : public QFrame
{
    Q_OBJECT

public:
    explicit AlertBanner(const PageContext& context, QWidget* parent = nullptr);

    /// The alert the banner shows (the most urgent raised one), when shown.
    const std::optional<Alert>& shownAlert() const { return m_shown; }
    QLabel* levelLabel() const { return m_level; }
    QLabel* titleLabel() const { return m_title; }
    QLabel* actionLabel() const { return m_action; }
    QLabel* othersLabel() const { return m_others; }
    QPushButton* showAlertsButton() const { return m_showAlerts; }

Q_SIGNALS:
    /// The patient asked to see the alerts page.
    void showAlertsRequested();

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void refresh();

    PageContext m_context;
    LevelIcon* m_icon;
    QLabel* m_level;
    QLabel* m_title;
    QLabel* m_action;
    QLabel* m_others;
    QPushButton* m_showAlerts;
    std::optional<Alert> m_shown;
};

} // namespace backlog
