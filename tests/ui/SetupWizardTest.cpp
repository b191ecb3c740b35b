// SPDX-License-Identifier: GPL-3.0-or-later
// The first-run setup wizard, driven by keyboard on real widgets.
#include "SetupWizard.h"

#include "DiaryService.h"
#include "ScoreSelector.h"
#include "Settings.h"
#include "UiTestSupport.h"
#include "clinical/RuleTable.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPixmap>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTest>
#include <QTimeEdit>
#include <QUndoStack>
#include <memory>

using namespace backlog;
using namespace backlog::test;

namespace {

const QDate kToday(2026, 10, 5);

class SetupWizardTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Diary::open(folder.diaryPath());
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        diary = std::move(opened.value());
        settings = std::make_unique<Settings>(folder.path(QStringLiteral("settings.ini")));
        service = std::make_unique<DiaryService>(*diary);
        ASSERT_TRUE(service->load().ok());
        service->setToday(kToday);
        undo = std::make_unique<QUndoStack>();
        context = std::make_unique<PageContext>(PageContext{*service, *undo, *settings});
    }

    void TearDown() override
    {
        context.reset();
        undo.reset();
        service.reset();
        settings.reset();
        diary.reset();
    }

    TempFolder folder;
    std::unique_ptr<Diary> diary;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<DiaryService> service;
    std::unique_ptr<QUndoStack> undo;
    std::unique_ptr<PageContext> context;
};

/// Types a date into a date edit as the patient would after tabbing into it (which
/// selects its first section): the digits only, as a full section moves on by itself.
void typeDate(QDateEdit* edit, const QDate& date)
{
    edit->setSelectedSection(edit->sectionAt(0));
    QString digits = date.toString(edit->displayFormat());
    digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
    QTest::keyClicks(edit, digits);
    QTest::keyClick(edit, Qt::Key_Tab);
}

} // namespace

