// SPDX-License-Identifier: GPL-3.0-or-later
// The alerts page, its model, the alert banner and the level signs, on real widgets.
#include "AlertsPage.h"

#include "AlertBanner.h"
#include "AlertModel.h"
#include "DiaryService.h"
#include "LevelIcon.h"
#include "Settings.h"
#include "UiTestSupport.h"
#include "clinical/RuleTable.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <QVBoxLayout>
#include <memory>

using namespace backlog;
using namespace backlog::test;

namespace {

const QDate kStart(2026, 10, 5);

class AlertsTest : public ::testing::Test
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
        // Day 3 of the program: the reminder rule ESC-NO-LOG stays quiet while day 3 has an
        // entry, so each test sees only the alerts it raises.
        service->setToday(kStart.addDays(2));
        ASSERT_TRUE(service->saveEpisode(simpleEpisode(kStart)).ok());
        undo = std::make_unique<QUndoStack>();
        context = std::make_unique<PageContext>(PageContext{*service, *undo, *settings});
    }

    void TearDown() override
    {
        context.reset();
        undo.reset(); // its commands hold the service
        service.reset();
        settings.reset();
        diary.reset();
    }

    void reportSaddle(const QDate& date)
    {
        DailyEntry e = simpleEntry(date, 5, 5);
        e.symptoms.saddle = true;
        ASSERT_TRUE(service->saveEntry(e).ok());
    }

    TempFolder folder;
    std::unique_ptr<Diary> diary;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<DiaryService> service;
    std::unique_ptr<QUndoStack> undo;
    std::unique_ptr<PageContext> context;
};

/// The banner placed in a shown window, as the main window places it.
struct BannerHost
{
    explicit BannerHost(const PageContext& context)
    {
        auto* layout = new QVBoxLayout(&window);
        banner = new AlertBanner(context, &window);
        layout->addWidget(banner);
        layout->addStretch();
        window.resize(800, 300);
        window.show();
    }
    QWidget window;
    AlertBanner* banner;
};

QString emergencyAction()
{
    // The wording of clinical.md section 4, in full.
    return QStringLiteral("Seek emergency care now (emergency department / emergency number). Do "
                          "not wait for a therapist.");
}

} // namespace

TEST_F(AlertsTest, SaddleNumbnessShowsTheBannerWithTheEmergencyAction)
{
    BannerHost host(*context);
    EXPECT_FALSE(host.banner->isVisible());

    reportSaddle(kStart.addDays(2));
    EXPECT_TRUE(host.banner->isVisible());
    EXPECT_EQ(host.banner->levelLabel()->text(), QStringLiteral("Emergency"));
    EXPECT_EQ(host.banner->actionLabel()->text(), emergencyAction());
    EXPECT_EQ(levelAction(AlertLevel::Emergency), emergencyAction());
    EXPECT_TRUE(host.banner->actionLabel()->wordWrap()); // never elided
    EXPECT_FALSE(host.banner->titleLabel()->text().isEmpty());
    EXPECT_FALSE(host.banner->accessibleName().isEmpty());
    EXPECT_TRUE(host.banner->accessibleDescription().contains(emergencyAction()));
    ASSERT_TRUE(host.banner->shownAlert().has_value());
    EXPECT_EQ(host.banner->shownAlert()->rule, QStringLiteral("RF-SADDLE"));
    EXPECT_FALSE(host.banner->othersLabel()->isVisible());

    QSignalSpy requested(host.banner, &AlertBanner::showAlertsRequested);
    QTest::mouseClick(host.banner->showAlertsButton(), Qt::LeftButton);
    EXPECT_EQ(requested.count(), 1);
}

TEST_F(AlertsTest, BannerShowsTheMostUrgentAlertAndCountsTheOthers)
{
    BannerHost host(*context);
    DailyEntry numb = simpleEntry(kStart.addDays(1), 5, 5);
    numb.symptoms.legNumbness = true;
    ASSERT_TRUE(service->saveEntry(numb).ok());
    EXPECT_TRUE(host.banner->isVisible());
    EXPECT_EQ(host.banner->levelLabel()->text(), QStringLiteral("Stop massage"));
    EXPECT_EQ(host.banner->actionLabel()->text(), levelAction(AlertLevel::StopMassage));

    reportSaddle(kStart.addDays(2));
    EXPECT_EQ(host.banner->levelLabel()->text(), QStringLiteral("Emergency"));
    EXPECT_TRUE(host.banner->othersLabel()->isVisible());
    EXPECT_TRUE(host.banner->othersLabel()->text().contains(QLatin1String("1 other alert")));
}

