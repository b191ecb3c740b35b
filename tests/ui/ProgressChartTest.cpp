// SPDX-License-Identifier: GPL-3.0-or-later
// The progress chart and page (product.md item 5): graphs, bands and markers of a known
// episode, the windows, the tooltip, the summary, the exports (PNG, SVG, PDF checked by
// pdfinfo and qpdf) and the empty diary; and, when BACKLOG_SCREENSHOT_DIR is set,
// screenshots of the page in each window in light and dark palettes.
#include "ProgressChart.h"

#include "DiaryService.h"
#include "Generator.h"
#include "ProgressPage.h"
#include "Settings.h"
#include "UiTestSupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFileDialog>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPdfWriter>
#include <QPixmap>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyleFactory>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>
#include <QXmlStreamReader>
#include <memory>

using namespace backlog;
using namespace backlog::test;

namespace {

const QDate kStart(2026, 10, 5); // day 1, a Monday

QDate day(int programDay)
{
    return kStart.addDays(programDay - 1);
}

/// The episode of tests/core/ProgressTest.cpp: days 1..8, pain 7 6 8 6 - 5 4 4, function
/// 3.0 3.5 - 4.0 - 5.0 5.5 6.0; sessions on days 3 and 6.
QList<DailyEntry> knownEntries()
{
    return {simpleEntry(day(1), 7, 3.0), simpleEntry(day(2), 6, 3.5), simpleEntry(day(3), 8),
            simpleEntry(day(4), 6, 4.0), simpleEntry(day(6), 5, 5.0), simpleEntry(day(7), 4, 5.5),
            simpleEntry(day(8), 4, 6.0)};
}

QList<Session> knownSessions()
{
    Session a;
    a.date = day(3);
    a.minutes = 45;
    a.kind = SessionKind::Swedish;
    Session b;
    b.date = day(6);
    b.minutes = 30;
    return {a, b};
}

/// Alerts of four levels: two emergencies, one urgent, one see-a-doctor, one information.
QList<Alert> knownAlerts()
{
    const auto alert = [](const char* rule, AlertLevel level, int d) {
        return Alert{QString::fromLatin1(rule), level, day(d), {}, {}};
    };
    return {
        alert("RF-SADDLE", AlertLevel::Emergency, 2), alert("RF-BLADDER", AlertLevel::Emergency, 5),
        alert("RF-WEAKNESS-PROGRESSIVE", AlertLevel::Urgent, 4),
        alert("RF-NIGHT-PAIN", AlertLevel::SeeDoctor, 7), alert("INFO-TEST", AlertLevel::Info, 8)};
}

ProgressSeries knownSeries(const QDate& asOf = day(8))
{
    return buildProgress(simpleEpisode(kStart), knownEntries(), knownSessions(), knownAlerts(),
                         asOf);
}

/// A series of `days` days with pain and function logged every day.
ProgressSeries longSeries(int days)
{
    QList<DailyEntry> entries;
    for (int d = 1; d <= days; ++d)
        entries << simpleEntry(day(d), 6 - d % 4, 4 + d % 3);
    return buildProgress(simpleEpisode(kStart), entries, {}, {}, day(days));
}

class ProgressChartTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        chart = std::make_unique<ProgressChart>();
        chart->resize(1100, 650);
        chart->show();
    }

    std::unique_ptr<ProgressChart> chart;
};

class ProgressPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Diary::open(folder.diaryPath());
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        diary = std::move(opened.value());
        service = std::make_unique<DiaryService>(*diary);
        ASSERT_TRUE(service->load().ok());
        settings = std::make_unique<Settings>(folder.path(QStringLiteral("settings.ini")));
    }

    void makePage()
    {
        context = std::make_unique<PageContext>(PageContext{*service, undo, *settings});
        page = std::make_unique<ProgressPage>(*context);
        page->resize(1200, 760);
        page->show();
        QApplication::processEvents();
    }

    void logKnownEpisode()
    {
        ASSERT_TRUE(service->saveEpisode(simpleEpisode(kStart)).ok());
        service->setToday(day(8));
        for (const DailyEntry& e : knownEntries())
            ASSERT_TRUE(service->saveEntry(e).ok());
        for (const Session& s : knownSessions())
            ASSERT_TRUE(service->addSession(s).ok());
    }

    QString summary(int row, int column) const
    {
        const QTableWidgetItem* item = page->summaryTable()->item(row, column);
        return item ? item->text() : QString();
    }

    TempFolder folder;
    std::unique_ptr<Diary> diary;
    std::unique_ptr<DiaryService> service;
    QUndoStack undo;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<PageContext> context;
    std::unique_ptr<ProgressPage> page;
};

