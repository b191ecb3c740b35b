// SPDX-License-Identifier: GPL-3.0-or-later
#include "AlertsPage.h"

#include "AlertModel.h"
#include "DiaryService.h"
#include "LevelIcon.h"
#include "UndoCommands.h"
#include "clinical/RuleTable.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace backlog {
namespace {

QLabel* wrappingLabel(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setTextFormat(Qt::PlainText); // alert data is shown as written, never as markup
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

AlertsPage::AlertsPage(const PageContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_model(new AlertModel(this))
{
    setObjectName(QStringLiteral("alertsPage"));
    auto* layout = new QVBoxLayout(this);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("alertsSummaryLabel"));
    m_summary->setAccessibleName(tr("Alerts summary"));
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    layout->addWidget(m_summary);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("alertsSplitter"));
    splitter->setChildrenCollapsible(false);

    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("alertsTableView"));
    m_table->setAccessibleName(tr("Alerts"));
    m_table->setAccessibleDescription(
        tr("Every alert, the ones that still need attention first. Choose one to see what to do."));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab moves on to the details, arrows move rows
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setIconSize(QSize(20, 20));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(
        std::max(28, m_table->fontMetrics().height() + 12));
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(AlertModel::LevelColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AlertModel::DateColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AlertModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(AlertModel::StatusColumn, QHeaderView::ResizeToContents);
    header->setResizeContentsPrecision(60); // column widths from a sample of rows
    splitter->addWidget(m_table);

    auto* scroll = new QScrollArea(splitter);
    scroll->setObjectName(QStringLiteral("alertDetailScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* holder = new QWidget(scroll);
    auto* holderLayout = new QVBoxLayout(holder);
    holderLayout->setContentsMargins(4, 8, 4, 4);

    m_empty = new QLabel(tr("No alerts so far. When something in your diary needs a doctor or a "
                            "change to your massage, BackLog shows it here and says what to do."),
                         holder);
    m_empty->setObjectName(QStringLiteral("noAlertsLabel"));
    m_empty->setWordWrap(true);
    holderLayout->addWidget(m_empty);

    m_detail = new QWidget(holder);
    m_detail->setObjectName(QStringLiteral("alertDetailWidget"));
    m_detail->setAccessibleName(tr("Alert details"));
    auto* detail = new QVBoxLayout(m_detail);
    detail->setContentsMargins(0, 0, 0, 0);

    auto* head = new QHBoxLayout;
    m_levelIcon = new LevelIcon(AlertLevel::Info, 40, m_detail);
    m_levelIcon->setObjectName(QStringLiteral("alertLevelIcon"));
    head->addWidget(m_levelIcon, 0, Qt::AlignTop);
    auto* headText = new QVBoxLayout;
    m_level = wrappingLabel(QStringLiteral("alertLevelLabel"), tr("Level"), m_detail);
    QFont big = m_level->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_level->setFont(big);
    m_title = wrappingLabel(QStringLiteral("alertTitleLabel"), tr("Alert"), m_detail);
    headText->addWidget(m_level);
    headText->addWidget(m_title);
    head->addLayout(headText, 1);
    detail->addLayout(head);

    m_action = wrappingLabel(QStringLiteral("alertActionLabel"), tr("What to do"), m_detail);
    m_action->setFont(bold);
    detail->addWidget(m_action);
    m_message =
        wrappingLabel(QStringLiteral("alertMessageLabel"), tr("About this alert"), m_detail);
    detail->addWidget(m_message);
    m_why = wrappingLabel(QStringLiteral("alertWhyLabel"), tr("Why it fired"), m_detail);
    detail->addWidget(m_why);
    m_source = wrappingLabel(QStringLiteral("alertSourceLabel"), tr("Source"), m_detail);
    detail->addWidget(m_source);
    m_status = wrappingLabel(QStringLiteral("alertStatusLabel"), tr("Status"), m_detail);
    detail->addWidget(m_status);

    // The confirmation: a check box and the action beside it (a check box cannot wrap
    // its text, and the emergency action is never shortened). Clicking the words ticks it.
    m_confirmRow = new QWidget(m_detail);
    auto* confirmLayout = new QHBoxLayout(m_confirmRow);
    confirmLayout->setContentsMargins(0, 6, 0, 0);
    m_confirm = new QCheckBox(tr("I have &read what to do:"), m_confirmRow);
    m_confirm->setObjectName(QStringLiteral("confirmReadCheckBox"));
    m_confirm->setMinimumHeight(32);
    m_confirmAction = new QLabel(m_confirmRow);
    m_confirmAction->setObjectName(QStringLiteral("confirmActionLabel"));
    m_confirmAction->setTextFormat(Qt::PlainText);
    m_confirmAction->setWordWrap(true);
    m_confirmAction->setFont(bold); // the action, said here once, stands out
    m_confirmAction->setBuddy(m_confirm);
    m_confirmAction->installEventFilter(this);
    confirmLayout->addWidget(m_confirm, 0, Qt::AlignTop);
    confirmLayout->addWidget(m_confirmAction, 1);
    detail->addWidget(m_confirmRow);

    auto* buttons = new QHBoxLayout;
    m_acknowledge = new QPushButton(tr("Ac&knowledge"), m_detail);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeButton"));
    m_acknowledge->setAccessibleName(tr("Acknowledge"));
    m_acknowledge->setAccessibleDescription(
        tr("Marks the selected alert as read; it stays in the history for your physiotherapist"));
    m_acknowledge->setMinimumSize(140, 44);
    m_hint =
        wrappingLabel(QStringLiteral("acknowledgeHintLabel"), tr("About acknowledging"), m_detail);
    buttons->addWidget(m_acknowledge, 0, Qt::AlignTop);
    buttons->addWidget(m_hint, 1);
    detail->addLayout(buttons);
    detail->addStretch(1); // extra height stays below, the lines keep together
    holderLayout->addWidget(m_detail);
    holderLayout->addStretch();
    scroll->setWidget(holder);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    setTabOrder(m_table, m_confirm);
    setTabOrder(m_confirm, m_acknowledge);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AlertsPage::showCurrent);
    connect(m_confirm, &QCheckBox::toggled, this, &AlertsPage::updateAcknowledgeButton);
    connect(m_acknowledge, &QPushButton::clicked, this, &AlertsPage::acknowledgeCurrent);
    connect(&m_context.service, &DiaryService::changed, this, &AlertsPage::refresh);
    refresh();
}

bool AlertsPage::needsConfirmation(AlertLevel level)
{
    return level == AlertLevel::Emergency || level == AlertLevel::Urgent ||
           level == AlertLevel::StopMassage;
}

void AlertsPage::refresh()
{
    const std::optional<Alert> shown = m_shown;
    m_model->setAlerts(m_context.service.evaluation().alerts);

    // Info alerts and history found when the rules were updated do not count.
    const qsizetype raised = m_context.service.evaluation().needingAttention().size();
    const int total = m_model->rowCount();
    if (total == 0)
        m_summary->setText(tr("No alerts."));
    else if (m_context.service.isReadOnly())
        // Review mode speaks to the physiotherapist, not to the patient.
        m_summary->setText(
            raised == 0   ? tr("No alert needs attention.")
            : raised == 1 ? tr("1 alert needs attention.")
                          : tr("%n alerts need attention.", nullptr, static_cast<int>(raised)));
    else if (raised == 0)
        m_summary->setText(tr("No alert needs your attention. Acknowledged alerts stay listed "
                              "for your physiotherapist."));
    else
        m_summary->setText(
            raised == 1 ? tr("1 alert needs your attention.")
                        : tr("%n alerts need your attention.", nullptr, static_cast<int>(raised)));

    // An alert that just appeared (the patient saved something that raised it) is shown
    // at once; otherwise the alert being read stays selected.
    QSet<QString> keys;
    std::optional<Alert> fresh;
    for (const Alert& a : m_model->alerts()) {
        const QString key = a.rule + u'@' + a.date.toString(Qt::ISODate);
        keys.insert(key);
        if (!a.isAcknowledged() && !m_known.contains(key) && !fresh)
            fresh = a; // listed most urgent first
    }
    const bool first = !m_refreshed;
    m_known = keys;
    m_refreshed = true;
    if (fresh && !first)
        selectAlert(fresh->rule, fresh->date);
    else if (!(shown && selectAlert(shown->rule, shown->date)))
        selectMostUrgent();
    showCurrent();
}

bool AlertsPage::selectAlert(const QString& rule, const QDate& date)
{
    const int row = m_model->rowOf(rule, date);
    if (row < 0)
        return false;
    m_table->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(m_model->index(row, 0));
    showCurrent();
    return true;
}

void AlertsPage::selectMostUrgent()
{
    if (m_model->rowCount() == 0) {
        m_table->selectionModel()->clear();
        showCurrent();
        return;
    }
    // Raised alerts are listed first, most urgent first.
    const Alert& first = m_model->alertAt(0);
    selectAlert(first.rule, first.date);
}

std::optional<Alert> AlertsPage::currentAlert() const
{
    return m_shown;
}

void AlertsPage::showCurrent()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount()) {
        m_shown.reset();
        m_confirm->setChecked(false);
        m_detail->hide();
        m_empty->setVisible(m_model->rowCount() == 0);
        return;
    }
    const Alert alert = m_model->alertAt(current.row());
    // A confirmation is for one alert in one state: any other resets it.
    if (!m_shown || !m_shown->sameIdentity(alert) || m_shown->acknowledged != alert.acknowledged)
        m_confirm->setChecked(false);
    m_shown = alert;
    m_empty->hide();
    m_detail->show();

