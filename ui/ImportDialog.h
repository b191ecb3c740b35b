// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DiaryService.h"
#include "Pages.h"

#include <QDialog>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace backlog {

/// File > Import: reads an exchange file (.backlog.json) or a CSV file of entries or
/// sessions, shows what it holds and what it would change in the diary, and imports it
/// all or nothing when the user says so. A file with any bad row shows every located
/// error and cannot be imported.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(const PageContext& context, const QString& path, QWidget* parent = nullptr);

    /// True when the file was read without error (the Import button is enabled).
    bool canImport() const;
    /// Rows of the preview table.
    int previewRows() const;
    /// The summary line above the preview (what the file holds, what it changes).
    QString summary() const;
    /// The errors and warnings shown.
    QString messages() const;

    /// Imports what was read (the Import button). On success the dialog is accepted.
    Status import();

Q_SIGNALS:
    /// The import succeeded; `message` says what it did.
    void imported(const QString& message);

private:
    void readFile();
    void showEntries(const ImportFile& read);
    void showSessions(const ImportFile& read);
    void showBundle(const ImportFile& read);
    void showError(const QString& message);
    /// Entries whose day the diary already has (the import replaces them).
    int daysAlreadyLogged(const QList<DailyEntry>& entries) const;
    /// Fills the preview table and shows the warnings.
    void fillPreview(const QStringList& headers, const QList<QStringList>& rows,
                     const QStringList& warnings);

    PageContext m_context;
    QString m_path;
    QLabel* m_summary;
    QTableWidget* m_preview;
    QPlainTextEdit* m_messages;
    QDialogButtonBox* m_buttons;
    std::optional<ImportFile> m_file; ///< read and checked by the service
};

} // namespace backlog
