// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionsPage.h"

#include "DateField.h"
#include "DiaryService.h"
#include "SessionDialog.h"
#include "SessionModel.h"
#include "UndoCommands.h"
#include "clinical/Plan.h"
#include "clinical/RuleTable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>

namespace backlog {

namespace {

constexpr int kLargeTarget = 40; // px: buttons and rows easy to hit

} // namespace

SessionsPage::SessionsPage(const PageContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_model(new SessionModel(this))
{
    setObjectName(QStringLiteral("sessionsPage"));
    auto* layout = new QVBoxLayout(this);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("planGuidanceLabel"));
    m_summary->setAccessibleName(tr("The plan's session guidance"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_summary);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("sessionsTableView"));
    m_table->setAccessibleName(tr("Massage sessions"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab moves on to the buttons
    m_table->setAlternatingRowColors(true);
    // Guidance and notes wrap onto two lines (rows of one fixed height: measuring every
    // row of a diary of years on each show is too slow); the full text is the tooltip.
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setMinimumSectionSize(kLargeTarget - 8);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(
        std::max(kLargeTarget - 8, 2 * m_table->fontMetrics().lineSpacing() + 12));
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setResizeContentsPrecision(60); // column widths from a sample of rows
    header->setSectionResizeMode(SessionModel::NoteColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(SessionModel::GuidanceColumn, QHeaderView::Stretch);
    header->resizeSection(SessionModel::NoteColumn, 160);
    m_table->installEventFilter(this);
    layout->addWidget(m_table, 1);

    auto* buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add session..."), this);
    m_add->setObjectName(QStringLiteral("addSessionButton"));
    m_add->setAccessibleName(tr("Add session"));
    m_add->setAccessibleDescription(tr("Logs a massage session: its date, length and kind"));
    m_edit = new QPushButton(tr("Ed&it..."), this);
    m_edit->setObjectName(QStringLiteral("editSessionButton"));
    m_edit->setAccessibleName(tr("Edit the selected session"));
    m_edit->setAccessibleDescription(tr("Opens the session chosen in the table to change it"));
    m_delete = new QPushButton(tr("&Delete..."), this);
    m_delete->setObjectName(QStringLiteral("deleteSessionButton"));
    m_delete->setAccessibleName(tr("Delete the selected session"));
    m_delete->setAccessibleDescription(
        tr("Removes the session chosen in the table, after asking; Undo brings it back"));
    for (QPushButton* b : {m_add, m_edit, m_delete}) {
        b->setMinimumHeight(kLargeTarget);
        b->setMinimumWidth(120);
        buttons->addWidget(b);
    }
    buttons->addStretch();
    layout->addLayout(buttons);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setAccessibleName(tr("Status"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_add, &QPushButton::clicked, this, &SessionsPage::addSession);
    connect(m_edit, &QPushButton::clicked, this, &SessionsPage::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &SessionsPage::deleteSelected);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.isValid())
            openDialog(index.row());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SessionsPage::updateButtons);
    connect(&m_context.service, &DiaryService::changed, this, &SessionsPage::refresh);

    setTabOrder(m_table, m_add);
    setTabOrder(m_add, m_edit);
    setTabOrder(m_edit, m_delete);

    refresh();
}

SessionDialog* SessionsPage::dialog() const
{
    return m_dialog.data();
}

QMessageBox* SessionsPage::confirmation() const
{
    return m_confirmation.data();
}

void SessionsPage::refresh()
{
    const int row = selectedRow();
    const qint64 selected = row >= 0 ? m_model->sessionAt(row).id : 0;
    m_model->setSessions(m_context.service.sessions(), m_context.service.episode(),
                         m_context.service.evaluation().hold);
    if (selected != 0)
        selectId(selected);
    updateSummary();
    updateButtons();
}

void SessionsPage::updateSummary()
{
    const auto& episode = m_context.service.episode();
    if (!episode) {
        m_summary->setText(tr("You can log sessions now; the plan's guidance for them appears "
                              "once setup is done."));
        return;
    }
    const QDate today = m_context.service.today();
    const QLocale locale;
    QStringList lines;
    const MassageHold& hold = m_context.service.evaluation().hold;
    if (hold.onHold(today))
        lines << tr("Massage is on hold today, because of: %1. Please do not book a session "
                    "until this is cleared.")
                     .arg(holdText(hold, today));
    lines << tr("Sessions of 30 to 60 minutes are the evidence-based range.");

    const int day = programDay(episode->programStart, today);
    const int week = programWeek(day);
    const int phase = phaseOfDay(day);
    int thisWeek = 0;
    for (const Session& s : m_context.service.sessions())
        if (programWeek(programDay(episode->programStart, s.date)) == week)
            ++thisWeek;
    if (phase == 0) {
        lines << tr("The plan starts on %1.")
                     .arg(locale.toString(episode->programStart, QLocale::LongFormat));
    } else if (phase == 3) {
        lines << tr("Maintenance: a session every 2 to 4 weeks, as needed. Sessions this week "
                    "(week %1): %2.")
                     .arg(week)
                     .arg(thisWeek);
    } else {
        const int planned = sessionsPlannedPerWeek(phase);
        QString line = tr("Sessions this week (week %1, phase %2): %3 of %4 planned.")
                           .arg(week)
                           .arg(phase)
                           .arg(thisWeek)
                           .arg(planned);
        if (thisWeek >= planned && !hold.onHold(today))
            line += QLatin1Char(' ') + tr("Another one this week would be above plan; that is "
                                          "allowed and noted.");
        lines << line;
    }
    if (durationClass(*episode) == DurationClass::Acute && m_context.service.sessions().isEmpty())
        lines << tr("Your pain is recent (acute): the first session is best between %1 and %2, "
                    "3 to 7 days after the pain began.")
                     .arg(displayDate(episode->onsetDate.addDays(3)),
                          displayDate(episode->onsetDate.addDays(7)));
    m_summary->setText(lines.join(QLatin1Char('\n')));
}

int SessionsPage::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        return rows.first().row();
    return -1;
}

void SessionsPage::selectId(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
}

void SessionsPage::updateButtons()
{
    const bool any = selectedRow() >= 0 && !m_context.service.isReadOnly();
    m_add->setEnabled(!m_context.service.isReadOnly());
    m_edit->setEnabled(any);
    m_delete->setEnabled(any);
}

void SessionsPage::showError(const QString& message)
{
    m_status->setText(message.isEmpty() ? QString() : tr("Not saved: %1").arg(message));
}

void SessionsPage::addSession()
{
    openDialog(-1);
}

void SessionsPage::editSelected()
{
    const int row = selectedRow();
    if (row >= 0)
        openDialog(row);
}

void SessionsPage::openDialog(int row)
{
    if (m_dialog || m_context.service.isReadOnly())
        return; // one at a time (Enter and double-click may both ask); none in review mode
    Session session;
    if (row >= 0) {
        session = m_model->sessionAt(row);
    } else {
        session.date = m_context.service.today();
        session.minutes = 45;
        session.kind = SessionKind::Swedish;
        // A new session most likely is with the same therapist as the last one.
        if (m_model->rowCount() > 0)
            session.therapist = m_model->sessionAt(m_model->rowCount() - 1).therapist;
    }
    const bool adding = row < 0;
    m_dialog =
        new SessionDialog(m_context.service.episode(), m_context.service.sessions(), session,
                          m_context.service.today(), m_context.service.evaluation().hold, this);
    SessionDialog* dialog = m_dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog, adding] { save(*dialog, adding); });
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        m_dialog = nullptr;
        dialog->deleteLater();
        m_table->setFocus();
    });
    dialog->open();
}