TEST_F(SetupWizardTest, CompletedByKeyboardTheEpisodeIsInTheDiary)
{
    SetupWizard wizard(*context);
    wizard.show();
    ASSERT_EQ(wizard.currentId(), SetupWizard::IntroPage);
    QTest::keyClick(&wizard, Qt::Key_Return);

    ASSERT_EQ(wizard.currentId(), SetupWizard::DatesPage);
    EXPECT_EQ(wizard.onsetDateEdit()->date(), kToday); // both default to today
    EXPECT_EQ(wizard.programStartEdit()->date(), kToday);
    QTest::keyClicks(wizard.patientNameEdit(), QStringLiteral("Ana Silva"));
    // The pain may not begin after the program starts.
    typeDate(wizard.programStartEdit(), QDate(2026, 9, 1));
    EXPECT_EQ(wizard.programStartEdit()->date(), QDate(2026, 9, 1));
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    EXPECT_TRUE(wizard.datesMessageLabel()->text().contains(QLatin1String("cannot begin after")));
    // Nor may the program start after today (its screening alerts would wait for it).
    typeDate(wizard.programStartEdit(), kToday.addDays(3));
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    EXPECT_TRUE(wizard.datesMessageLabel()->text().contains(QLatin1String("later than today")));
    typeDate(wizard.onsetDateEdit(), QDate(2026, 8, 20));
    typeDate(wizard.programStartEdit(), QDate(2026, 10, 1));
    EXPECT_EQ(wizard.onsetDateEdit()->date(), QDate(2026, 8, 20));
    EXPECT_TRUE(wizard.button(QWizard::NextButton)->isEnabled());
    EXPECT_TRUE(wizard.datesMessageLabel()->text().contains(QLatin1String("42 days")));
    EXPECT_TRUE(wizard.datesMessageLabel()->text().contains(QLatin1String("subacute")));
    QTest::keyClick(wizard.patientNameEdit(), Qt::Key_Return);

    ASSERT_EQ(wizard.currentId(), SetupWizard::ScreeningPage);
    for (const auto& q : wizard.questions())
        EXPECT_TRUE(wizard.noButton(q.rule)->isChecked()) << q.rule.toStdString(); // default no
    QTest::keyClick(wizard.yesButton(QStringLiteral("SCR-DISC-LEG")), Qt::Key_Space);
    EXPECT_TRUE(wizard.yesButton(QStringLiteral("SCR-DISC-LEG"))->isChecked());
    QTest::keyClick(wizard.yesButton(QStringLiteral("SCR-SURGERY-6W")), Qt::Key_Space);
    ASSERT_TRUE(wizard.surgeryDateEdit()->isVisibleTo(&wizard));
    typeDate(wizard.surgeryDateEdit(), QDate(2026, 9, 10));
    QTest::keyClick(&wizard, Qt::Key_Return);

    ASSERT_EQ(wizard.currentId(), SetupWizard::ActivitiesPage);
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled()); // at least one is needed
    QTest::keyClicks(wizard.activityEdit(0), QStringLiteral("Putting on socks"));
    EXPECT_TRUE(wizard.button(QWizard::NextButton)->isEnabled());
    QTest::keyClick(wizard.activityEdit(0), Qt::Key_Tab);
    QTest::keyClicks(wizard.activityEdit(1), QStringLiteral("Sitting through a film"));
    QTest::keyClick(wizard.activityEdit(1), Qt::Key_Return);

    ASSERT_EQ(wizard.currentId(), SetupWizard::BaselinePage);
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    QTest::keyClick(wizard.painSelector(), Qt::Key_7);
    QTest::keyClick(wizard.functionSelector(), Qt::Key_1);
    QTest::keyClick(wizard.functionSelector(), Qt::Key_0);
    EXPECT_EQ(wizard.functionSelector()->value(), 10);
    QTest::keyClick(wizard.functionSelector(), Qt::Key_Left); // 9
    QTest::keyClick(wizard.functionSelector(), Qt::Key_Left); // 8
    QTest::keyClick(wizard.functionSelector(), Qt::Key_Left); // 7
    QTest::keyClick(wizard.functionSelector(), Qt::Key_3);
    EXPECT_EQ(wizard.functionSelector()->value(), 3);
    QTest::keyClick(wizard.functionSelector(), Qt::Key_Return);

    ASSERT_EQ(wizard.currentId(), SetupWizard::ReminderPage);
    EXPECT_EQ(wizard.reminderTimeEdit()->time(), QTime(20, 0)); // the settings' default
    QTimeEdit* time = wizard.reminderTimeEdit();
    time->setCurrentSection(QDateTimeEdit::HourSection);
    for (int i = 0; i < 12; ++i)
        QTest::keyClick(time, Qt::Key_Down);
    EXPECT_EQ(time->time(), QTime(8, 0));
    const QString summary = wizard.summaryLabel()->text();
    EXPECT_TRUE(summary.contains(QLatin1String("Putting on socks"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QLatin1String("pain 7 of 10")));
    EXPECT_TRUE(summary.contains(levelTitle(AlertLevel::Clearance)));
    QTest::keyClick(time, Qt::Key_Return);
    EXPECT_EQ(wizard.result(), QDialog::Accepted);

    // In the diary as stored (read back through a fresh repository query).
    const auto stored = diary->episodes().get();
    ASSERT_TRUE(stored.ok());
    ASSERT_TRUE(stored.value().has_value());
    const Episode& e = *stored.value();
    EXPECT_EQ(e.patientName, QStringLiteral("Ana Silva"));
    EXPECT_EQ(e.onsetDate, QDate(2026, 8, 20));
    EXPECT_EQ(e.programStart, QDate(2026, 10, 1));
    EXPECT_TRUE(e.screening.discLeg);
    EXPECT_TRUE(e.screening.surgery6w);
    EXPECT_EQ(e.screening.surgeryDate, QDate(2026, 9, 10));
    EXPECT_FALSE(e.screening.trauma || e.screening.cancer || e.screening.weightFever ||
                 e.screening.immuno || e.screening.osteoporosis);
    EXPECT_EQ(e.activities, (QStringList{QStringLiteral("Putting on socks"),
                                         QStringLiteral("Sitting through a film")}));
    EXPECT_EQ(e.baselinePain, 7.0);
    EXPECT_EQ(e.baselineFunction, 3.0);
    EXPECT_EQ(settings->reminderTime(), QTime(8, 0));
    Settings reread(folder.path(QStringLiteral("settings.ini")));
    EXPECT_EQ(reread.reminderTime(), QTime(8, 0));

    // The first setup is saved directly: nothing to undo back to.
    EXPECT_EQ(undo->count(), 0);
    // Its screening alerts are raised in the diary.
    QStringList rules;
    for (const Alert& a : service->evaluation().alerts)
        rules << a.rule;
    EXPECT_TRUE(rules.contains(QStringLiteral("SCR-DISC-LEG")));
    EXPECT_TRUE(rules.contains(QStringLiteral("SCR-SURGERY-6W")));
}