bool isWellFormedXml(const QByteArray& data)
{
    QXmlStreamReader xml(data);
    while (!xml.atEnd())
        xml.readNext();
    return !xml.hasError();
}

} // namespace

TEST_F(ProgressChartTest, KnownEpisodeHasItsGraphs)
{
    chart->setSeries(knownSeries());
    EXPECT_EQ(chart->pointCount(ChartGraph::Pain), 7);
    EXPECT_EQ(chart->pointCount(ChartGraph::Function), 6);
    EXPECT_EQ(chart->pointCount(ChartGraph::PainMean), 5);     // days 4..8
    EXPECT_EQ(chart->pointCount(ChartGraph::FunctionMean), 3); // days 6..8
    for (ChartGraph line : {ChartGraph::PainBaseline, ChartGraph::FunctionBaseline,
                            ChartGraph::SignificantImprovement}) {
        EXPECT_TRUE(chart->hasGraph(line));
        EXPECT_EQ(chart->pointCount(line), 2); // a horizontal line
    }
    EXPECT_EQ(chart->sessionMarkerCount(), 2);
    EXPECT_TRUE(chart->hasTodayLine());
    EXPECT_DOUBLE_EQ(chart->todayPosition(), 8.0);
    EXPECT_EQ(chart->directionText(),
              QStringLiteral("Pain: lower is better     ·     Function: higher is better"));
}

TEST_F(ProgressChartTest, PhasesAreThreeLabelledBands)
{
    chart->setSeries(knownSeries());
    EXPECT_EQ(chart->bandLabels(), (QStringList{QStringLiteral("Phase 1 · acute relief"),
                                                QStringLiteral("Phase 2 · active work"),
                                                QStringLiteral("Phase 3 · maintenance")}));
}

TEST_F(ProgressChartTest, AlertMarkersByLevelWithLegendEntries)
{
    chart->setSeries(knownSeries());
    EXPECT_EQ(chart->alertMarkerCount(AlertLevel::Emergency), 2);
    EXPECT_EQ(chart->alertMarkerCount(AlertLevel::Urgent), 1);
    EXPECT_EQ(chart->alertMarkerCount(AlertLevel::StopMassage), 0);
    EXPECT_EQ(chart->alertMarkerCount(AlertLevel::SeeDoctor), 1);
    EXPECT_EQ(chart->alertMarkerCount(AlertLevel::Clearance), 0);
    EXPECT_EQ(chart->alertMarkerCount(AlertLevel::Info), 1);
    const QStringList legend = chart->legendLabels();
    EXPECT_TRUE(legend.contains(QStringLiteral("Alert: Emergency")));
    EXPECT_TRUE(legend.contains(QStringLiteral("Alert: Urgent")));
    EXPECT_TRUE(legend.contains(QStringLiteral("Alert: See a doctor")));
    EXPECT_TRUE(legend.contains(QStringLiteral("Alert: Information")));
    EXPECT_FALSE(legend.contains(QStringLiteral("Alert: Stop massage")));
    EXPECT_TRUE(legend.contains(QStringLiteral("Pain, daily")));
    EXPECT_TRUE(legend.contains(QStringLiteral("Function, 7-day mean")));
    EXPECT_TRUE(legend.contains(QStringLiteral("Massage session")));
    EXPECT_TRUE(legend.contains(QStringLiteral("Pain baseline (7.0)")));
    EXPECT_TRUE(legend.contains(QStringLiteral("Significant improvement (pain ≤ 5.0)")));
    EXPECT_TRUE(legend.contains(QStringLiteral("Today (12 Oct)")));
}