TEST_F(AlertsTest, AlertsPageListsTheAlertWithWhatToDoWhyAndSource)
{
    AlertsPage page(*context);
    page.show();
    // Day 3 with nothing logged: only the reminder that nothing was logged.
    ASSERT_EQ(page.model()->rowCount(), 1);
    EXPECT_EQ(page.model()->alertAt(0).rule, QStringLiteral("ESC-NO-LOG"));

    reportSaddle(kStart.addDays(2)); // the page follows the save at once
    ASSERT_EQ(page.model()->rowCount(), 1);
    const QModelIndex level = page.model()->index(0, AlertModel::LevelColumn);
    EXPECT_EQ(level.data().toString(), QStringLiteral("Emergency"));
    EXPECT_FALSE(level.data(Qt::DecorationRole).value<QIcon>().isNull());
    EXPECT_EQ(page.model()->index(0, AlertModel::StatusColumn).data().toString(),
              QStringLiteral("Raised"));
    EXPECT_EQ(page.model()->index(0, AlertModel::TitleColumn).data().toString(),
              ruleTitle(*findRule(QStringLiteral("RF-SADDLE"))));

    ASSERT_TRUE(page.currentAlert().has_value());
    EXPECT_EQ(page.currentAlert()->rule, QStringLiteral("RF-SADDLE"));
    EXPECT_TRUE(page.actionLabel()->text().contains(emergencyAction()));
    EXPECT_TRUE(page.whyLabel()->text().startsWith(QStringLiteral("Why: ")));
    EXPECT_TRUE(page.whyLabel()->text().contains(QStringLiteral("2026-10-07")));
    EXPECT_EQ(page.sourceLabel()->text(),
              QStringLiteral("Source: ") + ruleSource(*findRule(QStringLiteral("RF-SADDLE"))));
    EXPECT_TRUE(page.confirmCheckBox()->isVisible());
    EXPECT_TRUE(page.confirmCheckBox()->accessibleName().contains(emergencyAction()));
}