TEST_F(SetupWizardTest, AYesShowsItsAlertAtOnceInPlainWords)
{
    SetupWizard wizard(*context);
    wizard.show();
    wizard.next();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), SetupWizard::ScreeningPage);
    // Every question of clinical.md 4.1, the five of version 2 too, in its order.
    ASSERT_EQ(wizard.questions().size(), screeningQuestions().size());
    for (qsizetype i = 0; i < screeningQuestions().size(); ++i)
        EXPECT_EQ(wizard.questions().at(i).rule,
                  QString::fromLatin1(screeningQuestions().at(i).id));
    for (const char* id :
         {"SCR-AGE-50", "SCR-INFLAMMATORY", "SCR-INFECTION", "SCR-ANTICOAG", "SCR-AORTA"})
        EXPECT_NE(wizard.yesButton(QString::fromLatin1(id)), nullptr) << id;
    for (const auto& q : wizard.questions()) {
        const RuleInfo* rule = findRule(q.rule);
        ASSERT_NE(rule, nullptr) << q.rule.toStdString();
        QLabel* label = wizard.screeningAlertLabel(q.rule);
        ASSERT_NE(label, nullptr);
        EXPECT_FALSE(label->isVisibleTo(&wizard));
        EXPECT_FALSE(wizard.yesButton(q.rule)->accessibleName().isEmpty());

        QTest::keyClick(wizard.yesButton(q.rule), Qt::Key_Space);
        EXPECT_TRUE(label->isVisibleTo(&wizard)) << q.rule.toStdString();
        EXPECT_TRUE(label->text().contains(levelTitle(rule->level))) << q.rule.toStdString();
        EXPECT_TRUE(label->text().contains(levelAction(rule->level).toHtmlEscaped()))
            << q.rule.toStdString();

        QTest::keyClick(wizard.noButton(q.rule), Qt::Key_Space);
        EXPECT_FALSE(label->isVisibleTo(&wizard)) << q.rule.toStdString();
    }

    // Back surgery asks its date, and the alert says until when massage is held.
    QTest::keyClick(wizard.yesButton(QStringLiteral("SCR-SURGERY-6W")), Qt::Key_Space);
    wizard.surgeryDateEdit()->setDate(QDate(2026, 9, 20));
    EXPECT_TRUE(wizard.screeningAlertLabel(QStringLiteral("SCR-SURGERY-6W"))
                    ->text()
                    .contains(QLatin1String("2026-11-01")));
    EXPECT_TRUE(wizard.screeningAlertLabel(QStringLiteral("SCR-TRAUMA"))->text().isEmpty());
}

TEST_F(SetupWizardTest, TheScreeningQuestionsAreAnsweredWithTabAndArrows)
{
    SetupWizard wizard(*context);
    wizard.show();
    wizard.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&wizard));
    wizard.next();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), SetupWizard::ScreeningPage);
    wizard.noButton(QStringLiteral("SCR-TRAUMA"))->setFocus();
    const auto type = [](Qt::Key key) { QTest::keyClick(QApplication::focusWidget(), key); };

    type(Qt::Key_Right); // trauma: yes
    EXPECT_TRUE(wizard.yesButton(QStringLiteral("SCR-TRAUMA"))->isChecked());
    EXPECT_TRUE(wizard.screeningAlertLabel(QStringLiteral("SCR-TRAUMA"))->isVisibleTo(&wizard));
    type(Qt::Key_Tab); // on to the next question
    QWidget* focus = QApplication::focusWidget();
    ASSERT_NE(focus, nullptr);
    EXPECT_TRUE(focus == wizard.noButton(QStringLiteral("SCR-CANCER")) ||
                focus == wizard.yesButton(QStringLiteral("SCR-CANCER")))
        << focus->objectName().toStdString();
    type(Qt::Key_Right); // cancer: yes; the arrows stay within one question
    EXPECT_TRUE(wizard.yesButton(QStringLiteral("SCR-CANCER"))->isChecked());
    EXPECT_TRUE(wizard.yesButton(QStringLiteral("SCR-TRAUMA"))->isChecked());
    type(Qt::Key_Left); // cancer: no again
    EXPECT_TRUE(wizard.noButton(QStringLiteral("SCR-CANCER"))->isChecked());
    EXPECT_FALSE(wizard.screeningAlertLabel(QStringLiteral("SCR-CANCER"))->isVisibleTo(&wizard));
}