TEST_F(ProgressChartTest, WindowsShowTheWeeksAroundTheAsOfDate)
{
    // As of day 40 (week 6).
    chart->setSeries(longSeries(40));
    EXPECT_EQ(chart->window(), ChartWindow::All);
    EXPECT_DOUBLE_EQ(chart->visibleFirstDay(), 0.5);
    EXPECT_DOUBLE_EQ(chart->visibleLastDay(), 40.5);
    EXPECT_EQ(chart->visibleFrom(), day(1));
    EXPECT_EQ(chart->visibleTo(), day(40));

    chart->setWindow(ChartWindow::FourWeeks); // weeks 3..6
    EXPECT_DOUBLE_EQ(chart->visibleFirstDay(), 14.5);
    EXPECT_DOUBLE_EQ(chart->visibleLastDay(), 42.5);
    EXPECT_EQ(chart->visibleFrom(), day(15));
    EXPECT_EQ(chart->visibleTo(), day(42));
    EXPECT_TRUE(chart->xTickLabels().contains(QStringLiteral("Wk 3\n19 Oct")))
        << chart->xTickLabels().join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(chart->xTickLabels().contains(QStringLiteral("Wk 6\n9 Nov")));

    chart->setWindow(ChartWindow::EightWeeks); // weeks 1..8
    EXPECT_DOUBLE_EQ(chart->visibleFirstDay(), 0.5);
    EXPECT_DOUBLE_EQ(chart->visibleLastDay(), 56.5);

    // Later on, 8 weeks end with the as-of week too: day 100 is in week 15.
    chart->setSeries(longSeries(100));
    EXPECT_EQ(chart->window(), ChartWindow::EightWeeks);
    EXPECT_DOUBLE_EQ(chart->visibleFirstDay(), 49.5);
    EXPECT_DOUBLE_EQ(chart->visibleLastDay(), 105.5);
    chart->setWindow(ChartWindow::All);
    EXPECT_DOUBLE_EQ(chart->visibleFirstDay(), 0.5);
    EXPECT_DOUBLE_EQ(chart->visibleLastDay(), 100.5);
}

TEST_F(ProgressChartTest, WholeEpisodeIncludesDaysBeforeTheStart)
{
    QList<Alert> alerts{
        Alert{QStringLiteral("SCR-CANCER"), AlertLevel::Clearance, day(-3), {}, {}}};
    chart->setSeries(
        buildProgress(simpleEpisode(kStart), knownEntries(), knownSessions(), alerts, day(8)));
    EXPECT_DOUBLE_EQ(chart->visibleFirstDay(), -3.5);
    EXPECT_DOUBLE_EQ(chart->visibleLastDay(), 8.5);
    EXPECT_EQ(chart->alertMarkerCount(AlertLevel::Clearance), 1);
}

TEST_F(ProgressChartTest, TooltipShowsTheDaysValues)
{
    chart->setSeries(knownSeries());
    const QString seven = chart->toolTipFor(day(7));
    EXPECT_TRUE(seven.contains(QStringLiteral("day 7, week 1"))) << seven.toStdString();
    EXPECT_TRUE(seven.contains(QStringLiteral("Pain: 4"))) << seven.toStdString();
    EXPECT_TRUE(seven.contains(QStringLiteral("Pain, 7-day mean: 6.0"))) << seven.toStdString();
    EXPECT_TRUE(seven.contains(QStringLiteral("Function: 5.5"))) << seven.toStdString();
    EXPECT_TRUE(seven.contains(QStringLiteral("Function, 7-day mean: 4.2"))) << seven.toStdString();
    EXPECT_TRUE(seven.contains(QStringLiteral("Alert (See a doctor)"))) << seven.toStdString();

    const QString three = chart->toolTipFor(day(3));
    EXPECT_TRUE(three.contains(QStringLiteral("Massage session: 45 min"))) << three.toStdString();
    EXPECT_TRUE(three.contains(QStringLiteral("Function: not logged"))) << three.toStdString();
    EXPECT_TRUE(three.contains(QStringLiteral("Pain, 7-day mean: not enough entries")));
    EXPECT_TRUE(chart->toolTipFor(day(9)).isEmpty()); // after the as-of date
    EXPECT_TRUE(chart->toolTipFor(day(-30)).isEmpty());
}

