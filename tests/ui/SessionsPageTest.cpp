// SPDX-License-Identifier: GPL-3.0-or-later
// The sessions page: add, edit and delete through the real dialog and buttons, each undone
// and redone on the undo stack; the model under QAbstractItemModelTester; the guidance.
#include "SessionsPage.h"

#include "DiaryService.h"
#include "SessionDialog.h"
#include "SessionModel.h"
#include "Settings.h"
#include "TestSupport.h"
#include "UndoCommands.h"
#include "model/Vocabulary.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <memory>

using namespace backlog;
using namespace backlog::test;

namespace {

const QDate kStart(2026, 10, 5); // a Monday; simpleEpisode: onset 10 days before (acute)

class SessionsPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Diary::open(folder.diaryPath());
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        diary = std::move(opened.value());
        service = std::make_unique<DiaryService>(*diary);
        ASSERT_TRUE(service->load().ok());
        ASSERT_TRUE(service->saveEpisode(simpleEpisode(kStart)).ok());
        service->setToday(kStart.addDays(9)); // day 10, week 2, phase 1
        settings = std::make_unique<Settings>(folder.path(QStringLiteral("settings.ini")));
        page = std::make_unique<SessionsPage>(PageContext{*service, undo, *settings});
        page->resize(900, 500);
        page->show();
    }

    QPushButton* button(const char* name) const
    {
        auto* b = page->findChild<QPushButton*>(QLatin1String(name));
        EXPECT_NE(b, nullptr) << name;
        return b;
    }

    QList<Session> stored() const
    {
        const auto all = diary->sessions().all();
        EXPECT_TRUE(all.ok());
        return all.ok() ? all.value() : QList<Session>();
    }

    static void typeMinutes(SessionDialog* dialog, int minutes)
    {
        dialog->minutesSpinBox()->setFocus();
        dialog->minutesSpinBox()->selectAll();
        QTest::keyClicks(dialog->minutesSpinBox(), QString::number(minutes));
    }

    /// Adds a session through the Add button and the dialog, typed as a user would.
    void addThroughDialog(const QDate& date, int minutes, const QString& therapist = {})
    {
        QTest::mouseClick(button("addSessionButton"), Qt::LeftButton);
        SessionDialog* dialog = page->dialog();
        ASSERT_NE(dialog, nullptr);
        dialog->dateEdit()->setDate(date);
        typeMinutes(dialog, minutes);
        if (!therapist.isEmpty()) {
            dialog->therapistLineEdit()->clear();
            QTest::keyClicks(dialog->therapistLineEdit(), therapist);
        }
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        EXPECT_EQ(page->dialog(), nullptr);
    }

    /// Stores a session through an undo command (set-up, not what is under test).
    void push(const QDate& date, int minutes)
    {
        Session s;
        s.date = date;
        s.minutes = minutes;
        undo.push(new SessionCommand(*service, std::nullopt, s, QStringLiteral("add")));
    }

    QString cellText(int row, int column) const
    {
        return page->model()->index(row, column).data().toString();
    }

    TempFolder folder;
    std::unique_ptr<Diary> diary;
    std::unique_ptr<DiaryService> service;
    QUndoStack undo;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<SessionsPage> page;
};

} // namespace