TEST_F(SetupWizardTest, ReopenedItStartsFromTheEpisodeAndTheChangeCanBeUndone)
{
    Episode before = simpleEpisode(QDate(2026, 9, 28));
    before.patientName = QStringLiteral("Ana");
    before.activities = {QStringLiteral("Gardening")};
    before.screening.cancer = true;
    ASSERT_TRUE(service->saveEpisode(before).ok());

    SetupWizard wizard(*context);
    wizard.show();
    EXPECT_EQ(wizard.patientNameEdit()->text(), QStringLiteral("Ana"));
    EXPECT_EQ(wizard.onsetDateEdit()->date(), before.onsetDate);
    EXPECT_EQ(wizard.programStartEdit()->date(), before.programStart);
    EXPECT_TRUE(wizard.yesButton(QStringLiteral("SCR-CANCER"))->isChecked());
    EXPECT_EQ(wizard.activityEdit(0)->text(), QStringLiteral("Gardening"));
    EXPECT_EQ(wizard.painSelector()->value(), 6);
    EXPECT_EQ(wizard.functionSelector()->value(), 4);
    EXPECT_EQ(wizard.episode(), before); // nothing changed yet

    QTest::keyClick(wizard.painSelector(), Qt::Key_5);
    // Finish is offered on every page when changing answers.
    EXPECT_TRUE(wizard.button(QWizard::FinishButton)->isVisible());
    wizard.accept();
    EXPECT_EQ(wizard.result(), QDialog::Accepted);
    ASSERT_TRUE(service->episode().has_value());
    EXPECT_EQ(service->episode()->baselinePain, 5.0);
    ASSERT_EQ(undo->count(), 1);

    undo->undo();
    EXPECT_EQ(service->episode(), before);
    undo->redo();
    EXPECT_EQ(service->episode()->baselinePain, 5.0);
}

TEST_F(SetupWizardTest, TheNewQuestionsAskInPlainWords)
{
    const auto asks = [](const char* id, const char* words) {
        const QString text = SetupWizard::questionText(QString::fromLatin1(id));
        EXPECT_TRUE(text.contains(QLatin1String(words))) << id << ": " << text.toStdString();
        EXPECT_TRUE(text.endsWith(u'?') || text.endsWith(QLatin1String(".)"))) << id;
    };
    asks("SCR-AGE-50", "over 50");
    asks("SCR-AGE-50", "first time");
    asks("SCR-INFLAMMATORY", "before you were 45");
    asks("SCR-INFLAMMATORY", "30 minutes in the morning");
    asks("SCR-INFECTION", "last 3 months");
    asks("SCR-INFECTION", "bacterial infection");
    asks("SCR-ANTICOAG", "blood-thinning");
    asks("SCR-ANTICOAG", "bleeding disorder");
    asks("SCR-AORTA", "aortic aneurysm");
}