TEST_F(ProgressChartTest, NoFunctionScoresLeavesFunctionOut)
{
    QList<DailyEntry> painOnly;
    for (const DailyEntry& e : knownEntries())
        painOnly << simpleEntry(e.date, e.pain);
    Episode episode = simpleEpisode(kStart);
    episode.baselineFunction.reset();
    chart->setSeries(buildProgress(episode, painOnly, {}, {}, day(8)));
    EXPECT_EQ(chart->pointCount(ChartGraph::Pain), 7);
    EXPECT_FALSE(chart->hasGraph(ChartGraph::Function));
    EXPECT_FALSE(chart->hasGraph(ChartGraph::FunctionMean));
    EXPECT_FALSE(chart->hasGraph(ChartGraph::FunctionBaseline));
    EXPECT_EQ(chart->directionText(), QStringLiteral("Pain: lower is better"));
    EXPECT_FALSE(chart->toolTipFor(day(7)).contains(QStringLiteral("Function")));
    chart->replotNow();
}

TEST_F(ProgressChartTest, EmptySeriesDrawsWithoutData)
{
    chart->setSeries(ProgressSeries{});
    chart->replotNow();
    EXPECT_EQ(chart->pointCount(ChartGraph::Pain), 0);
    EXPECT_FALSE(chart->hasTodayLine());
    EXPECT_TRUE(chart->bandLabels().isEmpty());
    EXPECT_TRUE(chart->toolTipFor(day(1)).isEmpty());
    for (ChartWindow w : {ChartWindow::FourWeeks, ChartWindow::EightWeeks, ChartWindow::All})
        chart->setWindow(w);
    EXPECT_FALSE(chart->grab().isNull());

    // An episode without any entry yet: bands and today line, no points.
    chart->setSeries(buildProgress(simpleEpisode(kStart), {}, {}, {}, kStart));
    chart->replotNow();
    EXPECT_EQ(chart->bandLabels().size(), 3);
    EXPECT_TRUE(chart->hasTodayLine());
    EXPECT_EQ(chart->pointCount(ChartGraph::Pain), 0);
    EXPECT_EQ(chart->pointCount(ChartGraph::PainMean), 0);
}

TEST_F(ProgressChartTest, FollowsADarkPalette)
{
    chart->setSeries(knownSeries());
    chart->replotNow();
    const QImage light = chart->grab().toImage();
    chart->setPalette(darkPalette());
    chart->replotNow();
    const QImage dark = chart->grab().toImage();
    // The top-left corner is plot background: the palette's base colour.
    EXPECT_GT(QColor(light.pixel(2, 2)).lightness(), 200);
    EXPECT_LT(QColor(dark.pixel(2, 2)).lightness(), 60);
}

TEST(ProgressChartExport, PngSvgAndPdf)
{
    TempFolder folder;
    const ProgressSeries series = knownSeries();
    ChartOptions options;
    options.forPrint = true;

    const QString png = folder.path(QStringLiteral("chart.png"));
    ASSERT_TRUE(saveChartImage(series, options, png).ok());
    QImage image;
    ASSERT_TRUE(image.load(png));
    EXPECT_EQ(image.size(), QSize(1280, 800));
    EXPECT_EQ(QColor(image.pixel(1, 1)), QColor(Qt::white));

    const QString svg = folder.path(QStringLiteral("chart.svg"));
    options.window = ChartWindow::FourWeeks;
    ASSERT_TRUE(saveChartImage(series, options, svg, QSize(900, 560)).ok());
    const QByteArray svgData = readFile(svg);
    EXPECT_TRUE(svgData.startsWith("<?xml")) << svgData.left(80).toStdString();
    EXPECT_TRUE(svgData.contains("<svg"));
    EXPECT_TRUE(svgData.contains("Phase 1"));
    EXPECT_TRUE(isWellFormedXml(svgData));

    const QString pdf = folder.path(QStringLiteral("chart.pdf"));
    options.window = ChartWindow::All;
    ASSERT_TRUE(saveChartImage(series, options, pdf, QSize(842, 595)).ok());
    const ProcessResult info = runProgram(QStringLiteral("pdfinfo"), {pdf});
    ASSERT_EQ(info.exitCode, 0) << info.err.toStdString();
    EXPECT_TRUE(
        QString::fromUtf8(info.out).contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))))
        << info.out.toStdString();
    EXPECT_TRUE(info.out.contains("842 x 595 pts")) << info.out.toStdString();
    const ProcessResult check =
        runProgram(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf});
    EXPECT_EQ(check.exitCode, 0) << check.out.toStdString() << check.err.toStdString();
    // Vector: the labels are text, not pixels.
    const ProcessResult text = runProgram(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    if (text.exitCode == 0) {
        EXPECT_TRUE(text.out.contains("Phase 1")) << text.out.toStdString();
    }
}

