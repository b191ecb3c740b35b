// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetupWizard.h"

#include "DateField.h"
#include "DiaryService.h"
#include "LevelIcon.h"
#include "ScoreSelector.h"
#include "Settings.h"
#include "UndoCommands.h"
#include "clinical/RuleTable.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTimeEdit>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <functional>

namespace backlog {
namespace {

constexpr int kMaxActivities = 5;

/// A wizard page whose completeness is a predicate over the wizard's widgets.
class Page : public QWizardPage
{
public:
    explicit Page(QWidget* parent = nullptr) : QWizardPage(parent) {}
    std::function<bool()> complete;
    bool isComplete() const override { return complete ? complete() : true; }
};

QDateEdit* dateEdit(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* edit = new DateField(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setMinimumHeight(32);
    edit->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    return edit;
}

/// The locale's short time format without seconds.
QString timeFormat()
{
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?"));
    format.remove(seconds);
    return format;
}

QLabel* wrapped(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

/// "scrWeightFever" for "SCR-WEIGHT-FEVER": the stem of a question's object names.
QString stemOf(const QString& rule)
{
    const QStringList parts = rule.toLower().split(u'-');
    QString stem = parts.value(0);
    for (int i = 1; i < parts.size(); ++i)
        stem += parts[i].left(1).toUpper() + parts[i].mid(1);
    return stem;
}

QString dateText(const QDate& date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

} // namespace

QString SetupWizard::questionText(const QString& rule)
{
    static const QMap<QString, const char*> texts = {
        {QStringLiteral("SCR-TRAUMA"),
         QT_TR_NOOP("Did the pain start after a fall, an accident or another significant injury?")},
        {QStringLiteral("SCR-CANCER"),
         QT_TR_NOOP("Do you have cancer now, or have you had cancer in the past?")},
        {QStringLiteral("SCR-WEIGHT-FEVER"),
         QT_TR_NOOP("Have you had weight loss you cannot explain, or a fever, together with the "
                    "back pain?")},
        {QStringLiteral("SCR-IMMUNO"),
         QT_TR_NOOP("Have you taken steroid medicine for a long time, do you have a weakened "
                    "immune system, or do you inject drugs?")},
        {QStringLiteral("SCR-DISC-LEG"),
         QT_TR_NOOP("Has a doctor found a disc herniation (a \"slipped disc\"), and do you have "
                    "pain, numbness or tingling in a leg?")},
        {QStringLiteral("SCR-SURGERY-6W"),
         QT_TR_NOOP("Have you had back surgery in the last 6 weeks?")},
        {QStringLiteral("SCR-OSTEOPOROSIS"),
         QT_TR_NOOP("Do you have severe osteoporosis (very fragile bones)?")},
        {QStringLiteral("SCR-AGE-50"),
         QT_TR_NOOP("Are you over 50, and is this the first time you have had back pain like "
                    "this?")},
        {QStringLiteral("SCR-INFLAMMATORY"),
         QT_TR_NOOP("Did the pain begin before you were 45 and has it lasted 3 months or more, "
                    "with your back stiff for more than 30 minutes in the morning and easing "
                    "with movement rather than with rest?")},
        {QStringLiteral("SCR-INFECTION"),
         QT_TR_NOOP("In the last 3 months, have you had a bacterial infection (for example of "
                    "the urine or the skin), or an injection into the spine or an operation on "
                    "it?")},
        {QStringLiteral("SCR-ANTICOAG"),
         QT_TR_NOOP("Do you take blood-thinning medicine, or do you have a bleeding disorder? "
                    "(Firm pressure can cause bleeding.)")},
        {QStringLiteral("SCR-AORTA"),
         QT_TR_NOOP("Do you know that you have an aortic aneurysm (a widened main artery in the "
                    "belly)?")},
    };
    const auto it = texts.find(rule);
    return it == texts.end() ? rule : tr(it.value());
}

SetupWizard::SetupWizard(const PageContext& context, QWidget* parent)
    : QWizard(parent), m_context(context), m_previous(context.service.episode())
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(m_previous ? tr("Change your setup") : tr("Set up BackLog"));
    setAccessibleName(windowTitle());
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    // Changing one answer later should not mean walking through every page.
    setOption(QWizard::HaveFinishButtonOnEarlyPages, m_previous.has_value());

    // Every question of clinical.md 4.1, from the one list in core, in its order.
    for (const ScreeningQuestion& q : screeningQuestions()) {
        const QString id = QString::fromLatin1(q.id);
        m_questions.append({id, q.answer, questionText(id)});
    }

    setPage(IntroPage, createIntroPage());
    setPage(DatesPage, createDatesPage());
    setPage(ScreeningPage, createScreeningPage());
    setPage(ActivitiesPage, createActivitiesPage());
    setPage(BaselinePage, createBaselinePage());
    setPage(ReminderPage, createReminderPage());
    loadAnswers();

    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == ScreeningPage)
            updateScreeningAlerts();
        if (id == ReminderPage)
            updateSummary();
    });
    resize(760, 620);
}

