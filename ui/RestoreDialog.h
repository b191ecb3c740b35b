// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QListWidget;
class QPushButton;
class QLabel;

namespace backlog {

class DiaryService;

/// Lists the diary's backups, newest first, and restores the one chosen after the
/// patient confirms; the diary as it was is kept as a backup first.
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RestoreDialog(DiaryService& service, QWidget* parent = nullptr);
    QListWidget* list() const { return m_list; }
    /// Restores the selected backup (the confirmation already given).
    bool restoreSelected();

Q_SIGNALS:
    void restored(const QString& keptCopy);

private:
    DiaryService& m_service;
    QListWidget* m_list;
    QPushButton* m_restore;
    QLabel* m_message;
};

} // namespace backlog
