// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Pages.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QMessageBox;
class QPushButton;
class QTableView;

namespace backlog {

class SessionDialog;
class SessionModel;

/// The massage sessions: a table of every session with the plan's guidance, and buttons
/// to add, edit and delete them. Every change is an undo command on the context's stack.
class SessionsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SessionsPage(const PageContext& context, QWidget* parent = nullptr);

    SessionModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    /// The add or edit dialog while it is open, else null.
    SessionDialog* dialog() const;
    /// The delete confirmation while it is open, else null.
    QMessageBox* confirmation() const;

public Q_SLOTS:
    /// Opens the dialog for a new session (non-blocking; saved when accepted).
    void addSession();
    /// Opens the dialog for the selected session.
    void editSelected();
    /// Asks for confirmation (non-blocking), then deletes the selected session.
    void deleteSelected();
    /// Deletes the session with database id `id` without asking (the confirmed decision).
    bool deleteSession(qint64 id);
    /// Reads the sessions and the plan's guidance from the service again.
    void refresh();

private:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void openDialog(int row);
    void save(const SessionDialog& dialog, bool adding);
    int selectedRow() const;
    void selectId(qint64 id);
    void updateButtons();
    void updateSummary();
    void showError(const QString& message);

    PageContext m_context;
    SessionModel* m_model;
    QTableView* m_table;
    QLabel* m_summary;
    QLabel* m_status;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_delete;
    QPointer<SessionDialog> m_dialog;
    QPointer<QMessageBox> m_confirmation;
};

} // namespace backlog
