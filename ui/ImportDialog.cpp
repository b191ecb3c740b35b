// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportDialog.h"

#include "DateField.h"
#include "DialogKeys.h"
#include "DiaryService.h"
#include "model/Vocabulary.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace backlog {

namespace {

QString yesNo(bool value)
{
    return value ? ImportDialog::tr("yes") : QString();
}

QString dateText(const QDate& date)
{
    return displayDate(date);
}

/// Largest file read for a preview: far above ten years of entries.

} // namespace

ImportDialog::ImportDialog(const PageContext& context, const QString& path, QWidget* parent)
    : QDialog(parent), m_context(context), m_path(path)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import %1").arg(QFileInfo(path).fileName()));
    auto* layout = new QVBoxLayout(this);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    layout->addWidget(m_summary);

    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("importPreviewTable"));
    m_preview->setAccessibleName(tr("What the file holds"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->verticalHeader()->setVisible(false);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_preview, 1);

    m_messages = new QPlainTextEdit(this);
    m_messages->setObjectName(QStringLiteral("importMessagesPlainTextEdit"));
    m_messages->setAccessibleName(tr("Errors and warnings"));
    m_messages->setReadOnly(true);
    m_messages->setMaximumHeight(120);
    layout->addWidget(m_messages);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    acceptOnCtrlEnter(this, importButton);
    importButton->setObjectName(QStringLiteral("importButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        (void)import(); // a failure is shown in the dialog, which stays open
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    resize(760, 560);
    readFile();
}

bool ImportDialog::canImport() const
{
    return m_file.has_value();
}

int ImportDialog::previewRows() const
{
    return m_preview->rowCount();
}

QString ImportDialog::summary() const
{
    return m_summary->text();
}

QString ImportDialog::messages() const
{
    return m_messages->toPlainText();
}

void ImportDialog::readFile()
{
    // The service reads and checks the whole file, as for backlog-cli import.
    auto read = DiaryService::readImport(m_path);
    if (!read) {
        showError(read.error().message);
        return;
    }
    switch (read->kind) {
    case ImportKind::EntriesCsv:
        showEntries(read.value());
        break;
    case ImportKind::SessionsCsv:
        showSessions(read.value());
        break;
    case ImportKind::Bundle:
        showBundle(read.value());
        break;
    }
}

int ImportDialog::daysAlreadyLogged(const QList<DailyEntry>& entries) const
{
    int n = 0;
    for (const DailyEntry& e : entries)
        if (m_context.service.entry(e.date))
            ++n;
    return n;
}

void ImportDialog::showError(const QString& message)
{
    m_summary->setText(tr("This file cannot be imported. Nothing has been changed. "
                          "Correct the rows below and try again."));
    m_messages->setPlainText(message);
    m_messages->setMaximumHeight(QWIDGETSIZE_MAX); // the errors take the preview's place
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    m_preview->hide();
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    m_buttons->findChild<QPushButton*>(QStringLiteral("importButton"))->setEnabled(false);
}

void ImportDialog::showEntries(const ImportFile& file)
{
    m_file = file;
    const Bundle& read = file.bundle;
    const int replaced = daysAlreadyLogged(read.entries);
    if (read.entries.isEmpty()) {
        m_summary->setText(tr("The file has no entries."));
    } else {
        m_summary->setText(
            tr("%n daily entries from %1 to %2.", nullptr, int(read.entries.size()))
                .arg(dateText(read.entries.first().date), dateText(read.entries.last().date)) +
            QLatin1Char(' ') +
            (replaced > 0 ? tr("Days already in your diary: %n; for them, only what the file has "
                               "columns for changes.",
                               nullptr, replaced)
                          : tr("None of these days has an entry in your diary yet.")) +
            QLatin1Char(' ') + tr("A backup of your diary is made first."));
    }
    QList<QStringList> rows;
    for (const DailyEntry& e : read.entries)
        rows << QStringList{dateText(e.date),
                            QString::number(e.pain),
                            e.function ? QLocale().toString(*e.function, 'f', 1) : QString(),
                            yesNo(e.symptoms.nightPain),
                            e.selfCare.walkingMin > 0 ? QString::number(e.selfCare.walkingMin)
                                                      : QString(),
                            e.note};
    fillPreview(
        {tr("Date"), tr("Pain"), tr("Function"), tr("Night pain"), tr("Walking (min)"), tr("Note")},
        rows, file.warnings);
}

void ImportDialog::showSessions(const ImportFile& file)
{
    m_file = file;
    const Bundle& read = file.bundle;
    m_summary->setText(
        read.sessions.isEmpty()
            ? tr("The file has no sessions.")
            : tr("%n massage sessions from %1 to %2. Sessions already in your diary are not "
                 "added again. A backup of your diary is made first.",
                 nullptr, int(read.sessions.size()))
                  .arg(dateText(read.sessions.first().date), dateText(read.sessions.last().date)));
    QList<QStringList> rows;
    for (const Session& x : read.sessions)
        rows << QStringList{dateText(x.date), QString::number(x.minutes), sessionKindLabel(x.kind),
                            x.therapist, x.note};
    fillPreview({tr("Date"), tr("Minutes"), tr("Kind"), tr("Therapist"), tr("Note")}, rows,
                file.warnings);
}

void ImportDialog::showBundle(const ImportFile& read)
{
    m_file = read;
    const Bundle& b = read.bundle;
    const DiaryService& service = m_context.service;
    const int replaced = daysAlreadyLogged(b.entries);
    QString text = tr("An exchange file with %n daily entries", nullptr, int(b.entries.size()));
    text += QLatin1Char(' ') + tr("and %n massage sessions.", nullptr, int(b.sessions.size()));
    if (!service.hasEpisode())
        text += QLatin1Char(' ') +
                tr("Its plan (onset %1, program start %2) becomes your diary's.")
                    .arg(dateText(b.episode.onsetDate), dateText(b.episode.programStart));
    else if (b.episode.programStart != service.episode()->programStart ||
             b.episode.onsetDate != service.episode()->onsetDate)
        text += QLatin1Char(' ') +
                tr("Its plan dates differ from your diary's; your diary keeps its own.");
    if (replaced > 0)
        text += QLatin1Char(' ') +
                tr("%n entries replace the entry already in your diary for that day.", nullptr,
                   replaced);
    text += QLatin1Char(' ') + tr("A backup of your diary is made first.");
    m_summary->setText(text);

    QMap<QDate, int> sessionsOn;
    for (const Session& x : b.sessions)
        ++sessionsOn[x.date];
    QList<QStringList> rows;
    for (const DailyEntry& e : b.entries)
        rows << QStringList{dateText(e.date), QString::number(e.pain),
                            e.function ? QLocale().toString(*e.function, 'f', 1) : QString(),
                            sessionsOn.value(e.date) > 0 ? QString::number(sessionsOn.value(e.date))
                                                         : QString(),
                            e.note};
    fillPreview({tr("Date"), tr("Pain"), tr("Function"), tr("Sessions"), tr("Note")}, rows,
                read.warnings);
}

void ImportDialog::fillPreview(const QStringList& headers, const QList<QStringList>& rows,
                               const QStringList& warnings)
{
    m_preview->setColumnCount(int(headers.size()));
    m_preview->setHorizontalHeaderLabels(headers);
    m_preview->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(rows[r][c]));
    m_preview->resizeColumnsToContents();
    m_messages->setPlainText(warnings.join(QLatin1Char('\n')));
    m_messages->setVisible(!warnings.isEmpty());
}

Status ImportDialog::import()
{
    if (!canImport())
        return badInput(tr("%1: nothing to import").arg(m_path));
    // The service backs the diary up first, imports all or nothing and stores the alerts
    // the import changes in the same transaction, as for backlog-cli import.
    const auto result = m_context.service.import(*m_file);
    QString done;
    Status status;
    if (!result) {
        status = result.error();
    } else if (result->kind == ImportKind::EntriesCsv) {
        done = tr("Imported %n entries", nullptr, result->entriesAdded + result->entriesReplaced) +
               QLatin1Char(' ') +
               tr("(%n merged into an existing day).", nullptr, result->entriesReplaced);
    } else if (result->kind == ImportKind::SessionsCsv) {
        done = tr("Imported %n sessions.", nullptr, result->sessionsAdded);
    } else {
        done = tr("Imported the exchange file.") + QLatin1Char(' ') +
               result->warnings.join(QLatin1Char(' '));
    }
    if (!status) {
        m_summary->setText(tr("The import failed. Nothing has been changed."));
        m_messages->setPlainText(status.error().message);
        m_messages->show();
        return status;
    }
    // Earlier edits on the undo stack belong to the diary as it was before the import.
    m_context.undo.clear();
    Q_EMIT imported(done.trimmed());
    accept();
    return {};
}

} // namespace backlog