TEST_F(SessionsPageTest, AddThroughTheDialogReachesDiaryAndTable)
{
    QTest::mouseClick(button("addSessionButton"), Qt::LeftButton);
    SessionDialog* dialog = page->dialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->dateEdit()->date(), service->today());
    dialog->dateEdit()->setDate(kStart.addDays(8));
    typeMinutes(dialog, 50);
    dialog->kindComboBox()->setFocus();
    QTest::keyClick(dialog->kindComboBox(), Qt::Key_Down); // Swedish -> deep tissue
    QTest::keyClicks(dialog->therapistLineEdit(), QStringLiteral("Anna K."));
    QTest::keyClicks(dialog->noteTextEdit(), QStringLiteral("Lower back, gentle"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    EXPECT_EQ(page->dialog(), nullptr);

    const QList<Session> sessions = stored();
    ASSERT_EQ(sessions.size(), 1);
    EXPECT_EQ(sessions[0].date, kStart.addDays(8));
    EXPECT_EQ(sessions[0].minutes, 50);
    EXPECT_EQ(sessions[0].kind, SessionKind::DeepTissue);
    EXPECT_EQ(sessions[0].therapist, QStringLiteral("Anna K."));
    EXPECT_EQ(sessions[0].note, QStringLiteral("Lower back, gentle"));
    EXPECT_FALSE(sessions[0].shootingPain);
    EXPECT_EQ(service->sessions(), sessions);

    ASSERT_EQ(page->model()->rowCount(), 1);
    EXPECT_EQ(page->model()->index(0, SessionModel::MinutesColumn).data().toInt(), 50);
    EXPECT_EQ(cellText(0, SessionModel::TherapistColumn), QStringLiteral("Anna K."));
    EXPECT_EQ(cellText(0, SessionModel::KindColumn), sessionKindLabel(SessionKind::DeepTissue));
    EXPECT_EQ(cellText(0, SessionModel::ShootingPainColumn), QStringLiteral("No"));
    EXPECT_EQ(
        page->model()->index(0, SessionModel::DateColumn).data(SessionModel::RawValueRole).toDate(),
        kStart.addDays(8));
    // The new session is selected, so Edit and Delete act on it.
    EXPECT_TRUE(button("editSessionButton")->isEnabled());

    ASSERT_EQ(undo.count(), 1);
    undo.undo();
    EXPECT_TRUE(stored().isEmpty());
    EXPECT_EQ(page->model()->rowCount(), 0);
    EXPECT_FALSE(button("editSessionButton")->isEnabled());
    undo.redo();
    ASSERT_EQ(stored().size(), 1);
    EXPECT_TRUE(stored()[0].sameContent(sessions[0]));
    EXPECT_EQ(page->model()->rowCount(), 1);
}

TEST_F(SessionsPageTest, CancelStoresNothing)
{
    QTest::mouseClick(button("addSessionButton"), Qt::LeftButton);
    ASSERT_NE(page->dialog(), nullptr);
    QTest::keyClick(page->dialog(), Qt::Key_Escape);
    EXPECT_EQ(page->dialog(), nullptr);
    EXPECT_TRUE(stored().isEmpty());
    EXPECT_EQ(undo.count(), 0);
}

TEST_F(SessionsPageTest, EnterEditsAndUndoRedoRestoreEachVersion)
{
    addThroughDialog(kStart.addDays(7), 45, QStringLiteral("Anna"));
    const Session before = stored().value(0);
    ASSERT_NE(before.id, 0);

    page->table()->setFocus();
    page->table()->selectRow(0);
    QTest::keyClick(page->table(), Qt::Key_Return);
    SessionDialog* dialog = page->dialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->minutesSpinBox()->value(), 45);
    EXPECT_EQ(dialog->therapistLineEdit()->text(), QStringLiteral("Anna"));
    typeMinutes(dialog, 55);
    dialog->shootingPainCheckBox()->setFocus();
    QTest::keyClick(dialog->shootingPainCheckBox(), Qt::Key_Space);
    EXPECT_TRUE(dialog->shootingPainCheckBox()->isChecked());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);

    QList<Session> sessions = stored();
    ASSERT_EQ(sessions.size(), 1);
    EXPECT_EQ(sessions[0].id, before.id);
    EXPECT_EQ(sessions[0].minutes, 55);
    EXPECT_TRUE(sessions[0].shootingPain);
    EXPECT_EQ(cellText(0, SessionModel::ShootingPainColumn), QStringLiteral("Yes"));
    // The edit raised the stop-massage alert the dialog warned about.
    bool shootingAlert = false;
    for (const Alert& a : service->evaluation().alerts)
        shootingAlert |= a.rule == QLatin1String("MS-SHOOTING-PAIN");
    EXPECT_TRUE(shootingAlert);

    ASSERT_EQ(undo.count(), 2);
    undo.undo();
    sessions = stored();
    ASSERT_EQ(sessions.size(), 1);
    EXPECT_EQ(sessions[0], before);
    EXPECT_EQ(page->model()->index(0, SessionModel::MinutesColumn).data().toInt(), 45);
    undo.redo();
    EXPECT_EQ(stored().value(0).minutes, 55);
    EXPECT_TRUE(stored().value(0).shootingPain);
}

