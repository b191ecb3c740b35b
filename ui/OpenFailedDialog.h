// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>
#include <memory>

class QLabel;
class QListWidget;
class QMessageBox;
class QPushButton;

namespace backlog {

class DiaryService;

/// Shown at start-up when the diary cannot be opened (quality.md R2): names the file and
/// what is wrong, and offers to restore one of its backups, to start a new diary, or to
/// quit. The file is left exactly as it is unless the patient chooses an action, and even
/// then it is only moved aside (to NAME-set-aside-DATE-TIME.sqlite beside it), never
/// deleted. Accepted once a diary is open again: takeService() hands it over.
class OpenFailedDialog : public QDialog
{
    Q_OBJECT

public:
    /// `path`: the diary that could not be opened; `problem`: the message saying why.
    OpenFailedDialog(const QString& path, const QString& problem, QWidget* parent = nullptr);
    ~OpenFailedDialog() override;

    /// The diary opened by a restore or a new start; null before.
    std::unique_ptr<DiaryService> takeService();
    /// Where the file that could not be opened was moved to; empty when it was not moved.
    const QString& keptAside() const { return m_keptAside; }

    QPushButton* restoreButton() const { return m_restoreButton; }
    QPushButton* newDiaryButton() const { return m_newDiaryButton; }
    QPushButton* quitButton() const { return m_quitButton; }
    /// The list of backups that "Restore a backup..." opens; null until then.
    QDialog* backupChooser() const { return m_chooser; }
    QListWidget* backupList() const;
    /// The question that "Start a new diary..." asks; null until then.
    QMessageBox* newDiaryQuestion() const;
    /// Where a failed action says what went wrong.
    QLabel* errorLabel() const { return m_error; }

    /// Opens the list of the diary's backups ("Restore a backup...").
    void chooseBackup();
    /// Puts a copy of `backupPath` in the diary's place, the file moved aside first, and
    /// opens it; accepts the dialog. False (and a message) when it could not.
    bool restoreBackup(const QString& backupPath);
    /// Asks whether to start a new diary ("Start a new diary...").
    void askNewDiary();
    /// Moves the file aside and starts a new, empty diary in its place; accepts the
    /// dialog. False (and a message) when it could not.
    bool startNewDiary();

private:
    void showError(const QString& message);

    QString m_path;
    QString m_keptAside;
    std::unique_ptr<DiaryService> m_service;
    QPushButton* m_restoreButton;
    QPushButton* m_newDiaryButton;
    QPushButton* m_quitButton;
    QLabel* m_error;
    QPointer<QDialog> m_chooser;
    QPointer<QListWidget> m_backupList;
    QPointer<QLabel> m_chooserError;
    QPointer<QMessageBox> m_question;
};

} // namespace backlog