TEST_F(AlertsTest, AcknowledgingAnEmergencyNeedsTheConfirmationAndKeepsTheAlert)
{
    BannerHost host(*context);
    AlertsPage page(*context);
    page.show();
    reportSaddle(kStart.addDays(2));
    ASSERT_TRUE(page.selectAlert(QStringLiteral("RF-SADDLE"), kStart.addDays(2)));

    // Without the tick the button is disabled and nothing is acknowledged.
    EXPECT_FALSE(page.confirmCheckBox()->isChecked());
    EXPECT_FALSE(page.acknowledgeButton()->isEnabled());
    QTest::mouseClick(page.acknowledgeButton(), Qt::LeftButton);
    EXPECT_FALSE(page.acknowledgeCurrent());
    EXPECT_TRUE(service->evaluation().needsBanner());
    EXPECT_EQ(undo->count(), 0);

    QTest::keyClick(page.confirmCheckBox(), Qt::Key_Space);
    EXPECT_TRUE(page.confirmCheckBox()->isChecked());
    EXPECT_TRUE(page.acknowledgeButton()->isEnabled());
    QTest::mouseClick(page.acknowledgeButton(), Qt::LeftButton);

    EXPECT_FALSE(service->evaluation().needsBanner());
    EXPECT_FALSE(host.banner->isVisible());
    ASSERT_EQ(page.model()->rowCount(), 1); // kept in the history
    const QModelIndex status = page.model()->index(0, AlertModel::StatusColumn);
    EXPECT_TRUE(status.data().toString().startsWith(QStringLiteral("Acknowledged on ")));
    EXPECT_EQ(status.data(AlertModel::AcknowledgedRole).toDate(), service->today());
    EXPECT_FALSE(page.acknowledgeButton()->isEnabled());
    EXPECT_FALSE(page.confirmCheckBox()->isVisible());
    EXPECT_EQ(undo->count(), 1);

    // Stored: a fresh read of the diary has the acknowledgement.
    const auto stored = diary->alerts().all();
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored.value().size(), 1);
    EXPECT_EQ(stored.value().first().acknowledged, service->today());

    undo->undo();
    EXPECT_TRUE(host.banner->isVisible());
    EXPECT_EQ(page.model()->index(0, AlertModel::StatusColumn).data().toString(),
              QStringLiteral("Raised"));
    EXPECT_FALSE(page.confirmCheckBox()->isChecked()); // the confirmation is asked again
    EXPECT_FALSE(page.acknowledgeButton()->isEnabled());

    undo->redo();
    EXPECT_FALSE(host.banner->isVisible());
    EXPECT_TRUE(page.model()
                    ->index(0, AlertModel::StatusColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Acknowledged on ")));
}

TEST_F(AlertsTest, ClickingTheActionWordsTicksTheConfirmation)
{
    AlertsPage page(*context);
    page.show();
    reportSaddle(kStart.addDays(2));
    auto* words = page.findChild<QLabel*>(QStringLiteral("confirmActionLabel"));
    ASSERT_NE(words, nullptr);
    EXPECT_EQ(words->text(), emergencyAction());
    QTest::mouseClick(words, Qt::LeftButton);
    EXPECT_TRUE(page.confirmCheckBox()->isChecked());
    EXPECT_TRUE(page.acknowledgeButton()->isEnabled());
}

TEST_F(AlertsTest, RaisedAlertsAreListedFirstMostUrgentFirst)
{
    AlertsPage page(*context);
    DailyEntry night = simpleEntry(kStart, 5, 5);
    night.symptoms.nightPain = true; // see a doctor
    ASSERT_TRUE(service->saveEntry(night).ok());
    DailyEntry numb = simpleEntry(kStart.addDays(1), 5, 5);
    numb.symptoms.legNumbness = true; // stop massage
    ASSERT_TRUE(service->saveEntry(numb).ok());
    reportSaddle(kStart.addDays(2));              // emergency
    ASSERT_TRUE(page.currentAlert().has_value()); // the new emergency is shown at once
    EXPECT_EQ(page.currentAlert()->rule, QStringLiteral("RF-SADDLE"));

    page.selectAlert(QStringLiteral("RF-LEG-NUMBNESS"), kStart.addDays(1));
    page.confirmCheckBox()->setChecked(true);
    ASSERT_TRUE(page.acknowledgeCurrent());

    ASSERT_EQ(page.model()->rowCount(), 3);
    EXPECT_EQ(page.model()->alertAt(0).rule, QStringLiteral("RF-SADDLE"));
    EXPECT_EQ(page.model()->alertAt(1).rule, QStringLiteral("RF-NIGHT-PAIN"));
    EXPECT_EQ(page.model()->alertAt(2).rule, QStringLiteral("RF-LEG-NUMBNESS"));
    EXPECT_TRUE(page.model()->alertAt(2).isAcknowledged());
    // The acknowledged alert stays the one shown.
    ASSERT_TRUE(page.currentAlert().has_value());
    EXPECT_EQ(page.currentAlert()->rule, QStringLiteral("RF-LEG-NUMBNESS"));
}

TEST_F(AlertsTest, AnInformationAlertShowsNoBannerAndIsAcknowledgedDirectly)
{
    BannerHost host(*context);
    AlertsPage page(*context);
    page.show();
    ASSERT_TRUE(service->saveEntry(simpleEntry(kStart.addDays(2), 4, 5)).ok());
    Session s;
    s.date = kStart.addDays(1);
    s.minutes = 20;
    ASSERT_TRUE(service->addSession(s).ok());

    ASSERT_EQ(page.model()->rowCount(), 1);
    EXPECT_EQ(page.model()->alertAt(0).rule, QStringLiteral("MS-SHORT"));
    EXPECT_EQ(page.model()->index(0, AlertModel::LevelColumn).data().toString(),
              QStringLiteral("Information"));
    EXPECT_FALSE(service->evaluation().needsBanner());
    EXPECT_FALSE(host.banner->isVisible());

    ASSERT_TRUE(page.selectAlert(QStringLiteral("MS-SHORT"), s.date));
    EXPECT_FALSE(page.confirmCheckBox()->isVisible());
    EXPECT_TRUE(page.acknowledgeButton()->isEnabled());
    QTest::mouseClick(page.acknowledgeButton(), Qt::LeftButton);
    EXPECT_TRUE(page.model()->alertAt(0).isAcknowledged());
}

TEST_F(AlertsTest, AlertModelPassesTheModelTester)
{
    AlertModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    DailyEntry night = simpleEntry(kStart.addDays(1), 5, 5);
    night.symptoms.nightPain = true;
    ASSERT_TRUE(service->saveEntry(night).ok());
    reportSaddle(kStart.addDays(2));
    Session s;
    s.date = kStart.addDays(1);
    s.minutes = 15;
    ASSERT_TRUE(service->addSession(s).ok());
    ASSERT_TRUE(
        service
            ->setAcknowledged(QStringLiteral("RF-NIGHT-PAIN"), kStart.addDays(1), service->today())
            .ok());

    model.setAlerts(service->evaluation().alerts);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.columnCount(), AlertModel::ColumnCount);
    for (int row = 0; row < model.rowCount(); ++row)
        for (int column = 0; column < model.columnCount(); ++column)
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::DecorationRole),
                             int(Qt::FontRole), int(Qt::AccessibleTextRole)})
                model.index(row, column).data(role);
    EXPECT_EQ(model.headerData(AlertModel::LevelColumn, Qt::Horizontal).toString(),
              QStringLiteral("Level"));
    EXPECT_EQ(model.alertAt(2).rule, QStringLiteral("RF-NIGHT-PAIN")); // acknowledged last
    model.setAlerts({});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(LevelIcon, EachLevelHasItsOwnShapeAndWords)
{
    // In black and white, every sign still differs clearly from every other: the level
    // never rests on colour alone.
    const QList<AlertLevel> levels = {AlertLevel::Emergency,   AlertLevel::Urgent,
                                      AlertLevel::StopMassage, AlertLevel::SeeDoctor,
                                      AlertLevel::Clearance,   AlertLevel::Info};
    QList<QImage> shapes;
    for (AlertLevel level : levels) {
        QImage image(48, 48, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        LevelIcon::paint(painter, QRectF(0, 0, 48, 48), level, true);
        painter.end();
        QImage mask(48, 48, QImage::Format_Mono);
        int ink = 0;
        for (int y = 0; y < 48; ++y)
            for (int x = 0; x < 48; ++x) {
                const bool dark = qGray(image.pixel(x, y)) < 128;
                mask.setPixel(x, y, dark ? 1 : 0);
                ink += dark;
            }
        EXPECT_GT(ink, 100);
        shapes << mask;
        LevelIcon widget(level);
        EXPECT_EQ(widget.accessibleName(), levelTitle(level));
        EXPECT_FALSE(LevelIcon::icon(level).pixmap(24, 24).isNull());
    }
    for (int i = 0; i < shapes.size(); ++i)
        for (int j = i + 1; j < shapes.size(); ++j) {
            int differing = 0;
            for (int y = 0; y < 48; ++y)
                for (int x = 0; x < 48; ++x)
                    differing += shapes[i].pixelIndex(x, y) != shapes[j].pixelIndex(x, y);
            EXPECT_GT(differing, 60) << "levels " << i << " and " << j << " look alike";
        }
}

namespace {

void save(const QPixmap& shot, const QString& name)
{
    EXPECT_FALSE(shot.isNull());
    const QString dir = qEnvironmentVariable("BACKLOG_ALERTS_SHOTS");
    if (!dir.isEmpty()) {
        EXPECT_TRUE(shot.save(dir + u'/' + name));
    }
}

} // namespace

// Renders the page and the banner in light and dark palettes; saved as PNG files when
// BACKLOG_ALERTS_SHOTS names a folder.
TEST_F(AlertsTest, ScreensRenderInLightAndDark)
{
    DailyEntry night = simpleEntry(kStart, 5, 5);
    night.symptoms.nightPain = true;
    ASSERT_TRUE(service->saveEntry(night).ok());
    ASSERT_TRUE(
        service->setAcknowledged(QStringLiteral("RF-NIGHT-PAIN"), kStart, kStart.addDays(1)).ok());
    DailyEntry numb = simpleEntry(kStart.addDays(1), 5, 5);
    numb.symptoms.legNumbness = true;
    ASSERT_TRUE(service->saveEntry(numb).ok());
    Session s;
    s.date = kStart.addDays(1);
    s.minutes = 20;
    ASSERT_TRUE(service->addSession(s).ok());
    reportSaddle(kStart.addDays(2));

    const QPalette original = QApplication::palette();
    for (bool dark : {false, true}) {
        if (dark)
            QApplication::setPalette(darkPalette());
        const QString suffix = dark ? QStringLiteral("-dark.png") : QStringLiteral("-light.png");
        {
            QWidget window;
            auto* layout = new QVBoxLayout(&window);
            auto* banner = new AlertBanner(*context, &window);
            auto* page = new AlertsPage(*context, &window);
            layout->addWidget(banner);
            layout->addWidget(page, 1);
            window.resize(900, 640);
            window.show();
            QApplication::processEvents();
            save(window.grab(), QStringLiteral("alerts-page") + suffix);
            save(banner->grab(), QStringLiteral("banner") + suffix);
            page->confirmCheckBox()->setChecked(true);
            page->selectAlert(QStringLiteral("MS-SHORT"), kStart.addDays(1));
            QApplication::processEvents();
            save(window.grab(), QStringLiteral("alerts-page-info") + suffix);
        }
        {
            QWidget icons;
            icons.resize(6 * 56, 56);
            icons.setAutoFillBackground(true);
            auto* row = new QHBoxLayout(&icons);
            for (AlertLevel level :
                 {AlertLevel::Emergency, AlertLevel::Urgent, AlertLevel::StopMassage,
                  AlertLevel::SeeDoctor, AlertLevel::Clearance, AlertLevel::Info})
                row->addWidget(new LevelIcon(level, 48, &icons));
            icons.show();
            save(icons.grab(), QStringLiteral("level-icons") + suffix);
        }
    }
    QApplication::setPalette(original);
}