TEST_F(SessionsPageTest, DoubleClickEditsAndAnUnchangedSaveAddsNoUndoStep)
{
    addThroughDialog(kStart.addDays(7), 40);
    const QRect rect =
        page->table()->visualRect(page->model()->index(0, SessionModel::MinutesColumn));
    // A real double-click: press and release, then the double-click event.
    QTest::mouseClick(page->table()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(page->table()->viewport(), Qt::LeftButton, {}, rect.center());
    ASSERT_NE(page->dialog(), nullptr);
    EXPECT_EQ(page->dialog()->minutesSpinBox()->value(), 40);
    QTest::mouseClick(page->dialog()->saveButton(), Qt::LeftButton);
    EXPECT_EQ(undo.count(), 1);
    EXPECT_EQ(stored().value(0).minutes, 40);
}

TEST_F(SessionsPageTest, DeleteAsksThenDeletesAndUndoRestoresTheSameSession)
{
    addThroughDialog(kStart.addDays(7), 45);
    const Session session = stored().value(0);
    page->table()->selectRow(0);

    // "Keep" leaves it alone.
    QTest::mouseClick(button("deleteSessionButton"), Qt::LeftButton);
    QMessageBox* box = page->confirmation();
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->isVisible());
    QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("keepButton")), Qt::LeftButton);
    EXPECT_EQ(page->confirmation(), nullptr);
    EXPECT_EQ(stored().size(), 1);
    EXPECT_EQ(undo.count(), 1);

    // The Delete key asks too; confirming deletes.
    page->table()->setFocus();
    page->table()->selectRow(0);
    QTest::keyClick(page->table(), Qt::Key_Delete);
    box = page->confirmation();
    ASSERT_NE(box, nullptr);
    QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("confirmDeleteButton")),
                      Qt::LeftButton);
    EXPECT_TRUE(stored().isEmpty());
    EXPECT_EQ(page->model()->rowCount(), 0);
    ASSERT_EQ(undo.count(), 2);

    undo.undo();
    ASSERT_EQ(stored().size(), 1);
    EXPECT_EQ(stored()[0], session); // same id and content
    EXPECT_EQ(page->model()->rowCount(), 1);
    undo.redo();
    EXPECT_TRUE(stored().isEmpty());
}

TEST_F(SessionsPageTest, DeleteSessionTakesTheConfirmedDecision)
{
    push(kStart.addDays(7), 45);
    const qint64 id = stored().value(0).id;
    EXPECT_TRUE(page->deleteSession(id));
    EXPECT_TRUE(stored().isEmpty());
    EXPECT_FALSE(page->deleteSession(id)); // gone
}

TEST_F(SessionsPageTest, ModelPassesTheItemModelTesterThroughEdits)
{
    QAbstractItemModelTester tester(page->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    push(kStart.addDays(9), 45);
    push(kStart.addDays(2), 25);
    push(kStart.addDays(9), 60);
    ASSERT_EQ(page->model()->rowCount(), 3);
    EXPECT_EQ(page->model()->columnCount(), int(SessionModel::ColumnCount));
    // Sorted by date (then by id).
    EXPECT_EQ(page->model()->sessionAt(0).date, kStart.addDays(2));
    EXPECT_EQ(page->model()->sessionAt(1).minutes, 45);
    EXPECT_EQ(page->model()->sessionAt(2).minutes, 60);
    for (int column = 0; column < SessionModel::ColumnCount; ++column)
        EXPECT_FALSE(page->model()->headerData(column, Qt::Horizontal).toString().isEmpty());

    Session changed = page->model()->sessionAt(1);
    Session after = changed;
    after.numbness = true;
    undo.push(new SessionCommand(*service, changed, after, QStringLiteral("edit")));
    EXPECT_EQ(cellText(1, SessionModel::NumbnessColumn), QStringLiteral("Yes"));
    EXPECT_TRUE(page->deleteSession(page->model()->sessionAt(0).id));
    EXPECT_EQ(page->model()->rowCount(), 2);
    while (undo.canUndo())
        undo.undo();
    EXPECT_EQ(page->model()->rowCount(), 0);
    while (undo.canRedo())
        undo.redo();
    EXPECT_EQ(page->model()->rowCount(), 2);
}

TEST_F(SessionsPageTest, ShortSessionGetsGuidanceInDialogAndTable)
{
    QTest::mouseClick(button("addSessionButton"), Qt::LeftButton);
    SessionDialog* dialog = page->dialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_FALSE(dialog->guidanceLabel()->text().contains(QStringLiteral("Shorter")));
    typeMinutes(dialog, 25);
    // Live, before saving.
    EXPECT_TRUE(dialog->guidanceLabel()->text().contains(
        QStringLiteral("Shorter than the evidence-based range of 30 to 60 minutes")));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    ASSERT_EQ(page->model()->rowCount(), 1);
    EXPECT_TRUE(cellText(0, SessionModel::GuidanceColumn)
                    .contains(QStringLiteral("Shorter than the evidence-based range")));
}

TEST_F(SessionsPageTest, ThirdSessionInAPhaseOneWeekIsAbovePlan)
{
    // Week 2 is days 8..14; two sessions are the plan.
    push(kStart.addDays(7), 45);
    push(kStart.addDays(8), 45);
    EXPECT_FALSE(cellText(1, SessionModel::GuidanceColumn).contains(QStringLiteral("Above plan")));
    EXPECT_TRUE(page->findChild<QLabel*>(QStringLiteral("planGuidanceLabel"))
                    ->text()
                    .contains(QStringLiteral("above plan")));

    QTest::mouseClick(button("addSessionButton"), Qt::LeftButton);
    SessionDialog* dialog = page->dialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->guidanceLabel()->text().contains(QStringLiteral("Above plan this week")));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton); // above plan is never blocked
    ASSERT_EQ(page->model()->rowCount(), 3);
    EXPECT_TRUE(cellText(2, SessionModel::GuidanceColumn).contains(QStringLiteral("Above plan")));
    EXPECT_FALSE(cellText(0, SessionModel::GuidanceColumn).contains(QStringLiteral("Above plan")));
}

