// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the main window with real data into PNG files for docs/screenshots when
// BACKLOG_SCREENSHOT_DIR is set; always checks that the window renders.
#include "Generator.h"
#include "ImportDialog.h"
#include "ScoreSelector.h"
#include "SessionDialog.h"
#include "SetupWizard.h"
#include "TodayPage.h"
#include "Translations.h"
#include "UiTestSupport.h"
#include "UpgradeHistoryDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QPalette>
#include <QPixmap>
#include <QRadioButton>
#include <QScrollArea>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

using namespace backlog;
using namespace backlog::test;

namespace {

void shoot(const QString& name, bool dark)
{
    App app;
    const QDate today(2026, 10, 20);
    app.open(today);
    Episode e = simpleEpisode(QDate(2026, 10, 5));
    e.activities = {QStringLiteral("Bending to put on shoes"), QStringLiteral("Lifting a child"),
                    QStringLiteral("Sitting for 30 minutes")};
    ASSERT_TRUE(app.service->saveEpisode(e).ok());
    Session s;
    s.date = today.addDays(-1);
    s.minutes = 45;
    s.kind = SessionKind::Swedish;
    ASSERT_TRUE(app.service->addSession(s).ok());
    DailyEntry d = simpleEntry(today, 4);
    d.activityScores = {5, 6, 7};
    d.function = functionFromActivities(d.activityScores);
    d.selfCare.catCow = 2;
    d.selfCare.walkingMin = 20;
    d.afterSession = AfterSession{Stiffness::Mild, false};
    d.note = QStringLiteral("Walked to the shop and back.");
    ASSERT_TRUE(app.service->saveEntry(d).ok());
    const QPalette original = QApplication::palette();
    if (dark)
        QApplication::setPalette(darkPalette());
    app.window->resize(960, 1000);
    app.window->show();
    app.window->todayPage()->showDate(today);
    QApplication::processEvents();
    const QPixmap shot = app.window->grab();
    EXPECT_FALSE(shot.isNull());
    EXPECT_EQ(app.window->todayPage()->painSelector()->value(), 4);
    const QString dir = qEnvironmentVariable("BACKLOG_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        EXPECT_TRUE(shot.save(dir + QLatin1Char('/') + name));
    }
    app.close();
    QApplication::setPalette(original);
}

} // namespace

TEST(Screenshots, TodayLight)
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    shoot(QStringLiteral("today-light.png"), false);
}

TEST(Screenshots, TodayDark)
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    shoot(QStringLiteral("today-dark.png"), true);
}

namespace {

/// Every page of the main window on a realistic five-week diary, with an emergency
/// alert raised so that the banner shows.
void shootPages(const QString& suffix, bool dark)
{
    App app;
    GeneratorOptions o;
    o.days = 36;
    o.seed = 4;
    o.programStart = QDate(2026, 10, 5);
    o.acknowledgeAlerts = true;
    Bundle b = generateEpisode(o);
    b.episode.activities = {QStringLiteral("Bending to put on shoes"),
                            QStringLiteral("Lifting a child"),
                            QStringLiteral("Sitting for 30 minutes")};
    const QDate today = o.programStart.addDays(o.days - 1);
    app.open(today);
    ASSERT_TRUE(app.diary->importBundle(b).ok());
    ASSERT_TRUE(app.service->reload().ok());
    DailyEntry d = app.service->entry(today).value_or(simpleEntry(today, 5));
    d.symptoms.saddle = true;
    ASSERT_TRUE(app.service->saveEntry(d).ok());

    const QPalette original = QApplication::palette();
    if (dark)
        QApplication::setPalette(darkPalette());
    app.window->resize(1000, 820);
    app.window->show();
    const QString dir = qEnvironmentVariable("BACKLOG_SCREENSHOT_DIR");
    const QStringList names = {QStringLiteral("today"),   QStringLiteral("sessions"),
                               QStringLiteral("plan"),    QStringLiteral("progress"),
                               QStringLiteral("helping"), QStringLiteral("alerts"),
                               QStringLiteral("evidence")};
    for (int i = 0; i < app.window->pages()->count(); ++i) {
        app.window->pages()->setCurrentIndex(i);
        QApplication::processEvents();
        const QPixmap shot = app.window->grab();
        EXPECT_FALSE(shot.isNull());
        if (!dir.isEmpty()) {
            EXPECT_TRUE(
                shot.save(dir + QStringLiteral("/page-%1-%2.png").arg(names.value(i), suffix)));
        }
    }
    app.close();
    QApplication::setPalette(original);
}

} // namespace