void SessionsPage::save(const SessionDialog& dialog, bool adding)
{
    const Session after = dialog.session();
    const QString date = displayDate(after.date);
    std::optional<Session> before;
    if (!adding) {
        const int row = m_model->rowOfId(after.id);
        if (row < 0)
            return; // deleted meanwhile (an undo while the dialog was open)
        before = m_model->sessionAt(row);
        if (before->sameContent(after))
            return; // nothing changed: no undo step
    }
    auto* command = new SessionCommand(m_context.service, before, after,
                                       adding ? tr("Add session of %1").arg(date)
                                              : tr("Edit session of %1").arg(date));
    m_context.undo.push(command); // runs the command
    showError(command->lastError());
    if (command->lastError().isEmpty() && command->current())
        selectId(command->current()->id);
}

void SessionsPage::deleteSelected()
{
    const int row = selectedRow();
    if (row < 0 || m_confirmation || m_context.service.isReadOnly())
        return;
    const Session session = m_model->sessionAt(row);
    const QLocale locale;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Delete session"),
                                tr("Delete the %1-minute session of %2?")
                                    .arg(session.minutes)
                                    .arg(locale.toString(session.date, QLocale::LongFormat)),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("deleteConfirmationMessageBox"));
    box->setInformativeText(tr("You can undo this with Edit > Undo."));
    box->setDefaultButton(QMessageBox::No);
    box->button(QMessageBox::Yes)->setText(tr("&Delete"));
    box->button(QMessageBox::Yes)->setObjectName(QStringLiteral("confirmDeleteButton"));
    box->button(QMessageBox::No)->setText(tr("&Keep"));
    box->button(QMessageBox::No)->setObjectName(QStringLiteral("keepButton"));
    m_confirmation = box;
    const qint64 id = session.id;
    connect(box, &QMessageBox::finished, this, [this, box, id] {
        const bool confirmed = box->clickedButton() == box->button(QMessageBox::Yes);
        m_confirmation = nullptr;
        box->deleteLater();
        if (confirmed)
            deleteSession(id);
        m_table->setFocus();
    });
    box->open();
}

bool SessionsPage::deleteSession(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return false;
    const Session before = m_model->sessionAt(row);
    auto* command = new SessionCommand(m_context.service, before, std::nullopt,
                                       tr("Delete session of %1").arg(displayDate(before.date)));
    m_context.undo.push(command);
    showError(command->lastError());
    return command->lastError().isEmpty();
}

bool SessionsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            editSelected();
            return true;
        }
        if (key->key() == Qt::Key_Delete) {
            deleteSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace backlog