TEST_F(SessionsPageTest, FirstSessionOfAnAcuteEpisodeShowsItsWindow)
{
    // Onset is program start - 10 days: the window is start - 7 .. start - 3.
    QTest::mouseClick(button("addSessionButton"), Qt::LeftButton);
    SessionDialog* dialog = page->dialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->guidanceLabel()->text().contains(
        QStringLiteral("First session of an acute episode")));
    EXPECT_TRUE(dialog->guidanceLabel()->text().contains(QStringLiteral("outside that window")));
    dialog->dateEdit()->setDate(kStart.addDays(-5));
    EXPECT_TRUE(dialog->guidanceLabel()->text().contains(QStringLiteral("within it")));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    EXPECT_TRUE(cellText(0, SessionModel::GuidanceColumn).isEmpty());
}

TEST_F(SessionsPageTest, DialogValidatesMinutesAndWarnsOfStopMassageAlert)
{
    QTest::mouseClick(button("addSessionButton"), Qt::LeftButton);
    SessionDialog* dialog = page->dialog();
    ASSERT_NE(dialog, nullptr);
    typeMinutes(dialog, 0);
    EXPECT_FALSE(dialog->saveButton()->isEnabled());
    EXPECT_FALSE(dialog->errorLabel()->isHidden());
    EXPECT_TRUE(dialog->errorLabel()->text().contains(QStringLiteral("1 to 600")));
    typeMinutes(dialog, 601);
    EXPECT_FALSE(dialog->saveButton()->isEnabled());
    QTest::keyClick(dialog->minutesSpinBox(), Qt::Key_Return); // Enter does not save either
    EXPECT_NE(page->dialog(), nullptr);
    typeMinutes(dialog, 600);
    EXPECT_TRUE(dialog->saveButton()->isEnabled());
    EXPECT_TRUE(dialog->errorLabel()->isHidden());

    EXPECT_FALSE(dialog->alertWarningLabel()->isVisible());
    dialog->numbnessCheckBox()->setFocus();
    QTest::keyClick(dialog->numbnessCheckBox(), Qt::Key_Space);
    EXPECT_TRUE(dialog->alertWarningLabel()->isVisible());
    EXPECT_TRUE(dialog->alertWarningLabel()->text().contains(QStringLiteral("stop-massage alert")));
    QTest::keyClick(dialog->numbnessCheckBox(), Qt::Key_Space);
    EXPECT_FALSE(dialog->alertWarningLabel()->isVisible());
    dialog->reject();
}

TEST_F(SessionsPageTest, ControlsHaveAccessibleNamesAndObjectNames)
{
    QTest::mouseClick(button("addSessionButton"), Qt::LeftButton);
    ASSERT_NE(page->dialog(), nullptr);
    for (QWidget* root :
         {static_cast<QWidget*>(page.get()), static_cast<QWidget*>(page->dialog())}) {
        for (QWidget* w : root->findChildren<QWidget*>()) {
            if (w->focusPolicy() == Qt::NoFocus || !w->isVisibleTo(root) ||
                qobject_cast<QWidget*>(w->parent()) == nullptr)
                continue;
            // Internal parts of composite widgets (a spin box's line edit, a view's
            // viewport) have no object name of ours; every control we made does.
            if (w->objectName().isEmpty() || w->objectName().startsWith(QLatin1String("qt_")))
                continue;
            EXPECT_FALSE(w->accessibleName().isEmpty()) << w->objectName().toStdString();
        }
    }
    page->dialog()->reject();
}

TEST_F(SessionsPageTest, WithoutAnEpisodeSessionsCanStillBeLogged)
{
    TempFolder other;
    auto opened = Diary::open(other.diaryPath());
    ASSERT_TRUE(opened.ok());
    DiaryService bare(*opened.value());
    ASSERT_TRUE(bare.load().ok());
    QUndoStack stack;
    SessionsPage barePage(PageContext{bare, stack, *settings});
    EXPECT_TRUE(barePage.findChild<QLabel*>(QStringLiteral("planGuidanceLabel"))
                    ->text()
                    .contains(QStringLiteral("once setup is done")));
    barePage.addSession();
    ASSERT_NE(barePage.dialog(), nullptr);
    QTest::mouseClick(barePage.dialog()->saveButton(), Qt::LeftButton);
    EXPECT_EQ(bare.sessions().size(), 1);
    EXPECT_EQ(barePage.model()->rowCount(), 1);
}