TEST(ProgressChartExport, RefusesAnUnknownSuffixAndLeavesNoFile)
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("chart.gif"));
    const Status saved = saveChartImage(knownSeries(), {}, path);
    EXPECT_FALSE(saved.ok());
    EXPECT_TRUE(saved.error().message.contains(QStringLiteral(".png, .svg or .pdf")));
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_FALSE(
        saveChartImage(knownSeries(), {}, folder.path(QStringLiteral("no/such/dir/c.png"))).ok());
}

TEST(ProgressChartExport, EmptySeriesExports)
{
    TempFolder folder;
    for (const char* name : {"empty.png", "empty.svg", "empty.pdf"})
        EXPECT_TRUE(
            saveChartImage(ProgressSeries{}, {}, folder.path(QString::fromLatin1(name))).ok())
            << name;
    QImage image;
    EXPECT_TRUE(image.load(folder.path(QStringLiteral("empty.png"))));
}

TEST(ProgressChartExport, DrawsIntoAReportPage)
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("report.pdf"));
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(300);
        QPainter painter(&writer);
        const double width = writer.width();
        painter.drawText(QPointF(0, 100), QStringLiteral("Header"));
        ChartOptions options;
        options.forPrint = true;
        options.window = ChartWindow::EightWeeks;
        drawProgressChart(painter, QRectF(0, 200, width, width * 0.6), knownSeries(), options);
    }
    const ProcessResult info = runProgram(QStringLiteral("pdfinfo"), {path});
    ASSERT_EQ(info.exitCode, 0) << info.err.toStdString();
    EXPECT_TRUE(
        QString::fromUtf8(info.out).contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))));
    EXPECT_EQ(runProgram(QStringLiteral("qpdf"), {QStringLiteral("--check"), path}).exitCode, 0);
    const ProcessResult text = runProgram(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (text.exitCode == 0) {
        EXPECT_TRUE(text.out.contains("Phase 1")) << text.out.toStdString();
    }
}

TEST_F(ProgressPageTest, WithoutAnEpisodeSaysProgressShowsAfterSetup)
{
    makePage();
    EXPECT_TRUE(page->showsSetupNotice());
    EXPECT_TRUE(page->series().isEmpty());
    // Setup done: the page follows the service's changed() signal.
    ASSERT_TRUE(service->saveEpisode(simpleEpisode(kStart)).ok());
    EXPECT_FALSE(page->showsSetupNotice());
    EXPECT_TRUE(page->chart()->hasTodayLine());
    EXPECT_EQ(page->chart()->bandLabels().size(), 3);
}