TEST_F(SetupWizardTest, AReScreeningYesRecordsTheDayItWasGiven)
{
    Episode before = simpleEpisode(QDate(2026, 8, 24));
    before.activities = {QStringLiteral("Gardening")};
    before.screening.anticoag = true;
    before.screening.answered.insert(QStringLiteral("SCR-ANTICOAG"), QDate(2026, 8, 24));
    before.screening.immuno = true; // given before days were recorded
    ASSERT_TRUE(service->saveEpisode(before).ok());
    const QDate week6(2026, 10, 1);
    service->setToday(week6);

    SetupWizard wizard(*context);
    wizard.show();
    wizard.next();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), SetupWizard::ScreeningPage);
    wizard.yesButton(QStringLiteral("SCR-INFECTION"))->setChecked(true);
    wizard.yesButton(QStringLiteral("SCR-AORTA"))->setChecked(true);
    // The action of a new yes is shown at once, dated the day of the answer.
    QLabel* infection = wizard.screeningAlertLabel(QStringLiteral("SCR-INFECTION"));
    EXPECT_TRUE(infection->isVisibleTo(&wizard));
    EXPECT_TRUE(infection->text().contains(levelAction(AlertLevel::SeeDoctor).toHtmlEscaped()));
    EXPECT_TRUE(wizard.screeningAlertLabel(QStringLiteral("SCR-AORTA"))
                    ->text()
                    .contains(levelAction(AlertLevel::Clearance).toHtmlEscaped()));

    const Episode e = wizard.episode();
    EXPECT_EQ(e.screening.answered.value(QStringLiteral("SCR-INFECTION")), week6);
    EXPECT_EQ(e.screening.answered.value(QStringLiteral("SCR-AORTA")), week6);
    // A yes kept from before keeps its day (or its lack of one).
    EXPECT_EQ(e.screening.answered.value(QStringLiteral("SCR-ANTICOAG")), QDate(2026, 8, 24));
    EXPECT_FALSE(e.screening.answered.contains(QStringLiteral("SCR-IMMUNO")));

    wizard.accept();
    ASSERT_EQ(wizard.result(), QDialog::Accepted);
    bool infectionDated = false;
    for (const Alert& a : service->evaluation().alerts)
        if (a.rule == QStringLiteral("SCR-INFECTION"))
            infectionDated = a.date == week6;
    EXPECT_TRUE(infectionDated);

    // A "no" given later has no day; the yes given again gets the new day.
    service->setToday(week6.addDays(5));
    {
        SetupWizard again(*context);
        again.noButton(QStringLiteral("SCR-INFECTION"))->setChecked(true);
        EXPECT_FALSE(again.episode().screening.answered.contains(QStringLiteral("SCR-INFECTION")));
        again.yesButton(QStringLiteral("SCR-INFECTION"))->setChecked(true);
        EXPECT_EQ(again.episode().screening.answered.value(QStringLiteral("SCR-INFECTION")),
                  week6); // still the yes of before: it was never saved as no
    }
}

