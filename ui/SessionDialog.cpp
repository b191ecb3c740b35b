// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionDialog.h"

#include "DateField.h"
#include "DialogKeys.h"
#include "SessionModel.h"
#include "clinical/RuleTable.h"
#include "model/Vocabulary.h"

#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace backlog {

namespace {

constexpr int kMinMinutes = 1;
constexpr int kMaxMinutes = 600;
constexpr int kLargeTarget = 36; // px: controls easy to hit with an unsteady hand

} // namespace

SessionDialog::SessionDialog(const std::optional<Episode>& episode, const QList<Session>& sessions,
                             const Session& session, const QDate& today, const MassageHold& hold,
                             QWidget* parent)
    : QDialog(parent), m_episode(episode), m_sessions(sessions), m_initial(session), m_hold(hold)
{
    const bool editing = session.id != 0;
    setObjectName(QStringLiteral("sessionDialog"));
    setWindowTitle(editing ? tr("Edit massage session") : tr("Add a massage session"));
    setAccessibleName(windowTitle());

    auto* layout = new QVBoxLayout(this);
    // Never smaller than its contents: the warnings that appear make it grow, not clip.
    layout->setSizeConstraint(QLayout::SetMinimumSize);

    // Massage on hold on the session's date: said first, with a sign and words, before the
    // session is saved. Saving stays possible (the session may already have happened).
    m_holdWarning = new QFrame(this);
    m_holdWarning->setObjectName(QStringLiteral("holdWarningFrame"));
    static_cast<QFrame*>(m_holdWarning)->setFrameShape(QFrame::StyledPanel);
    auto* holdRow = new QHBoxLayout(m_holdWarning);
    auto* holdIcon = new QLabel(m_holdWarning);
    const int holdIconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) * 2;
    holdIcon->setPixmap(style()
                            ->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                            .pixmap(holdIconSize, holdIconSize));
    holdIcon->setAlignment(Qt::AlignTop);
    m_holdText = new QLabel(m_holdWarning);
    m_holdText->setObjectName(QStringLiteral("holdWarningLabel"));
    m_holdText->setAccessibleName(tr("Massage is on hold"));
    m_holdText->setWordWrap(true);
    m_holdText->setTextFormat(Qt::RichText);
    m_holdText->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    holdRow->addWidget(holdIcon);
    holdRow->addWidget(m_holdText, 1);
    m_holdWarning->hide();
    layout->addWidget(m_holdWarning);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    m_date = new DateField(this);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setAccessibleName(tr("Date of the session"));
    // Never in the future, and not more than a year before the pain began (a two-digit
    // year typed by slip would otherwise land decades back); a stored session outside
    // keeps its date.
    const QDate latest = std::max(today, session.date.isValid() ? session.date : today);
    m_date->setMaximumDate(latest);
    QDate earliest = episode ? episode->earliestSessionDate() : QDate();
    if (earliest.isValid() && session.date.isValid() && session.date < earliest)
        earliest = session.date;
    if (earliest.isValid() && earliest <= latest)
        m_date->setMinimumDate(earliest);
    m_date->setDate(session.date.isValid() ? session.date : today);
    m_date->setMinimumHeight(kLargeTarget);
    const QString range = earliest.isValid()
                              ? tr("From %1, a year before the pain began, to today.")
                                    .arg(QLocale().toString(earliest, QLocale::LongFormat))
                              : tr("Up to today: a session cannot be in the future.");
    m_date->setAccessibleDescription(range);
    m_date->setToolTip(range);
    auto* dateColumn = new QVBoxLayout;
    dateColumn->setSpacing(2);
    dateColumn->addWidget(m_date);
    auto* dateRange = new QLabel(range, this);
    dateRange->setObjectName(QStringLiteral("dateRangeLabel"));
    dateRange->setWordWrap(true);
    dateColumn->addWidget(dateRange);
    form->addRow(tr("&Date:"), dateColumn);
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(dateColumn)))
        label->setBuddy(m_date);

    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(QStringLiteral("minutesSpinBox"));
    m_minutes->setAccessibleName(tr("Length of the session in minutes"));
    // Wider than the valid range so that a wrong number is explained, not swallowed.
    m_minutes->setRange(0, 999);
    m_minutes->setValue(session.minutes);
    m_minutes->setMinimumHeight(kLargeTarget);
    form->addRow(tr("&Minutes:"), m_minutes);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindComboBox"));
    m_kind->setAccessibleName(tr("Kind of massage"));
    for (SessionKind kind : sessionKinds())
        m_kind->addItem(sessionKindLabel(kind), static_cast<int>(kind));
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(session.kind)));
    m_kind->setMinimumHeight(kLargeTarget);
    form->addRow(tr("&Kind:"), m_kind);

    m_therapist = new QLineEdit(session.therapist, this);
    m_therapist->setObjectName(QStringLiteral("therapistLineEdit"));
    m_therapist->setAccessibleName(tr("Therapist"));
    m_therapist->setPlaceholderText(tr("Optional"));
    m_therapist->setMinimumHeight(kLargeTarget);
    form->addRow(tr("&Therapist:"), m_therapist);

    auto* symptoms = new QGroupBox(tr("During or after the session"), this);
    symptoms->setObjectName(QStringLiteral("symptomsGroupBox"));
    auto* symptomsLayout = new QVBoxLayout(symptoms);
    m_shootingPain = new QCheckBox(tr("S&harp, shooting pain during the session"), symptoms);
    m_shootingPain->setObjectName(QStringLiteral("shootingPainCheckBox"));
    m_shootingPain->setAccessibleName(tr("Sharp, shooting pain during the session"));
    m_shootingPain->setChecked(session.shootingPain);
    m_shootingPain->setMinimumHeight(kLargeTarget);
    m_numbness = new QCheckBox(tr("N&umbness or tingling in the legs during or after the session"),
                               symptoms);
    m_numbness->setObjectName(QStringLiteral("numbnessCheckBox"));
    m_numbness->setAccessibleName(
        tr("Numbness or tingling in the legs during or after the session"));
    m_numbness->setChecked(session.numbness);
    m_numbness->setMinimumHeight(kLargeTarget);
    symptomsLayout->addWidget(m_shootingPain);
    symptomsLayout->addWidget(m_numbness);

    // The warning: an icon and words, never colour alone.
    m_warning = new QWidget(symptoms);
    m_warning->setObjectName(QStringLiteral("alertWarningWidget"));
    auto* warningRow = new QHBoxLayout(m_warning);
    warningRow->setContentsMargins(0, 0, 0, 0);
    auto* warningIcon = new QLabel(m_warning);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    warningIcon->setPixmap(style()
                               ->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                               .pixmap(iconSize * 2, iconSize * 2));
    warningIcon->setAlignment(Qt::AlignTop);
    m_warningText = new QLabel(
        tr("<b>Warning:</b> saving this raises a stop-massage alert. Stop massage sessions and "
           "get a medical opinion before the next one."),
        m_warning);
    m_warningText->setObjectName(QStringLiteral("alertWarningLabel"));
    m_warningText->setAccessibleName(tr("Stop-massage warning"));
    m_warningText->setWordWrap(true);
    m_warningText->setTextFormat(Qt::RichText);
    warningRow->addWidget(warningIcon);
    warningRow->addWidget(m_warningText, 1);
    symptomsLayout->addWidget(m_warning);
    form->addRow(symptoms);

    m_note = new QPlainTextEdit(session.note, this);
    m_note->setObjectName(QStringLiteral("noteTextEdit"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("Optional: what was worked on, how you felt afterwards"));
    m_note->setTabChangesFocus(true); // Tab leaves the note: no keyboard trap
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("N&ote:"), m_note);
    // Labels as tall as their fields, so that each reads level with its field.
    for (QWidget* field : {static_cast<QWidget*>(m_date), static_cast<QWidget*>(m_minutes),
                           static_cast<QWidget*>(m_kind), static_cast<QWidget*>(m_therapist)})
        if (QWidget* label = form->labelForField(field))
            label->setMinimumHeight(kLargeTarget);
    layout->addLayout(form);

    auto* guidanceBox = new QGroupBox(tr("What the plan says"), this);
    guidanceBox->setObjectName(QStringLiteral("guidanceGroupBox"));
    auto* guidanceLayout = new QVBoxLayout(guidanceBox);
    m_guidance = new QLabel(guidanceBox);
    m_guidance->setObjectName(QStringLiteral("guidanceLabel"));
    m_guidance->setAccessibleName(tr("Plan guidance for this session"));
    m_guidance->setWordWrap(true);
    m_guidance->setTextFormat(Qt::PlainText);
    m_guidance->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    guidanceLayout->addWidget(m_guidance);
    layout->addWidget(guidanceBox);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setAccessibleName(tr("Problem with the entry"));
    m_error->setWordWrap(true);
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("sessionButtonBox"));
    // Our own texts: the platform's may lack a mnemonic, or take one a control uses.
    m_save = buttons->addButton(QDialogButtonBox::Save);
    m_save->setText(tr("&Save"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setAccessibleName(tr("Save session"));
    m_save->setDefault(true);
    m_save->setMinimumHeight(kLargeTarget);
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setText(tr("&Cancel"));
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setMinimumHeight(kLargeTarget);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SessionDialog::accept);
    acceptOnCtrlEnter(this, m_save);
    connect(buttons, &QDialogButtonBox::rejected, this, &SessionDialog::reject);

    connect(m_date, &QDateEdit::dateChanged, this, &SessionDialog::updateState);
    connect(m_minutes, &QSpinBox::valueChanged, this, &SessionDialog::updateState);
    connect(m_minutes, &QSpinBox::textChanged, this, &SessionDialog::updateState);
    connect(m_shootingPain, &QCheckBox::toggled, this, &SessionDialog::updateState);
    connect(m_numbness, &QCheckBox::toggled, this, &SessionDialog::updateState);

    setTabOrder(m_date, m_minutes);
    setTabOrder(m_minutes, m_kind);
    setTabOrder(m_kind, m_therapist);
    setTabOrder(m_therapist, m_shootingPain);
    setTabOrder(m_shootingPain, m_numbness);
    setTabOrder(m_numbness, m_note);
    setTabOrder(m_note, m_guidance);
    setTabOrder(m_guidance, m_holdText);

    setMinimumWidth(480);
    updateState();
    m_minutes->setFocus();
    m_minutes->selectAll();
}

