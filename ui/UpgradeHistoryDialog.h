// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Alert.h"

#include <QDialog>
#include <QList>

class QLabel;
class QPushButton;

namespace backlog {

/// The alerts found when the safety rules were updated (clinical.md 7), shown once as
/// history: what each says to do, and that they are listed on the Alerts page. The patient
/// reads them and closes the dialog.
class UpgradeHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    /// `alerts` in the order shown: most urgent first (Evaluation::foundOnUpgrade()).
    UpgradeHistoryDialog(const QList<Alert>& alerts, QWidget* parent = nullptr);

    QLabel* listLabel() const { return m_list; }
    QPushButton* closeButton() const { return m_close; }

private:
    QLabel* m_list;
    QPushButton* m_close;
};

} // namespace backlog