TEST(Screenshots, EveryPageLight)
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    shootPages(QStringLiteral("light"), false);
}

TEST(Screenshots, EveryPageDark)
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    shootPages(QStringLiteral("dark"), true);
}

TEST(Screenshots, EveryPageInGerman)
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QLocale german(QLocale::German, QLocale::Germany);
    QLocale::setDefault(german);
    ASSERT_EQ(installTranslations(*QCoreApplication::instance(), german), QStringLiteral("de"));
    shootPages(QStringLiteral("de"), false);
    removeTranslations(*QCoreApplication::instance());
    QLocale::setDefault(QLocale::c());
}

TEST(Screenshots, ReviewModeAndImportPreview)
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    App app;
    app.open(QDate(2026, 3, 2));
    const QString dir = qEnvironmentVariable("BACKLOG_SCREENSHOT_DIR");

    // A physiotherapist's review of a patient's eight weeks.
    Bundle b = generateWeeks8(4);
    b.episode.patientName = QStringLiteral("Anna Example");
    const QString bundlePath = app.folder.path(QStringLiteral("anna.backlog.json"));
    writeFile(bundlePath, writeBundle(b, QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)));
    auto opened = app.window->openReview(bundlePath);
    ASSERT_TRUE(opened.ok());
    MainWindow* review = opened.value();
    review->resize(1100, 820);
    for (int tab : {int(MainWindow::TodayTab), int(MainWindow::ProgressTab)}) {
        review->pages()->setCurrentIndex(tab);
        QApplication::processEvents();
        const QPixmap shot = review->grab();
        EXPECT_FALSE(shot.isNull());
        if (!dir.isEmpty()) {
            EXPECT_TRUE(shot.save(dir + (tab == MainWindow::TodayTab
                                             ? QStringLiteral("/review-today.png")
                                             : QStringLiteral("/review-progress.png"))));
        }
    }
    delete review;

    // The preview of a CSV import with one bad row, and of a good one.
    ASSERT_TRUE(app.service->saveEpisode(simpleEpisode(QDate(2026, 2, 2))).ok());
    const QString bad = app.folder.path(QStringLiteral("spreadsheet.csv"));
    writeFile(bad, "date,pain,function\n2026-02-02,7,3\n2026-02-03,6,3.5\n2026-02-04,eleven,4\n"
                   "2026-02-05,6,\n2026-02-31,5,4\n");
    const QString good = app.folder.path(QStringLiteral("other-diary.csv"));
    writeFile(good, "date,pain,function,note\n2026-02-02,7,3,first day\n2026-02-03,6,3.5,\n"
                    "2026-02-04,6,4,walked 10 minutes\n2026-02-05,5,4.5,\n2026-02-06,5,5,\n");
    for (const auto& [path, name] : {std::pair{bad, QStringLiteral("import-preview-error.png")},
                                     std::pair{good, QStringLiteral("import-preview.png")}}) {
        ImportDialog* dialog = app.window->openImport(path);
        QApplication::processEvents();
        const QPixmap shot = dialog->grab();
        EXPECT_FALSE(shot.isNull());
        if (!dir.isEmpty()) {
            EXPECT_TRUE(shot.save(dir + QLatin1Char('/') + name));
        }
        delete dialog;
    }
}