// ---- Pages ------------------------------------------------------------------------------

QWizardPage* SetupWizard::createIntroPage()
{
    auto* page = new Page(this);
    page->setObjectName(QStringLiteral("introWizardPage"));
    page->setTitle(m_previous ? tr("Change your setup") : tr("Welcome to BackLog"));
    page->setSubTitle(tr("A diary and coach for massage therapy and rehabilitation for low back "
                         "pain."));
    auto* layout = new QVBoxLayout(page);
    auto* what = wrapped(
        tr("<p><b>What BackLog does</b></p>"
           "<ul><li>It helps you log your pain and how well you can do your activities, in about "
           "a minute a day.</li>"
           "<li>It helps you follow your plan of massage sessions and exercises.</li>"
           "<li>It tells you plainly when something needs a doctor, and what to do.</li>"
           "<li>It keeps a record you can share with your physiotherapist.</li></ul>"
           "<p><b>What BackLog is not</b></p>"
           "<ul><li>It never diagnoses. It does not replace your doctor, physiotherapist or "
           "massage therapist.</li>"
           "<li>If you are worried about your back, or you feel very unwell, contact a doctor "
           "whatever BackLog shows.</li></ul>"
           "<p>Your diary stays on this computer.</p>"),
        page);
    what->setObjectName(QStringLiteral("aboutBackLogLabel"));
    what->setTextFormat(Qt::RichText);
    layout->addWidget(what);
    if (m_previous) {
        auto* again = wrapped(tr("You can change any answer. Your diary entries and sessions are "
                                 "kept; the change can be undone from the Edit menu."),
                              page);
        again->setObjectName(QStringLiteral("changeSetupLabel"));
        layout->addWidget(again);
    }
    layout->addStretch();
    return page;
}

QWizardPage* SetupWizard::createDatesPage()
{
    auto* page = new Page(this);
    page->setObjectName(QStringLiteral("datesWizardPage"));
    page->setTitle(tr("Your back pain and your program"));
    page->setSubTitle(tr("When did this episode of back pain begin, and when does your program "
                         "of massage and exercise start?"));
    auto* form = new QFormLayout(page);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("patientNameLineEdit"));
    m_name->setAccessibleName(tr("Your name (optional)"));
    m_name->setPlaceholderText(tr("Shown on reports for your physiotherapist"));
    m_name->setMaxLength(100);
    m_name->setMinimumHeight(32);
    form->addRow(tr("Your na&me (optional):"), m_name);

    // No maximum dates: typing a date digit by digit passes through later dates, which a
    // maximum would refuse. The page checks the dates instead.
    m_onset = dateEdit(QStringLiteral("onsetDateEdit"), tr("Date the pain began"), page);
    form->addRow(tr("The pain be&gan on:"), m_onset);

    m_start = dateEdit(QStringLiteral("programStartDateEdit"), tr("Program start"), page);
    form->addRow(tr("The program &starts on:"), m_start);

    m_datesMessage = wrapped(QString(), page);
    m_datesMessage->setObjectName(QStringLiteral("datesMessageLabel"));
    m_datesMessage->setAccessibleName(tr("About these dates"));
    m_datesMessage->setTextFormat(Qt::PlainText);
    form->addRow(m_datesMessage);

    page->complete = [this] { return datesValid(); };
    for (QDateEdit* edit : {m_onset, m_start})
        connect(edit, &QDateEdit::dateChanged, page, [this, page] {
            updateDatesMessage();
            Q_EMIT page->completeChanged();
        });
    return page;
}