TEST_F(SetupWizardTest, SurgeryWithoutADateHoldsMassageFor42DaysFromTheAnswer)
{
    Episode before = simpleEpisode(QDate(2026, 8, 24));
    before.activities = {QStringLiteral("Gardening")};
    ASSERT_TRUE(service->saveEpisode(before).ok());
    const QDate answeredOn(2026, 10, 1);
    service->setToday(answeredOn);

    SetupWizard wizard(*context);
    wizard.show();
    wizard.next();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), SetupWizard::ScreeningPage);
    QTest::keyClick(wizard.yesButton(QStringLiteral("SCR-SURGERY-6W")), Qt::Key_Space);
    ASSERT_TRUE(wizard.surgeryDateUnknownBox()->isVisibleTo(&wizard));
    QTest::keyClick(wizard.surgeryDateUnknownBox(), Qt::Key_Space);
    EXPECT_FALSE(wizard.surgeryDateEdit()->isEnabled());
    EXPECT_TRUE(
        wizard.surgeryMessageLabel()->text().contains(QLatin1String("42 days from the day")));
    // The alert under the question names the first day massage is allowed again.
    const QString lastHeld = QLocale().toString(answeredOn.addDays(42), QLocale::ShortFormat);
    const QString shown = wizard.screeningAlertLabel(QStringLiteral("SCR-SURGERY-6W"))->text();
    EXPECT_TRUE(shown.contains(QLatin1String("date not given"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(answeredOn.addDays(42).toString(Qt::ISODate)) ||
                shown.contains(lastHeld))
        << shown.toStdString();

    const Episode e = wizard.episode();
    EXPECT_TRUE(e.screening.surgery6w);
    EXPECT_FALSE(e.screening.surgeryDate.isValid());
    wizard.accept();
    ASSERT_EQ(wizard.result(), QDialog::Accepted);
    const MassageHold& hold = service->evaluation().hold;
    EXPECT_FALSE(hold.onHold(answeredOn.addDays(-1)));
    EXPECT_TRUE(hold.onHold(answeredOn));
    // The surgery hold: 42 days from the answer; after it the clearance alert holds massage
    // until the patient acknowledges the surgeon's clearance (clinical.md 3).
    EXPECT_TRUE(hold.surgery().covers(answeredOn));
    EXPECT_TRUE(hold.surgery().covers(answeredOn.addDays(41)));
    EXPECT_FALSE(hold.surgery().covers(answeredOn.addDays(42)));
    EXPECT_TRUE(hold.onHold(answeredOn.addDays(42)));

    // Reopened, the wizard shows the answer as it was given.
    SetupWizard again(*context);
    EXPECT_TRUE(again.surgeryDateUnknownBox()->isChecked());
}

TEST_F(SetupWizardTest, FinishingEarlyWithAMissingAnswerGoesToThatPage)
{
    Episode before = simpleEpisode(QDate(2026, 9, 28)); // no activities yet
    ASSERT_TRUE(service->saveEpisode(before).ok());
    SetupWizard wizard(*context);
    wizard.show();
    wizard.accept();
    EXPECT_NE(wizard.result(), QDialog::Accepted);
    EXPECT_EQ(wizard.currentId(), SetupWizard::ActivitiesPage);
    EXPECT_EQ(undo->count(), 0);
}

TEST_F(SetupWizardTest, EveryControlHasAnAccessibleNameAndAClassNamedObjectName)
{
    SetupWizard wizard(*context);
    const auto widgets = wizard.findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        if (!w->focusPolicy() || w->objectName().isEmpty() || w->objectName().startsWith(u"qt_") ||
            w->objectName().startsWith(u"_"))
            continue;
        if (qobject_cast<QLineEdit*>(w) && qobject_cast<QAbstractSpinBox*>(w->parentWidget()))
            continue; // the editor inside a spin box
        const QString name = w->objectName();
        if (qobject_cast<QAbstractButton*>(w) || qobject_cast<QAbstractSpinBox*>(w) ||
            qobject_cast<QLineEdit*>(w) || qobject_cast<ScoreSelector*>(w)) {
            EXPECT_FALSE(w->accessibleName().isEmpty() &&
                         (!qobject_cast<QAbstractButton*>(w) ||
                          static_cast<QAbstractButton*>(w)->text().isEmpty()))
                << name.toStdString();
            EXPECT_TRUE(name.endsWith(u"Button") || name.endsWith(u"Edit") ||
                        name.endsWith(u"CheckBox") || name.endsWith(u"Selector"))
                << name.toStdString();
        }
    }
}

namespace {} // namespace

// Renders every page in light and dark palettes; saved as PNG files when
// BACKLOG_ALERTS_SHOTS names a folder.
TEST_F(SetupWizardTest, PagesRenderInLightAndDark)
{
    const QPalette original = QApplication::palette();
    const QString dir = qEnvironmentVariable("BACKLOG_ALERTS_SHOTS");
    for (bool dark : {false, true}) {
        if (dark)
            QApplication::setPalette(darkPalette());
        SetupWizard wizard(*context);
        wizard.show();
        wizard.onsetDateEdit()->setDate(kToday.addDays(-40));
        wizard.yesButton(QStringLiteral("SCR-TRAUMA"))->setChecked(true);
        wizard.yesButton(QStringLiteral("SCR-SURGERY-6W"))->setChecked(true);
        wizard.surgeryDateEdit()->setDate(kToday.addDays(-20));
        wizard.activityEdit(0)->setText(QStringLiteral("Putting on socks"));
        wizard.painSelector()->setValue(6);
        wizard.functionSelector()->setValue(4);
        for (int id = SetupWizard::IntroPage; id <= SetupWizard::ReminderPage; ++id) {
            QApplication::processEvents();
            const QPixmap shot = wizard.grab();
            EXPECT_FALSE(shot.isNull());
            if (!dir.isEmpty()) {
                EXPECT_TRUE(
                    shot.save(QStringLiteral("%1/wizard-%2-%3.png")
                                  .arg(dir)
                                  .arg(id + 1)
                                  .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"))));
            }
            wizard.next();
        }
    }
    QApplication::setPalette(original);
}