namespace {

void saveShot(const QPixmap& shot, const QString& name)
{
    EXPECT_FALSE(shot.isNull()) << name.toStdString();
    const QString dir = qEnvironmentVariable("BACKLOG_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        EXPECT_TRUE(shot.save(dir + QLatin1Char('/') + name)) << name.toStdString();
    }
}

/// What clinical rules version 2 shows: the new questions and the day's action on Today,
/// the new screening questions, the session warning and the Plan page while massage is on
/// hold, and the alerts found when a diary's rules were updated.
void shootRulesVersion2(const QString& lang)
{
    const QDate start(2026, 10, 5);
    const QDate today(2026, 10, 14);
    {
        App app;
        app.open(today);
        Episode e = simpleEpisode(start);
        e.activities = {QStringLiteral("Bending to put on shoes")};
        ASSERT_TRUE(app.service->saveEpisode(e).ok());
        for (QDate d = start; d < today; d = d.addDays(1))
            ASSERT_TRUE(app.service->saveEntry(simpleEntry(d, 5, 5)).ok());
        app.window->resize(1000, 900);
        app.window->show();
        TodayPage* page = app.window->todayPage();
        page->showDate(today);
        QTest::keyClick(page->painSelector(), Qt::Key_6);
        page->symptomBox(QStringLiteral("night_pain"))->click();
        page->legPainBox()->setCurrentIndex(page->legPainBox()->findData(QStringLiteral("one")));
        QApplication::processEvents();
        if (auto* scroll = page->findChild<QScrollArea*>())
            scroll->ensureWidgetVisible(page->dayAlertsFrame(), 10, 10);
        QApplication::processEvents();
        saveShot(app.window->grab(), QStringLiteral("rules2-today-action-%1.png").arg(lang));

        // On hold: the Plan page and the session dialog.
        app.window->pages()->setCurrentIndex(MainWindow::PlanTab);
        QApplication::processEvents();
        saveShot(app.window->grab(), QStringLiteral("rules2-plan-on-hold-%1.png").arg(lang));
        Session s;
        s.date = today;
        s.minutes = 45;
        s.kind = SessionKind::Swedish;
        SessionDialog dialog(app.service->episode(), app.service->sessions(), s, today,
                             app.service->evaluation().hold);
        dialog.show();
        QApplication::processEvents();
        saveShot(dialog.grab(), QStringLiteral("rules2-session-warning-%1.png").arg(lang));

        // The wizard's new screening questions, two answered yes.
        PageContext context{*app.service, *app.window->undoStack(), *app.settings};
        SetupWizard wizard(context);
        wizard.resize(760, 760);
        wizard.show();
        wizard.next();
        wizard.next();
        wizard.yesButton(QStringLiteral("SCR-SURGERY-6W"))->setChecked(true);
        wizard.surgeryDateUnknownBox()->setChecked(true);
        wizard.yesButton(QStringLiteral("SCR-ANTICOAG"))->setChecked(true);
        QApplication::processEvents();
        if (auto* scroll = wizard.findChild<QScrollArea*>(QStringLiteral("screeningScrollArea")))
            scroll->ensureWidgetVisible(wizard.yesButton(QStringLiteral("SCR-AORTA")), 10, 10);
        QApplication::processEvents();
        saveShot(wizard.grab(), QStringLiteral("rules2-wizard-screening-%1.png").arg(lang));
    }
    {
        // A diary of the earlier rules, opened by this version.
        App app;
        ASSERT_TRUE(QFile::copy(dataPath(QStringLiteral("fixtures/diary-v2.sqlite")),
                                app.folder.diaryPath()));
        QFile::setPermissions(app.folder.diaryPath(), QFile::ReadOwner | QFile::WriteOwner);
        app.open();
        app.window->resize(1000, 800);
        app.window->show();
        UpgradeHistoryDialog* history = app.window->showUpgradeHistory();
        ASSERT_NE(history, nullptr);
        QApplication::processEvents();
        saveShot(history->grab(), QStringLiteral("rules2-upgrade-history-%1.png").arg(lang));
        history->close();
    }
}

} // namespace

TEST(Screenshots, RulesVersion2InEnglishAndGerman)
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    shootRulesVersion2(QStringLiteral("en"));
    const QLocale german(QLocale::German, QLocale::Germany);
    QLocale::setDefault(german);
    ASSERT_EQ(installTranslations(*QCoreApplication::instance(), german), QStringLiteral("de"));
    shootRulesVersion2(QStringLiteral("de"));
    removeTranslations(*QCoreApplication::instance());
    QLocale::setDefault(QLocale::c());
}