QWizardPage* SetupWizard::createScreeningPage()
{
    auto* page = new Page(this);
    page->setObjectName(QStringLiteral("screeningWizardPage"));
    page->setTitle(tr("Safety questions"));
    page->setSubTitle(tr("Some conditions need a doctor before or alongside massage. Answer yes "
                         "if it applies to you; BackLog shows at once what to do."));
    auto* outer = new QVBoxLayout(page);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(page);
    scroll->setObjectName(QStringLiteral("screeningScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    layout->setSpacing(6);

    QWidget* previousFocus = nullptr;
    for (const Question& question : m_questions) {
        const QString stem = stemOf(question.rule);
        QuestionWidgets w;
        auto* row = new QHBoxLayout;
        auto* label = wrapped(question.text, content);
        label->setObjectName(stem + QStringLiteral("QuestionLabel"));
        row->addWidget(label, 1);
        auto* answers =
            new QWidget(content); // the radio buttons of one question exclude each other
        answers->setObjectName(stem + QStringLiteral("AnswerWidget"));
        answers->setAccessibleName(question.text);
        auto* answerLayout = new QHBoxLayout(answers);
        answerLayout->setContentsMargins(0, 0, 0, 0);
        w.no = new QRadioButton(tr("No"), answers);
        w.no->setObjectName(stem + QStringLiteral("NoRadioButton"));
        w.no->setAccessibleName(tr("%1: no").arg(question.text));
        w.no->setMinimumHeight(32);
        w.yes = new QRadioButton(tr("Yes"), answers);
        w.yes->setObjectName(stem + QStringLiteral("YesRadioButton"));
        w.yes->setAccessibleName(tr("%1: yes").arg(question.text));
        w.yes->setMinimumHeight(32);
        w.no->setChecked(true);
        answerLayout->addWidget(w.no);
        answerLayout->addWidget(w.yes);
        row->addWidget(answers, 0, Qt::AlignTop);
        layout->addLayout(row);
        label->setBuddy(w.no);

        if (question.answer == &Screening::surgery6w) {
            m_surgeryRow = new QWidget(content);
            auto* surgeryRows = new QVBoxLayout(m_surgeryRow);
            surgeryRows->setContentsMargins(24, 0, 0, 0);
            auto* surgeryLayout = new QHBoxLayout;
            m_surgeryDate = dateEdit(QStringLiteral("surgeryDateEdit"), tr("Date of the surgery"),
                                     m_surgeryRow);
            auto* surgeryLabel = new QLabel(tr("&Date of the surgery:"), m_surgeryRow);
            surgeryLabel->setBuddy(m_surgeryDate);
            m_surgeryUnknown = new QCheckBox(tr("I do not &know the date"), m_surgeryRow);
            m_surgeryUnknown->setObjectName(QStringLiteral("surgeryDateUnknownCheckBox"));
            m_surgeryUnknown->setAccessibleName(tr("I do not know the date of the surgery"));
            m_surgeryUnknown->setAccessibleDescription(
                tr("Without the date, massage is held for 42 days from the day of this answer."));
            surgeryLayout->addWidget(surgeryLabel);
            surgeryLayout->addWidget(m_surgeryDate);
            surgeryLayout->addWidget(m_surgeryUnknown);
            surgeryLayout->addStretch(1);
            surgeryRows->addLayout(surgeryLayout);
            m_surgeryMessage = wrapped(QString(), m_surgeryRow);
            m_surgeryMessage->setObjectName(QStringLiteral("surgeryMessageLabel"));
            m_surgeryMessage->setTextFormat(Qt::PlainText);
            surgeryRows->addWidget(m_surgeryMessage);
            m_surgeryRow->hide();
            layout->addWidget(m_surgeryRow);
            connect(m_surgeryUnknown, &QCheckBox::toggled, this,
                    &SetupWizard::updateScreeningAlerts);
            connect(m_surgeryDate, &QDateEdit::dateChanged, this,
                    &SetupWizard::updateScreeningAlerts);
        }

        // The alert a "yes" raises, in plain words, right under the question.
        auto* panel = new QFrame(content);
        panel->setObjectName(stem + QStringLiteral("AlertFrame"));
        panel->setFrameShape(QFrame::StyledPanel);
        panel->setFrameShadow(QFrame::Plain);
        panel->setLineWidth(2);
        auto* panelLayout = new QHBoxLayout(panel);
        w.icon = new LevelIcon(AlertLevel::Info, 28, panel);
        w.alertText = wrapped(QString(), panel);
        w.alertText->setObjectName(stem + QStringLiteral("AlertLabel"));
        w.alertText->setTextFormat(Qt::RichText);
        panelLayout->addWidget(w.icon, 0, Qt::AlignTop);
        panelLayout->addWidget(w.alertText, 1);
        panel->hide();
        w.alertPanel = panel;
        layout->addWidget(panel);

        auto* line = new QFrame(content);
        line->setFrameShape(QFrame::HLine);
        line->setFrameShadow(QFrame::Sunken);
        layout->addWidget(line);

        connect(w.yes, &QRadioButton::toggled, this, &SetupWizard::updateScreeningAlerts);
        if (previousFocus)
            setTabOrder(previousFocus, w.no);
        setTabOrder(w.no, w.yes);
        previousFocus = w.yes;
        if (m_surgeryDate && question.answer == &Screening::surgery6w) {
            setTabOrder(w.yes, m_surgeryDate);
            setTabOrder(m_surgeryDate, m_surgeryUnknown);
            previousFocus = m_surgeryUnknown;
        }
        m_questionWidgets.insert(question.rule, w);
    }
    layout->addStretch();
    scroll->setWidget(content);
    outer->addWidget(scroll);
    page->complete = [this] {
        return !m_questionWidgets[QStringLiteral("SCR-SURGERY-6W")].yes->isChecked() ||
               m_surgeryUnknown->isChecked() || m_surgeryDate->date() <= m_context.service.today();
    };
    connect(this, &SetupWizard::screeningChanged, page, [page] { Q_EMIT page->completeChanged(); });
    return page;
}

QWizardPage* SetupWizard::createActivitiesPage()
{
    auto* page = new Page(this);
    page->setObjectName(QStringLiteral("activitiesWizardPage"));
    page->setTitle(tr("Your important activities"));
    page->setSubTitle(tr("Name one to five everyday activities that your back pain makes hard. "
                         "Each day you will rate how well you can do them."));
    auto* form = new QFormLayout(page);
    const QStringList examples = {
        tr("for example: putting on socks"), tr("for example: sitting through a film"),
        tr("for example: lifting my child"), tr("for example: walking to the shops"),
        tr("for example: gardening")};
    for (int i = 0; i < kMaxActivities; ++i) {
        auto* edit = new QLineEdit(page);
        edit->setObjectName(QStringLiteral("activity%1LineEdit").arg(i + 1));
        edit->setAccessibleName(i == 0 ? tr("Activity 1 (required)")
                                       : tr("Activity %1").arg(i + 1));
        edit->setPlaceholderText(examples.value(i));
        edit->setMaxLength(80);
        edit->setMinimumHeight(32);
        form->addRow(i == 0 ? tr("Activity &1:") : tr("Activity &%1:").arg(i + 1), edit);
        connect(edit, &QLineEdit::textChanged, page, [page] { Q_EMIT page->completeChanged(); });
        m_activities << edit;
    }
    auto* note = wrapped(tr("At least one activity is needed."), page);
    note->setObjectName(QStringLiteral("activitiesNoteLabel"));
    form->addRow(note);
    page->complete = [this] { return !activities().isEmpty(); };
    return page;
}

QWizardPage* SetupWizard::createBaselinePage()
{
    auto* page = new Page(this);
    page->setObjectName(QStringLiteral("baselineWizardPage"));
    page->setTitle(tr("How things are now"));
    page->setSubTitle(tr("Your starting point: BackLog compares later days with these until it "
                         "has three days of your diary."));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(
        wrapped(tr("Pain on average over the last 24 hours. Lower is better."), page));
    m_pain = new ScoreSelector(tr("Pain at the start"), tr("no pain"), tr("worst pain imaginable"),
                               page);
    m_pain->setObjectName(QStringLiteral("baselinePainSelector"));
    layout->addWidget(m_pain);
    layout->addSpacing(12);
    layout->addWidget(
        wrapped(tr("How well you can do your important activities. Higher is better."), page));
    m_function = new ScoreSelector(tr("Function at the start"), tr("unable to do them"),
                                   tr("able to do them as before the pain"), page);
    m_function->setObjectName(QStringLiteral("baselineFunctionSelector"));
    layout->addWidget(m_function);
    layout->addStretch();
    setTabOrder(m_pain, m_function);
    page->complete = [this] { return m_pain->value() >= 0 && m_function->value() >= 0; };
    for (ScoreSelector* s : {m_pain, m_function})
        connect(s, &ScoreSelector::valueChosen, page, [page] { Q_EMIT page->completeChanged(); });
    return page;
}

QWizardPage* SetupWizard::createReminderPage()
{
    auto* page = new Page(this);
    page->setObjectName(QStringLiteral("reminderWizardPage"));
    page->setTitle(tr("Daily reminder"));
    page->setSubTitle(tr("BackLog can remind you each day when nothing is logged yet."));
    auto* layout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    m_reminderEnabled = new QCheckBox(tr("&Remind me each day when nothing is logged"), page);
    m_reminderEnabled->setObjectName(QStringLiteral("reminderEnabledCheckBox"));
    m_reminderEnabled->setMinimumHeight(32);
    form->addRow(m_reminderEnabled);
    m_reminderTime = new QTimeEdit(page);
    m_reminderTime->setObjectName(QStringLiteral("reminderTimeEdit"));
    m_reminderTime->setAccessibleName(tr("Reminder time"));
    m_reminderTime->setDisplayFormat(timeFormat());
    m_reminderTime->setMinimumHeight(32);
    m_reminderTime->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    form->addRow(tr("Remind me &at:"), m_reminderTime);
    connect(m_reminderEnabled, &QCheckBox::toggled, m_reminderTime, &QWidget::setEnabled);
    connect(m_reminderEnabled, &QCheckBox::toggled, this, &SetupWizard::updateSummary);
    connect(m_reminderTime, &QTimeEdit::timeChanged, this, &SetupWizard::updateSummary);
    layout->addLayout(form);

    auto* heading = new QLabel(tr("Summary"), page);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addSpacing(8);
    layout->addWidget(heading);
    m_summary = wrapped(QString(), page);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setAccessibleName(tr("Summary of your answers"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    layout->addStretch();
    return page;
}

// ---- Answers ------------------------------------------------------------------------------

void SetupWizard::loadAnswers()
{
    const QDate today = m_context.service.today();
    const Episode e = m_previous.value_or(Episode{});
    m_name->setText(e.patientName);
    m_onset->setDate(e.onsetDate.isValid() ? e.onsetDate : today);
    m_start->setDate(e.programStart.isValid() ? e.programStart : today);
    for (const Question& q : m_questions) {
        const QuestionWidgets& w = m_questionWidgets[q.rule];
        (e.screening.*q.answer ? w.yes : w.no)->setChecked(true);
    }
    m_surgeryDate->setDate(e.screening.surgeryDate.isValid() ? e.screening.surgeryDate : today);
    m_surgeryUnknown->setChecked(e.screening.surgery6w && !e.screening.surgeryDate.isValid());
    for (int i = 0; i < kMaxActivities; ++i)
        m_activities[i]->setText(e.activities.value(i));
    m_pain->setValue(e.baselinePain ? static_cast<int>(std::lround(*e.baselinePain)) : -1);
    m_function->setValue(e.baselineFunction ? static_cast<int>(std::lround(*e.baselineFunction))
                                            : -1);
    m_reminderEnabled->setChecked(m_context.settings.reminderEnabled());
    m_reminderTime->setEnabled(m_reminderEnabled->isChecked());
    m_reminderTime->setTime(m_context.settings.reminderTime());
    updateDatesMessage();
    updateScreeningAlerts();
}

bool SetupWizard::datesValid() const
{
    return m_onset->date().isValid() && m_start->date().isValid() &&
           m_onset->date() <= m_start->date() && m_start->date() <= m_context.service.today();
}

void SetupWizard::updateDatesMessage()
{
    // The alerts are evaluated as of today, so a later start would hold back the
    // screening alerts until that day.
    if (m_start->date() > m_context.service.today()) {
        m_datesMessage->setText(tr("The program cannot start later than today. If you start "
                                   "now, choose today."));
        return;
    }
    if (!datesValid()) {
        m_datesMessage->setText(tr("The pain cannot begin after the program starts. Please change "
                                   "one of the dates."));
        return;
    }
    const int days = static_cast<int>(m_onset->date().daysTo(m_start->date()));
    QString kind;
    if (days < 28)
        kind = tr("acute back pain (less than 4 weeks)");
    else if (days <= 84)
        kind = tr("subacute back pain (4 to 12 weeks)");
    else
        kind = tr("chronic back pain (more than 12 weeks)");
    m_datesMessage->setText(
        (days == 1 ? tr("At the start of the program the pain will have lasted 1 day: %1.")
                   : tr("At the start of the program the pain will have lasted %n days: %1.",
                        nullptr, days))
            .arg(kind));
}

QStringList SetupWizard::activities() const
{
    QStringList out;
    for (const QLineEdit* edit : m_activities) {
        const QString text = edit->text().simplified();
        if (!text.isEmpty())
            out << text;
    }
    return out;
}

Episode SetupWizard::episode() const
{
    Episode e = m_previous.value_or(Episode{}); // keeps the plan template and unknown fields
    e.patientName = m_name->text().trimmed();
    e.onsetDate = m_onset->date();
    e.programStart = m_start->date();
    // A "yes" records the day it was given (clinical.md 4.1): a "yes" kept from before keeps
    // its day, a new one is given today; a "no" has no day.
    const Screening before = m_previous ? m_previous->screening : Screening{};
    Screening screening;
    for (const Question& q : m_questions) {
        const bool yes = m_questionWidgets[q.rule].yes->isChecked();
        screening.*q.answer = yes;
        if (!yes)
            continue;
        if (!before.answer(q.rule))
            screening.answered.insert(q.rule, m_context.service.today());
        else if (before.answered.contains(q.rule))
            screening.answered.insert(q.rule, before.answered.value(q.rule));
    }
    if (screening.surgery6w && !m_surgeryUnknown->isChecked())
        screening.surgeryDate = m_surgeryDate->date();
    e.screening = screening;
    e.activities = activities();
    // A baseline not changed keeps its stored value (it may carry a decimal from an import).
    const auto baseline = [](const std::optional<double>& before,
                             int chosen) -> std::optional<double> {
        if (chosen < 0)
            return std::nullopt;
        if (before && std::lround(*before) == chosen)
            return before;
        return chosen;
    };
    const Episode previous = m_previous.value_or(Episode{});
    e.baselinePain = baseline(previous.baselinePain, m_pain->value());
    e.baselineFunction = baseline(previous.baselineFunction, m_function->value());
    return e;
}

QList<Alert> SetupWizard::screeningAlerts() const
{
    const Episode draft = episode();
    if (!draft.programStart.isValid())
        return {};
    QList<Alert> out;
    for (const Alert& alert : DiaryService::screeningAlerts(draft)) {
        const RuleInfo* rule = findRule(alert.rule);
        if (rule && rule->scope == RuleScope::Screening)
            out << alert;
    }
    return out;
}

void SetupWizard::updateScreeningAlerts()
{
    if (!m_surgeryDate)
        return; // still being built
    const QList<Alert> alerts = screeningAlerts();
    for (const Question& q : m_questions) {
        const QuestionWidgets& w = m_questionWidgets[q.rule];
        if (q.answer == &Screening::surgery6w) {
            m_surgeryRow->setVisible(w.yes->isChecked());
            m_surgeryDate->setEnabled(!m_surgeryUnknown->isChecked());
            if (m_surgeryUnknown->isChecked())
                m_surgeryMessage->setText(
                    tr("Without the date, massage is held for 42 days from the day of this "
                       "answer, to be safe."));
            else
                m_surgeryMessage->setText(m_surgeryDate->date() > m_context.service.today()
                                              ? tr("The surgery cannot be in the future.")
                                              : QString());
            m_surgeryMessage->setVisible(!m_surgeryMessage->text().isEmpty());
        }
        const auto it = std::find_if(alerts.begin(), alerts.end(),
                                     [&](const Alert& a) { return a.rule == q.rule; });
        const RuleInfo* rule = findRule(q.rule);
        if (it == alerts.end() || !rule) {
            w.alertPanel->hide();
            w.alertText->clear();
            continue;
        }
        w.icon->setLevel(it->level);
        QString text =
            QStringLiteral("<b>%1: %2</b><br>%3")
                .arg(levelTitle(it->level).toHtmlEscaped(), levelAction(it->level).toHtmlEscaped(),
                     ruleMessage(*rule).toHtmlEscaped());
        if (q.answer == &Screening::surgery6w && !it->data.isEmpty())
            text += QStringLiteral("<br>") + it->data.toHtmlEscaped();
        w.alertText->setText(text);
        w.alertPanel->setAccessibleName(levelTitle(it->level));
        w.alertPanel->setAccessibleDescription(levelTitle(it->level) + QStringLiteral(": ") +
                                               levelAction(it->level));
        w.alertPanel->show();
    }
    Q_EMIT screeningChanged();
}

void SetupWizard::updateSummary()
{
    const Episode e = episode();
    QStringList lines;
    lines << tr("The pain began on %1; the program starts on %2.")
                 .arg(dateText(e.onsetDate), dateText(e.programStart));
    QList<Alert> alerts = screeningAlerts();
    std::stable_sort(alerts.begin(), alerts.end(), [](const Alert& a, const Alert& b) {
        return static_cast<int>(a.level) < static_cast<int>(b.level); // most urgent first
    });
    if (alerts.isEmpty()) {
        lines << tr("Safety questions: no alert.");
    } else {
        lines << (alerts.size() == 1
                      ? tr("Safety questions: 1 alert. You will find it on the Alerts page:")
                      : tr("Safety questions: %n alerts. You will find them on the Alerts page:",
                           nullptr, static_cast<int>(alerts.size())));
        for (const Alert& a : alerts) {
            const RuleInfo* rule = findRule(a.rule);
            lines << QStringLiteral("  \u2022 %1: %2. %3")
                         .arg(levelTitle(a.level), rule ? ruleTitle(*rule) : a.rule,
                              levelAction(a.level));
        }
    }
    lines << tr("Important activities: %1.").arg(e.activities.join(QStringLiteral("; ")));
    const auto score = [](const std::optional<double>& v) {
        return v ? QLocale().toString(*v, 'g', 3) : tr("not given");
    };
    lines << tr("At the start: pain %1 of 10, function %2 of 10.")
                 .arg(score(e.baselinePain), score(e.baselineFunction));
    lines << (m_reminderEnabled->isChecked()
                  ? tr("Daily reminder at %1 when nothing is logged.")
                        .arg(QLocale().toString(m_reminderTime->time(), timeFormat()))
                  : tr("No daily reminder."));
    m_summary->setText(lines.join(u'\n'));
}

// ---- Finishing ---------------------------------------------------------------------------

bool SetupWizard::save()
{
    // With Finish on early pages, a later page may still lack an answer: go there.
    for (int id : pageIds()) {
        if (!page(id)->isComplete()) {
            setCurrentId(id);
            return false;
        }
    }
    m_context.settings.setValue(Settings::Key::ReminderEnabled, m_reminderEnabled->isChecked());
    m_context.settings.setValue(Settings::Key::ReminderTime, m_reminderTime->time());

    const Episode after = episode();
    const std::optional<Episode> before = m_context.service.episode();
    QString error;
    if (!before) {
        // The first setup is saved directly: there is no diary state before it to undo to.
        if (const Status s = m_context.service.saveEpisode(after); !s)
            error = s.error().message;
    } else if (*before != after) {
        auto* command = new EpisodeCommand(m_context.service, before, after, tr("Set up"));
        m_context.undo.push(command);
        error = command->lastError();
    }
    if (error.isEmpty())
        return true;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Setup not saved"),
                                tr("Your answers could not be saved: %1").arg(error),
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return false;
}

void SetupWizard::accept()
{
    if (save())
        QWizard::accept();
}

QRadioButton* SetupWizard::yesButton(const QString& rule) const
{
    return m_questionWidgets.value(rule).yes;
}

QRadioButton* SetupWizard::noButton(const QString& rule) const
{
    return m_questionWidgets.value(rule).no;
}

QLabel* SetupWizard::screeningAlertLabel(const QString& rule) const
{
    return m_questionWidgets.value(rule).alertText;
}

} // namespace backlog