    const RuleInfo* rule = findRule(alert.rule);
    const QString action = levelAction(alert.level);
    m_levelIcon->setLevel(alert.level);
    m_level->setText(levelTitle(alert.level));
    m_title->setText(rule ? ruleTitle(*rule) : alert.rule);
    m_action->setText(tr("What to do: %1").arg(action));
    // The action is said once: the rule's message often ends with it, so it is cut there;
    // it stands in bold under "What to do", or, while a confirmation is asked for, beside
    // the box that confirms it.
    QString message = rule ? ruleMessage(*rule) : QString();
    if (message.endsWith(action) && message.size() > action.size())
        message = message.chopped(action.size()).trimmed();
    m_message->setText(message);
    m_message->setVisible(rule != nullptr);
    m_why->setText(tr("Why: %1").arg(alert.data.isEmpty() ? tr("not recorded") : alert.data));
    m_source->setText(tr("Source: %1").arg(rule ? ruleSource(*rule) : tr("not known")));
    m_status->setText(
        alert.isAcknowledged()
            ? tr("Raised on %1. Acknowledged on %2; kept in your alert history.")
                  .arg(AlertModel::dateText(alert.date), AlertModel::dateText(alert.acknowledged))
            : tr("Raised on %1. Not acknowledged yet.").arg(AlertModel::dateText(alert.date)));
    if (alert.foundOnUpgrade)
        m_status->setText(m_status->text() + u' ' +
                          tr("Found when the safety rules were updated, for a day before "
                             "the update."));
    m_confirmAction->setText(action);
    m_confirm->setAccessibleName(tr("I have read what to do: %1").arg(action));
    const bool confirm = !alert.isAcknowledged() && needsConfirmation(alert.level);
    m_confirmRow->setVisible(confirm);
    m_action->setVisible(!confirm);
    m_detail->setAccessibleDescription(
        QStringList{m_level->text(), m_title->text(), m_action->text(), m_why->text()}.join(u'\n'));
    updateAcknowledgeButton();
}