TEST_F(ProgressPageTest, SummaryOfTheKnownEpisode)
{
    logKnownEpisode();
    makePage();
    using P = ProgressPage;
    EXPECT_EQ(summary(P::BaselineRow, P::PainColumn), QStringLiteral("7.0"));
    EXPECT_EQ(summary(P::NowRow, P::PainColumn), QStringLiteral("5.5"));
    EXPECT_EQ(summary(P::ChangeRow, P::PainColumn), QStringLiteral("-1.5 (better)"));
    EXPECT_EQ(summary(P::PercentRow, P::PainColumn), QStringLiteral("-21 %"));
    EXPECT_EQ(summary(P::StatusRow, P::PainColumn), QStringLiteral("No significant change"));
    EXPECT_EQ(summary(P::BaselineRow, P::FunctionColumn), QStringLiteral("3.5"));
    EXPECT_EQ(summary(P::NowRow, P::FunctionColumn), QStringLiteral("4.8"));
    EXPECT_EQ(summary(P::ChangeRow, P::FunctionColumn), QStringLiteral("+1.3 (better)"));
    EXPECT_EQ(summary(P::PercentRow, P::FunctionColumn), QStringLiteral("+37 %"));
    EXPECT_EQ(summary(P::StatusRow, P::FunctionColumn), QStringLiteral("No significant change"));
    const QString painHeader = page->summaryTable()->horizontalHeaderItem(P::PainColumn)->text();
    EXPECT_TRUE(painHeader.contains(QStringLiteral("lower is better")));
    const QString functionHeader =
        page->summaryTable()->horizontalHeaderItem(P::FunctionColumn)->text();
    EXPECT_TRUE(functionHeader.contains(QStringLiteral("higher is better")));

    // The chart shows the diary.
    EXPECT_EQ(page->chart()->pointCount(ChartGraph::Pain), 7);
    EXPECT_EQ(page->chart()->sessionMarkerCount(), 2);

    // A new entry updates both (changed()): day 9 pain 3 and day 10 pain 2 bring the
    // mean of days 4..10 to 4.0, 3 points below 7.
    service->setToday(day(10));
    ASSERT_TRUE(service->saveEntry(simpleEntry(day(9), 3, 7.0)).ok());
    ASSERT_TRUE(service->saveEntry(simpleEntry(day(10), 2, 7.5)).ok());
    EXPECT_EQ(summary(P::NowRow, P::PainColumn), QStringLiteral("4.0"));
    EXPECT_EQ(summary(P::StatusRow, P::PainColumn), QStringLiteral("Improving"));
    EXPECT_EQ(summary(P::StatusRow, P::FunctionColumn), QStringLiteral("Improving"));
    EXPECT_EQ(page->chart()->pointCount(ChartGraph::Pain), 9);
}

TEST_F(ProgressPageTest, AlertsComeFromTheEvaluation)
{
    logKnownEpisode();
    DailyEntry e = simpleEntry(day(8), 4, 6.0);
    e.symptoms.saddle = true;
    ASSERT_TRUE(service->saveEntry(e).ok());
    makePage();
    int evaluated = 0;
    for (const Alert& a : service->evaluation().alerts)
        evaluated += a.level == AlertLevel::Emergency ? 1 : 0;
    ASSERT_GE(evaluated, 1);
    EXPECT_EQ(page->chart()->alertMarkerCount(AlertLevel::Emergency), evaluated);
}

TEST_F(ProgressPageTest, WindowSelectorByKeyboard)
{
    logKnownEpisode();
    makePage();
    for (ChartWindow w : {ChartWindow::FourWeeks, ChartWindow::EightWeeks, ChartWindow::All}) {
        QAbstractButton* button = page->windowButton(w);
        ASSERT_NE(button, nullptr);
        EXPECT_FALSE(button->accessibleName().isEmpty());
    }
    // Tab reaches the group (Qt lets Tab stop once in a group of radio buttons), the
    // arrow keys move within it.
    EXPECT_TRUE(page->windowButton(ChartWindow::All)->isChecked());
    int tabStops = 0;
    for (ChartWindow w : {ChartWindow::FourWeeks, ChartWindow::EightWeeks, ChartWindow::All})
        tabStops += (page->windowButton(w)->focusPolicy() & Qt::TabFocus) ? 1 : 0;
    EXPECT_GE(tabStops, 1);
    EXPECT_FALSE(page->exportButton()->accessibleName().isEmpty());
    EXPECT_FALSE(page->summaryTable()->accessibleName().isEmpty());

    QApplication::setActiveWindow(page.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(page.get()));
    page->windowButton(ChartWindow::FourWeeks)->setFocus();
    QTest::keyClick(page->windowButton(ChartWindow::FourWeeks), Qt::Key_Space);
    EXPECT_EQ(page->chart()->window(), ChartWindow::FourWeeks);
    EXPECT_DOUBLE_EQ(page->chart()->visibleLastDay(), 28.5);
    // Arrow keys move through the exclusive group.
    QTest::keyClick(page->windowButton(ChartWindow::FourWeeks), Qt::Key_Right);
    EXPECT_EQ(page->chart()->window(), ChartWindow::EightWeeks);
    EXPECT_DOUBLE_EQ(page->chart()->visibleLastDay(), 56.5);
    // The mnemonic Alt+A.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::AltModifier);
    for (int i = 0; i < 50 && page->chart()->window() != ChartWindow::All; ++i)
        QTest::qWait(20); // a mnemonic clicks after a short animation
    EXPECT_EQ(page->chart()->window(), ChartWindow::All);
    // The chart tells the selector too.
    page->chart()->setWindow(ChartWindow::FourWeeks);
    EXPECT_TRUE(page->windowButton(ChartWindow::FourWeeks)->isChecked());
}