Session SessionDialog::session() const
{
    Session s = m_initial;
    s.date = m_date->date();
    s.minutes = m_minutes->value();
    s.kind = static_cast<SessionKind>(m_kind->currentData().toInt());
    s.therapist = m_therapist->text().trimmed();
    s.shootingPain = m_shootingPain->isChecked();
    s.numbness = m_numbness->isChecked();
    s.note = m_note->toPlainText().trimmed();
    return s;
}

bool SessionDialog::isValid() const
{
    const int minutes = m_minutes->value();
    return m_minutes->hasAcceptableInput() && minutes >= kMinMinutes && minutes <= kMaxMinutes &&
           m_date->date().isValid();
}

void SessionDialog::accept()
{
    updateState();
    if (!isValid())
        return;
    QDialog::accept();
}

void SessionDialog::updateState()
{
    const bool valid = isValid();
    m_save->setEnabled(valid);
    m_error->setText(valid ? QString()
                           : tr("Enter the length of the session in minutes, from %1 to %2.")
                                 .arg(kMinMinutes)
                                 .arg(kMaxMinutes));
    m_error->setVisible(!valid);
    m_warning->setVisible(m_shootingPain->isChecked() || m_numbness->isChecked());

    if (!m_episode) {
        m_guidance->setText(tr("The plan's guidance appears once setup is done."));
        SessionCheck check;
        check.holdReasons = m_hold.reasons(m_date->date());
        check.surgeryHold = m_hold.surgery().covers(m_date->date());
        updateHold(check);
        return;
    }
    Session current = session();
    if (!valid)
        current.minutes = 45; // length unknown yet: still say what the plan says about the date
    const SessionCheck check = sessionCheck(*m_episode, m_sessions, current, m_hold);
    QStringList notes = SessionModel::guidanceNotes(*m_episode, current, check, true);
    updateHold(check);
    if (notes.isEmpty() && !check.onHold())
        notes << tr("Within the plan: 30 to 60 minutes is the evidence-based range, and this "
                    "session fits this week's plan.");
    else if (notes.isEmpty())
        notes << tr("30 to 60 minutes is the evidence-based range.");
    m_guidance->setText(notes.join(QLatin1Char('\n')));
}

