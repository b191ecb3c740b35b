// SPDX-License-Identifier: GPL-3.0-or-later
#include "TodayPage.h"

#include "DateField.h"
#include "DiaryService.h"
#include "LevelIcon.h"
#include "ScoreSelector.h"
#include "Settings.h"
#include "UndoCommands.h"
#include "clinical/Plan.h"
#include "clinical/RuleTable.h"
#include "model/Vocabulary.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSpinBox>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace backlog {

namespace {
QString planText(const char* text)
{
    return QCoreApplication::translate("Plan", text);
}
} // namespace

TodayPage::TodayPage(const PageContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_noteTimer(new QTimer(this))
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    auto* dateRow = new QHBoxLayout;
    dateRow->setContentsMargins(9, 9, 9, 0);
    m_previous = new QPushButton(tr("< &Previous day"), this);
    m_previous->setObjectName(QStringLiteral("previousDayButton"));
    m_previous->setAccessibleName(tr("Previous day"));
    m_previous->setAccessibleDescription(tr("Shows the entry of the day before"));
    m_dateEdit = new DateField(this);
    m_dateEdit->setObjectName(QStringLiteral("dateEdit"));
    m_dateEdit->setAccessibleName(tr("Day shown"));
    m_dateEdit->setAccessibleDescription(
        tr("The day whose entry is shown: type a date, or open the calendar with Alt+Down"));
    m_next = new QPushButton(tr("&Next day >"), this);
    m_next->setObjectName(QStringLiteral("nextDayButton"));
    m_next->setAccessibleName(tr("Next day"));
    m_next->setAccessibleDescription(tr("Shows the entry of the day after"));
    m_todayButton = new QPushButton(tr("T&oday"), this);
    m_todayButton->setObjectName(QStringLiteral("todayButton"));
    m_todayButton->setAccessibleName(tr("Go to today"));
    m_todayButton->setAccessibleDescription(tr("Shows today's entry"));
    dateRow->addWidget(m_previous);
    dateRow->addWidget(m_dateEdit, 1);
    dateRow->addWidget(m_next);
    dateRow->addWidget(m_todayButton);
    outer->addLayout(dateRow);

    auto* scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setObjectName(QStringLiteral("todayScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    m_content = content;
    auto* layout = new QVBoxLayout(content);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    m_header = new QLabel(content);
    m_header->setObjectName(QStringLiteral("planHeaderLabel"));
    m_header->setWordWrap(true);
    QFont bold = m_header->font();
    bold.setBold(true);
    m_header->setFont(bold);
    layout->addWidget(m_header);

    auto* painBox = new QGroupBox(tr("Pain on average over the last 24 hours"), content);
    auto* painLayout = new QVBoxLayout(painBox);
    m_pain = new ScoreSelector(tr("Pain"), tr("no pain"), tr("worst pain imaginable"), painBox);
    m_pain->setObjectName(QStringLiteral("painSelector"));
    painLayout->addWidget(m_pain);
    // A physiotherapist reviewing a diary is not asked to type anything.
    auto* painHint = new QLabel(m_context.service.isReadOnly()
                                    ? tr("Lower is better.")
                                    : tr("Lower is better. Type a number, or use the arrow keys."),
                                painBox);
    painHint->setObjectName(QStringLiteral("painHintLabel"));
    painLayout->addWidget(painHint);
    layout->addWidget(painBox);

    m_functionGroup = new QGroupBox(tr("How well you can do your important activities"), content);
    m_functionLayout = new QVBoxLayout(m_functionGroup);
    m_function = new ScoreSelector(tr("Function"), tr("unable to do them"),
                                   tr("able to do them as before the pain"), m_functionGroup);
    m_function->setObjectName(QStringLiteral("functionSelector"));
    m_functionLayout->addWidget(m_function);
    m_functionResult = new QLabel(m_functionGroup);
    m_functionResult->setObjectName(QStringLiteral("functionResultLabel"));
    m_functionLayout->addWidget(m_functionResult);
    layout->addWidget(m_functionGroup);

    m_symptomGroup = new QGroupBox(tr("Since yesterday, have you had any of these?"), content);
    auto* symptomLayout = new QVBoxLayout(m_symptomGroup);
    // The questions and their order are core's (model/Vocabulary.h), as for the CSV,
    // the bundle and the report.
    QList<QPair<QString, QString>> symptoms;
    for (const YesNoSymptom& item : yesNoSymptoms())
        symptoms << qMakePair(QString::fromLatin1(item.key), symptomText(item.question));
    for (const auto& [key, text] : symptoms) {
        auto* box = new QCheckBox(text, m_symptomGroup);
        box->setObjectName(key + QStringLiteral("CheckBox"));
        box->setAccessibleName(text);
        box->setAccessibleDescription(
            tr("Symptom check: tick it if you have had this since yesterday"));
        box->setMinimumHeight(28);
        symptomLayout->addWidget(box);
        m_symptoms << qMakePair(key, box);
        connect(box, &QCheckBox::toggled, this, [this] { save(tr("Symptom check")); });
    }
    auto* weaknessRow = new QHBoxLayout;
    auto* weaknessLabel = new QLabel(tr("&Weakness in a leg:"), m_symptomGroup);
    m_legWeakness = new QComboBox(m_symptomGroup);
    m_legWeakness->setObjectName(QStringLiteral("legWeaknessComboBox"));
    m_legWeakness->setAccessibleName(tr("Weakness in a leg"));
    m_legWeakness->setAccessibleDescription(tr("Symptom check: weakness in a leg since yesterday"));
    for (const auto& answer : legWeaknessAnswers())
        m_legWeakness->addItem(symptomText(answer.label), QString::fromLatin1(answer.key));
    weaknessLabel->setBuddy(m_legWeakness);
    weaknessRow->addWidget(weaknessLabel);
    weaknessRow->addWidget(m_legWeakness);
    weaknessRow->addStretch();
    symptomLayout->addLayout(weaknessRow);
    connect(m_legWeakness, &QComboBox::currentIndexChanged, this,
            [this] { save(tr("Symptom check")); });

    auto* legPainRow = new QHBoxLayout;
    auto* legPainLabel = new QLabel(tr("Pain shooting down a &leg:"), m_symptomGroup);
    m_legPain = new QComboBox(m_symptomGroup);
    m_legPain->setObjectName(QStringLiteral("legPainComboBox"));
    m_legPain->setAccessibleName(tr("Pain shooting down a leg"));
    m_legPain->setAccessibleDescription(
        tr("Symptom check: pain shooting down a leg since yesterday, and how far"));
    for (const auto& answer : legPainAnswers())
        m_legPain->addItem(symptomText(answer.label), QString::fromLatin1(answer.key));
    legPainLabel->setBuddy(m_legPain);
    legPainRow->addWidget(legPainLabel);
    legPainRow->addWidget(m_legPain);
    legPainRow->addStretch();
    symptomLayout->addLayout(legPainRow);
    connect(m_legPain, &QComboBox::currentIndexChanged, this,
            [this] { save(tr("Symptom check")); });

    // What the evaluation says about this day: the action of each alert, most urgent
    // first, right under the questions (below what was ticked, so nothing moves).
    m_dayAlerts = new QFrame(m_symptomGroup);
    m_dayAlerts->setObjectName(QStringLiteral("dayAlertsFrame"));
    m_dayAlerts->setFrameShape(QFrame::StyledPanel);
    m_dayAlerts->setFrameShadow(QFrame::Plain);
    m_dayAlerts->setLineWidth(2);
    auto* dayAlertsLayout = new QHBoxLayout(m_dayAlerts);
    m_dayAlertsIcon = new LevelIcon(AlertLevel::Info, 32, m_dayAlerts);
    m_dayAlertsText = new QLabel(m_dayAlerts);
    m_dayAlertsText->setObjectName(QStringLiteral("dayAlertsLabel"));
    m_dayAlertsText->setTextFormat(Qt::RichText);
    m_dayAlertsText->setWordWrap(true);
    m_dayAlertsText->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                             Qt::TextSelectableByKeyboard);
    dayAlertsLayout->addWidget(m_dayAlertsIcon, 0, Qt::AlignTop);
    dayAlertsLayout->addWidget(m_dayAlertsText, 1);
    m_dayAlerts->hide();
    symptomLayout->addWidget(m_dayAlerts);
    layout->addWidget(m_symptomGroup);

    m_afterGroup = new QGroupBox(tr("After your last massage session"), content);
    m_afterGroup->setObjectName(QStringLiteral("afterSessionGroupBox"));
    auto* afterLayout = new QFormLayout(m_afterGroup);
    m_stiffness = new QComboBox(m_afterGroup);
    m_stiffness->setObjectName(QStringLiteral("stiffnessComboBox"));
    m_stiffness->setAccessibleName(tr("Stiffness since the session"));
    m_stiffness->setAccessibleDescription(tr("How stiff you have been since the last session"));
    m_stiffness->addItem(tr("None"), QStringLiteral("none"));
    m_stiffness->addItem(tr("Mild"), QStringLiteral("mild"));
    m_stiffness->addItem(tr("Severe"), QStringLiteral("severe"));
    afterLayout->addRow(tr("S&tiffness:"), m_stiffness);
    m_reaction = new QCheckBox(
        tr("More pain, soreness or stiffness since the session is still there"), m_afterGroup);
    m_reaction->setObjectName(QStringLiteral("reactionCheckBox"));
    m_reaction->setAccessibleName(m_reaction->text());
    m_reaction->setAccessibleDescription(tr("Tick it while a reaction to the session lasts"));
    afterLayout->addRow(m_reaction);
    connect(m_stiffness, &QComboBox::currentIndexChanged, this,
            [this] { save(tr("After-session answers")); });
    connect(m_reaction, &QCheckBox::toggled, this, [this] { save(tr("After-session answers")); });
    layout->addWidget(m_afterGroup);

    m_planGroup = new QGroupBox(tr("Today's plan"), content);
    m_planGroup->setObjectName(QStringLiteral("planGroupBox"));
    m_planLayout = new QVBoxLayout(m_planGroup);
    layout->addWidget(m_planGroup);

    auto* noteBox = new QGroupBox(tr("Note (optional)"), content);
    auto* noteLayout = new QVBoxLayout(noteBox);
    m_note = new QPlainTextEdit(noteBox);
    m_note->setObjectName(QStringLiteral("notePlainTextEdit"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setAccessibleDescription(
        tr("Anything about the day; saved as you type, at once with Ctrl+S"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(90);
    noteLayout->addWidget(m_note);
    layout->addWidget(noteBox);
    layout->addStretch();

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("saveStatusLabel"));
    m_status->setAccessibleName(tr("Save status"));
    m_status->setContentsMargins(9, 0, 9, 6);
    outer->addWidget(m_status);

    m_noteTimer->setSingleShot(true);
    m_noteTimer->setInterval(300);
    connect(m_noteTimer, &QTimer::timeout, this, [this] { save(tr("Note")); });
    connect(m_note, &QPlainTextEdit::textChanged, this, &TodayPage::scheduleNoteSave);

    // Ctrl+S: the note being typed is saved now (everything else is saved as it changes).
    auto* saveNow = new QShortcut(QKeySequence::Save, this);
    saveNow->setObjectName(QStringLiteral("saveShortcut"));
    saveNow->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveNow, &QShortcut::activated, this, [this] {
        if (m_context.service.isReadOnly())
            return;
        if (m_noteTimer->isActive()) {
            flush();
            return;
        }
        m_status->setText(tr("Everything on this page is saved; it is saved as you type."));
    });
    connect(m_pain, &ScoreSelector::valueChosen, this, [this] { save(tr("Pain score")); });
    connect(m_function, &ScoreSelector::valueChosen, this, [this] { save(tr("Function score")); });
    connect(m_previous, &QPushButton::clicked, this, [this] { showDate(m_date.addDays(-1)); });
    connect(m_next, &QPushButton::clicked, this, [this] { showDate(m_date.addDays(1)); });
    connect(m_todayButton, &QPushButton::clicked, this,
            [this] { showDate(m_context.service.today()); });
    connect(m_dateEdit, &QDateEdit::dateChanged, this, [this](const QDate& d) {
        if (d != m_date)
            showDate(d);
    });
    connect(&m_context.service, &DiaryService::changed, this, &TodayPage::refreshFromService);

    // The day row, then the scales; the scroll area itself is no stop.
    m_scroll->setFocusPolicy(Qt::NoFocus);
    setTabOrder(m_previous, m_dateEdit);
    setTabOrder(m_dateEdit, m_next);
    setTabOrder(m_next, m_todayButton);
    setTabOrder(m_todayButton, m_pain);
    setTabOrder(m_pain, m_function);
    rebuildForEpisode();
    showDate(m_context.service.today());
}

QCheckBox* TodayPage::symptomBox(const QString& key) const
{
    for (const auto& [k, box] : m_symptoms)
        if (k == key)
            return box;
    return nullptr;
}

void TodayPage::rebuildForEpisode()
{
    const auto& episode = m_context.service.episode();
    const QStringList names = episode ? episode->activities : QStringList();
    const bool perActivity =
        !names.isEmpty() && m_context.settings.value(Settings::Key::FunctionPerActivity).toBool();
    const QStringList wanted = perActivity ? names : QStringList();
    if (wanted == m_activityNames)
        return;
    m_activityNames = wanted;
    qDeleteAll(m_activities);
    m_activities.clear();
    QWidget* previous = m_pain;
    for (int i = 0; i < wanted.size(); ++i) {
        auto* selector = new ScoreSelector(wanted[i], tr("unable to do it"),
                                           tr("able to do it as before the pain"), m_functionGroup);
        selector->setObjectName(QStringLiteral("activity%1Selector").arg(i));
        auto* label = new QLabel(wanted[i], m_functionGroup);
        label->setObjectName(QStringLiteral("activity%1Label").arg(i));
        connect(selector, &ScoreSelector::destroyed, label, &QLabel::deleteLater);
        m_functionLayout->insertWidget(m_functionLayout->count() - 1, label);
        m_functionLayout->insertWidget(m_functionLayout->count() - 1, selector);
        connect(selector, &ScoreSelector::valueChosen, this,
                [this] { save(tr("Function score")); });
        setTabOrder(previous, selector);
        previous = selector;
        m_activities << selector;
    }
    m_function->setVisible(m_activities.isEmpty());
}

bool TodayPage::asksAfterSession() const
{
    // On the 3 days after a session, and while a reaction is reported.
    const QList<Session>& sessions = m_context.service.sessions();
    QDate last;
    for (const Session& s : sessions)
        if (s.date < m_date && (!last.isValid() || s.date > last))
            last = s.date;
    if (!last.isValid())
        return false;
    if (last.daysTo(m_date) <= 3)
        return true;
    const auto previous = m_context.service.entry(m_date.addDays(-1));
    const auto current = m_context.service.entry(m_date);
    return (previous && previous->afterSession && previous->afterSession->reaction) ||
           (current && current->afterSession);
}

void TodayPage::showDate(const QDate& date)
{
    if (!date.isValid())
        return;
    flush();
    if (date != m_date && m_padding > 0) {
        m_padding = 0;
        m_content->setMinimumHeight(0);
    }
    m_date = date;
    load();
}

void TodayPage::flush()
{
    if (m_noteTimer->isActive()) {
        m_noteTimer->stop();
        save(tr("Note"));
    }
}

void TodayPage::updateHeader()
{
    const auto& episode = m_context.service.episode();
    if (!episode) {
        m_header->setText(tr("Set up your plan (File > Set up) to see what today asks for."));
        return;
    }
    const PlanDay plan = planFor(*episode, m_date);
    if (plan.phase == 0) {
        m_header->setText(tr("Before the plan starts (it starts on %1).")
                              .arg(QLocale().toString(episode->programStart, QLocale::LongFormat)));
        return;
    }
    static const char* const phases[] = {"", QT_TR_NOOP("Acute relief"), QT_TR_NOOP("Active work"),
                                         QT_TR_NOOP("Maintenance")};
    m_header->setText(tr("Day %1, week %2 of your plan: phase %3, %4.")
                          .arg(plan.day)
                          .arg(plan.week)
                          .arg(plan.phase)
                          .arg(tr(phases[plan.phase])));
}

void TodayPage::load()
{
    m_loading = true;
    const QDate today = m_context.service.today();
    m_dateEdit->blockSignals(true);
    m_dateEdit->setMaximumDate(std::max(today, m_date));
    m_dateEdit->setDate(m_date);
    m_dateEdit->blockSignals(false);
    m_next->setEnabled(m_date < today);
    m_todayButton->setEnabled(m_date != today);
    rebuildForEpisode();
    updateHeader();
    m_episodeShown = m_context.service.episode();

    const std::optional<DailyEntry> entry = m_context.service.entry(m_date);
    const DailyEntry e = entry.value_or(DailyEntry{});
    m_extra = e.extra;
    if (entry)
        m_pain->setValue(e.pain);
    else
        m_pain->clear();
    if (m_activities.isEmpty()) {
        m_function->setValue(e.function ? static_cast<int>(*e.function + 0.5) : -1);
    } else {
        for (int i = 0; i < m_activities.size(); ++i)
            m_activities[i]->setValue(i < e.activityScores.size() ? e.activityScores[i].value_or(-1)
                                                                  : -1);
    }
    m_functionResult->setText(
        e.function
            ? tr("Function score for the day: %1").arg(QLocale().toString(*e.function, 'f', 1))
            : QString());
    const Symptoms& s = e.symptoms;
    for (const YesNoSymptom& item : yesNoSymptoms())
        symptomBox(QString::fromLatin1(item.key))->setChecked(s.*(item.member));
    m_legWeakness->setCurrentIndex(m_legWeakness->findData(toString(s.legWeakness)));
    m_legPain->setCurrentIndex(m_legPain->findData(toString(s.legPain)));
    const AfterSession after = e.afterSession.value_or(AfterSession{});
    m_stiffness->setCurrentIndex(m_stiffness->findData(toString(after.stiffness)));
    m_reaction->setChecked(after.reaction);
    m_afterGroup->setVisible(asksAfterSession());
    // Which session the questions are about, with its day.
    QDate lastSession;
    for (const Session& s : m_context.service.sessions())
        if (s.date < m_date && (!lastSession.isValid() || s.date > lastSession))
            lastSession = s.date;
    if (lastSession.isValid()) {
        const qint64 ago = lastSession.daysTo(m_date);
        m_afterGroup->setTitle(
            ago == 1 ? tr("After your massage session yesterday, %1").arg(displayDate(lastSession))
                     : tr("After your massage session of %1, %2 days ago")
                           .arg(displayDate(lastSession))
                           .arg(ago));
    }

    // Today's checklist, with the doses of the phase of this day.
    qDeleteAll(m_planGroup->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly));
    m_planInputs.clear();
    const auto& episode = m_context.service.episode();
    if (episode) {
        const PlanDay plan = planFor(*episode, m_date);
        for (const PlanTask& task : plan.tasks) {
            auto* row = new QWidget(m_planGroup);
            auto* rowLayout = new QHBoxLayout(row);
            rowLayout->setContentsMargins(0, 0, 0, 0);
            const QString label = planText(task.label);
            QWidget* input = nullptr;
            if (task.key == QLatin1String("smr")) {
                auto* box = new QCheckBox(
                    tr("%1 (%2 %3)").arg(label).arg(task.dose).arg(planText(task.unit)), row);
                box->setChecked(e.selfCare.smr);
                connect(box, &QCheckBox::toggled, this, [this] { save(tr("Plan checklist")); });
                input = box;
                rowLayout->addWidget(box);
            } else {
                auto* spin = new QSpinBox(row);
                const SelfCareItem* item = selfCareItem(task.key);
                spin->setRange(0, item ? item->maxAmount : 0);
                spin->setValue(selfCareAmount(e.selfCare, task.key));
                spin->setMinimumHeight(30);
                auto* text = new QLabel(tr("%1: done").arg(label), row);
                text->setBuddy(spin);
                auto* dose =
                    new QLabel(tr("of %1 %2").arg(task.dose).arg(planText(task.unit)), row);
                connect(spin, &QSpinBox::valueChanged, this,
                        [this] { save(tr("Plan checklist")); });
                rowLayout->addWidget(text);
                rowLayout->addWidget(spin);
                rowLayout->addWidget(dose);
                rowLayout->addStretch();
                input = spin;
            }
            input->setObjectName(task.key + (task.key == QLatin1String("smr")
                                                 ? QStringLiteral("CheckBox")
                                                 : QStringLiteral("SpinBox")));
            input->setAccessibleName(label);
            input->setAccessibleDescription(tr("Today's plan: what you did of it"));
            m_planLayout->addWidget(row);
            m_planInputs << qMakePair(task.key, input);
        }
        if (plan.walkingTargetMinutes > 0)
            m_planGroup->setTitle(
                tr("Today's plan (walking target: %1 minutes)").arg(plan.walkingTargetMinutes));
        else
            m_planGroup->setTitle(tr("Today's plan"));
    }
    m_planGroup->setVisible(!m_planInputs.isEmpty());
    // Keyboard order follows the page: symptoms, after-session answers, plan, note.
    setTabOrder(m_legWeakness, m_legPain);
    setTabOrder(m_legPain, m_stiffness);
    setTabOrder(m_stiffness, m_reaction);
    QWidget* previous = m_reaction;
    for (const auto& [key, input] : m_planInputs) {
        setTabOrder(previous, input);
        previous = input;
    }
    setTabOrder(previous, m_note);

    if (m_note->toPlainText() != e.note)
        m_note->setPlainText(e.note);
    updateDayAlerts();
    if (m_context.service.isReadOnly())
        m_status->setText(entry ? tr("As the patient logged it.")
                                : tr("The patient logged nothing on this day."));
    else
        m_status->setText(
            entry
                ? tr("Saved.")
                : (m_date == today ? tr("Nothing logged today yet. Start with your pain score.")
                                   : tr("Nothing logged on this day. Start with the pain score.")));
    updateEnabled();
    m_loading = false;
}

void TodayPage::updateEnabled()
{
    if (m_context.service.isReadOnly()) {
        // Review mode: every day can be browsed, nothing can be changed. The note stays
        // enabled (read-only) so that it can be read and copied.
        for (QWidget* w : {static_cast<QWidget*>(m_pain), static_cast<QWidget*>(m_functionGroup),
                           static_cast<QWidget*>(m_symptomGroup),
                           static_cast<QWidget*>(m_afterGroup), static_cast<QWidget*>(m_planGroup)})
            w->setEnabled(false);
        m_note->setReadOnly(true);
        return;
    }
    const bool started = m_pain->value() >= 0;
    for (QWidget* w : {static_cast<QWidget*>(m_functionGroup),
                       static_cast<QWidget*>(m_symptomGroup), static_cast<QWidget*>(m_afterGroup),
                       static_cast<QWidget*>(m_planGroup), static_cast<QWidget*>(m_note)})
        w->setEnabled(started);
}

void TodayPage::refreshFromService()
{
    // Another edit (undo, redo, an import) changed the diary: show what is stored, unless
    // the widgets already show exactly that (our own save), to keep the cursor in place.
    if (m_loading)
        return;
    const auto stored = m_context.service.entry(m_date);
    const auto shown = entryFromWidgets();
    rebuildForEpisode();
    if (stored != shown || m_episodeShown != m_context.service.episode())
        load();
    else {
        updateHeader();
        m_afterGroup->setVisible(asksAfterSession());
        updateDayAlerts();
    }
}

void TodayPage::updateDayAlerts()
{
    // From the evaluation only: the alerts of the day and those still raised for what the
    // day's entry reports, most urgent first.
    const QList<Alert> alerts = m_context.service.evaluation().alertsForDay(m_date);
    if (alerts.isEmpty()) {
        m_dayAlerts->hide();
        m_dayAlertsText->clear();
        m_dayAlerts->setAccessibleDescription(QString());
        return;
    }
    const QLocale locale;
    QStringList html;
    QStringList plain;
    for (const Alert& a : alerts) {
        const RuleInfo* rule = findRule(a.rule);
        const QString title = rule ? ruleTitle(*rule) : a.rule;
        QString state;
        if (a.isAcknowledged())
            state =
                tr("Acknowledged on %1.").arg(locale.toString(a.acknowledged, QLocale::LongFormat));
        else if (a.date != m_date)
            state = tr("Raised on %1 and still raised.")
                        .arg(locale.toString(a.date, QLocale::LongFormat));
        html << QStringLiteral("<p><b>%1: %2</b><br>%3 %4</p>")
                    .arg(levelTitle(a.level).toHtmlEscaped(), levelAction(a.level).toHtmlEscaped(),
                         tr("Why: %1.").arg(title).toHtmlEscaped(), state.toHtmlEscaped());
        plain << QStringLiteral("%1: %2 %3 %4")
                     .arg(levelTitle(a.level), levelAction(a.level), tr("Why: %1.").arg(title),
                          state)
                     .trimmed();
    }
    const QString before = m_dayAlertsText->text();
    m_dayAlertsIcon->setLevel(alerts.first().level);
    m_dayAlertsText->setText(html.join(QString()));
    m_dayAlerts->setAccessibleName(tr("What to do about this day"));
    m_dayAlerts->setAccessibleDescription(plain.join(u' '));
    m_dayAlerts->show();
    if (before != m_dayAlertsText->text() && !m_loading) {
        QAccessibleEvent event(m_dayAlerts, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
}

void TodayPage::keepInPlace(QWidget* anchor, const std::function<void()>& change)
{
    if (!anchor || !isVisible() || !window()) {
        change();
        return;
    }
    const int before = anchor->mapTo(window(), QPoint()).y();
    change();
    // Lay the window out now (the banner may have appeared above the pages), before it is
    // painted, and scroll by as much as the control moved.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const int delta = anchor->mapTo(window(), QPoint()).y() - before;
    if (delta == 0)
        return;
    QScrollBar* bar = m_scroll->verticalScrollBar();
    const int wanted = bar->value() + delta;
    if (wanted > bar->maximum()) {
        // Not enough below to scroll: make room at the bottom of the page.
        m_padding += wanted - bar->maximum();
        m_content->setMinimumHeight(m_content->minimumSizeHint().height() + m_padding);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    }
    bar->setValue(std::max(0, wanted));
}

void TodayPage::scheduleNoteSave()
{
    if (!m_loading)
        m_noteTimer->start();
}

std::optional<DailyEntry> TodayPage::entryFromWidgets() const
{
    if (m_pain->value() < 0)
        return std::nullopt;
    DailyEntry e = m_context.service.entry(m_date).value_or(DailyEntry{});
    e.date = m_date;
    e.pain = m_pain->value();
    e.extra = m_extra;
    if (m_activities.isEmpty()) {
        if (m_function->value() >= 0) {
            e.function = m_function->value();
            e.activityScores.clear();
        }
    } else {
        // Every rating is kept by position, a partly rated day too; the day's PSFS score
        // exists once every activity is rated (clinical.md 2).
        QList<std::optional<int>> scores;
        bool any = false;
        for (ScoreSelector* s : m_activities) {
            scores << (s->value() >= 0 ? std::optional<int>(s->value()) : std::nullopt);
            any = any || s->value() >= 0;
        }
        e.activityScores = any ? scores : QList<std::optional<int>>{};
        e.function = functionFromActivities(scores, static_cast<int>(m_activities.size()));
    }
    Symptoms& s = e.symptoms;
    for (const YesNoSymptom& item : yesNoSymptoms())
        s.*(item.member) = symptomBox(QString::fromLatin1(item.key))->isChecked();
    s.legWeakness =
        legWeaknessFromString(m_legWeakness->currentData().toString()).value_or(LegWeakness::None);
    s.legPain = legPainFromString(m_legPain->currentData().toString()).value_or(LegPain::None);
    if (m_afterGroup->isVisibleTo(const_cast<TodayPage*>(this)) || e.afterSession) {
        AfterSession a;
        a.stiffness =
            stiffnessFromString(m_stiffness->currentData().toString()).value_or(Stiffness::None);
        a.reaction = m_reaction->isChecked();
        if (m_afterGroup->isVisibleTo(const_cast<TodayPage*>(this)))
            e.afterSession = a;
    }
    for (const auto& [key, input] : m_planInputs) {
        int value = 0;
        if (auto* spin = qobject_cast<QSpinBox*>(input))
            value = spin->value();
        if (auto* box = qobject_cast<QCheckBox*>(input))
            value = box->isChecked() ? 1 : 0;
        setSelfCareAmount(e.selfCare, key, value);
    }
    e.note = m_note->toPlainText();
    return e;
}

void TodayPage::save(const QString& what)
{
    if (m_loading || m_context.service.isReadOnly())
        return;
    updateEnabled();
    const auto after = entryFromWidgets();
    if (!after) {
        m_status->setText(tr("Choose a pain score to save this day."));
        return;
    }
    const auto before = m_context.service.entry(m_date);
    if (before == after)
        return;
    // Saved first; only a save the diary took becomes an undo step. What was just changed
    // stays where it is on the screen, whatever appears above it.
    QWidget* anchor = QApplication::focusWidget();
    if (!anchor || !isAncestorOf(anchor))
        anchor = m_symptomGroup;
    Status saved;
    keepInPlace(anchor, [&] { saved = m_context.service.saveEntry(*after); });
    if (!saved) {
        const QString message =
            tr("Not saved: %1 The page shows what your diary holds.").arg(saved.error().message);
        load(); // what is on screen is what the diary holds
        m_status->setText(message);
        Q_EMIT saveFailed(message);
        return;
    }
    m_context.undo.push(new EntryCommand(m_context.service, before, after,
                                         tr("%1 on %2").arg(what, displayDate(m_date)), true));
    m_status->setText(
        tr("Saved at %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    if (!m_activities.isEmpty()) {
        const auto stored = m_context.service.entry(m_date);
        m_functionResult->setText(
            stored && stored->function
                ? tr("Function score for the day: %1")
                      .arg(QLocale().toString(*stored->function, 'f', 1))
                : tr("Rate every activity to give the day's function score."));
    }
}

} // namespace backlog