TEST_F(ProgressPageTest, ExportOpensAFileDialogWithoutBlocking)
{
    logKnownEpisode();
    makePage();
    QTest::mouseClick(page->exportButton(), Qt::LeftButton);
    QFileDialog* dialog = page->exportDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->acceptMode(), QFileDialog::AcceptSave);
    EXPECT_EQ(dialog->nameFilters().size(), 3);
    dialog->reject();
    QApplication::processEvents();

    const QString path = folder.path(QStringLiteral("progress.svg"));
    ASSERT_TRUE(page->exportChartTo(path).ok());
    EXPECT_TRUE(readFile(path).contains("<svg"));
    EXPECT_TRUE(page->exportStatusLabel()->text().contains(QStringLiteral("progress.svg")));
    EXPECT_FALSE(page->exportChartTo(folder.path(QStringLiteral("progress.bmp"))).ok());
    EXPECT_TRUE(page->exportStatusLabel()->text().contains(QStringLiteral(".png, .svg or .pdf")));
}

namespace {

/// The page on a generated 8-week episode, in each window, light and dark.
void shootProgress(bool dark)
{
    TempFolder folder;
    auto diary = std::move(Diary::open(folder.diaryPath()).value());
    const Bundle b = generateWeeks8(3);
    ASSERT_TRUE(diary->importBundle(b).ok());
    DiaryService service(*diary);
    ASSERT_TRUE(service.load().ok());
    service.setToday(b.entries.last().date);
    Settings settings(folder.path(QStringLiteral("settings.ini")));
    QUndoStack undo;
    PageContext context{service, undo, settings};

    const QPalette original = QApplication::palette();
    if (dark)
        QApplication::setPalette(darkPalette());
    {
        ProgressPage page(context);
        page.resize(1280, 760);
        page.show();
        QApplication::processEvents();
        const QString dir = qEnvironmentVariable("BACKLOG_SCREENSHOT_DIR");
        const struct
        {
            ChartWindow window;
            const char* name;
        } windows[] = {{ChartWindow::FourWeeks, "4w"},
                       {ChartWindow::EightWeeks, "8w"},
                       {ChartWindow::All, "all"}};
        for (const auto& w : windows) {
            page.windowButton(w.window)->click();
            page.chart()->replotNow();
            QApplication::processEvents();
            const QPixmap shot = page.grab();
            EXPECT_FALSE(shot.isNull());
            if (!dir.isEmpty()) {
                EXPECT_TRUE(shot.save(
                    dir + QStringLiteral("/progress-%1-%2.png")
                              .arg(QLatin1String(w.name),
                                   dark ? QStringLiteral("dark") : QStringLiteral("light"))));
            }
        }
    }
    QApplication::setPalette(original);
}

} // namespace

TEST(ProgressScreenshots, Light)
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    shootProgress(false);
}

TEST(ProgressScreenshots, Dark)
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    shootProgress(true);
}