void SessionDialog::updateHold(const SessionCheck& check)
{
    const QString before = m_holdText->text();
    if (!check.onHold()) {
        m_holdWarning->hide();
        m_holdText->clear();
        m_holdText->setAccessibleDescription(QString());
        return;
    }
    const QString date = QLocale().toString(m_date->date(), QLocale::LongFormat);
    const QString why = holdText(m_hold, m_date->date());
    const QString head = tr("Massage is on hold on %1.").arg(date);
    const QString reason = tr("Because of: %1.").arg(why);
    const QString advice = tr("Please get the medical opinion the alert asks for before the next "
                              "session. If this session has already taken place, save it: it is "
                              "kept and marked for your physiotherapist.");
    m_holdText->setText(
        QStringLiteral("<b>%1</b><br>%2<br>%3")
            .arg(head.toHtmlEscaped(), reason.toHtmlEscaped(), advice.toHtmlEscaped()));
    m_holdText->setAccessibleDescription(head + u' ' + reason + u' ' + advice);
    m_holdWarning->show();
    if (isVisible())
        fitHeight();
    if (before != m_holdText->text()) {
        QAccessibleEvent event(m_holdText, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
}

void SessionDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    fitHeight();
}

void SessionDialog::fitHeight()
{
    // Wrapped words (the hold warning, the guidance) need more height at the dialog's width
    // than the minimum size knows of: grow to fit them rather than squeeze the check boxes.
    if (!layout() || !layout()->hasHeightForWidth())
        return;
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

} // namespace backlog