void AlertsPage::updateAcknowledgeButton()
{
    if (!m_shown) {
        m_acknowledge->setEnabled(false);
        return;
    }
    if (m_context.service.isReadOnly()) {
        m_acknowledge->setEnabled(false);
        m_confirm->setEnabled(false);
        m_hint->setText(
            tr("This diary is open for review: only the patient can acknowledge alerts."));
        return;
    }
    const bool confirmation = needsConfirmation(m_shown->level);
    if (m_shown->isAcknowledged()) {
        m_acknowledge->setEnabled(false);
        m_hint->setText(tr("Already acknowledged."));
    } else if (confirmation && !m_confirm->isChecked()) {
        m_acknowledge->setEnabled(false);
        m_hint->setText(tr("Tick \"I have read what to do\" first."));
    } else {
        m_acknowledge->setEnabled(true);
        m_hint->setText(tr("The alert stays in your history after you acknowledge it."));
    }
}

bool AlertsPage::acknowledgeCurrent()
{
    if (!m_shown || m_shown->isAcknowledged())
        return false;
    if (needsConfirmation(m_shown->level) && !m_confirm->isChecked())
        return false;
    const RuleInfo* rule = findRule(m_shown->rule);
    const QString title = rule ? ruleTitle(*rule) : m_shown->rule;
    auto* command =
        new AcknowledgeCommand(m_context.service, m_shown->rule, m_shown->date,
                               m_context.service.today(), tr("Acknowledge \"%1\"").arg(title));
    m_context.undo.push(command); // the page refreshes on the service's changed()
    if (!command->lastError().isEmpty()) {
        auto* box =
            new QMessageBox(QMessageBox::Warning, tr("Not acknowledged"),
                            tr("The alert could not be acknowledged: %1").arg(command->lastError()),
                            QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    return true;
}

bool AlertsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_confirmAction && event->type() == QEvent::MouseButtonRelease &&
        static_cast<QMouseEvent*>(event)->button() == Qt::LeftButton && m_confirm->isEnabled()) {
        m_confirm->toggle();
        m_confirm->setFocus(Qt::MouseFocusReason);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace backlog
