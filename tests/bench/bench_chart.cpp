// SPDX-License-Identifier: GPL-3.0-or-later
// quality.md P2: a full replot of the progress chart of the 10-year episode (pain,
// function, 7-day means, baselines, bands, session and alert markers) at 1280x800
// offscreen, against a bare QCustomPlot holding the same graphs and point counts,
// replotted the same way in the same run.
#include "Generator.h"
#include "ProgressChart.h"
#include "clinical/Plan.h"
#include "clinical/Progress.h"

#include <QApplication>
#include <benchmark/benchmark.h>
#include <cmath>
#include <limits>
#include <memory>
#include <qcustomplot.h>

using namespace backlog;

namespace {

const QSize kSize(1280, 800);

const ProgressSeries& tenYears()
{
    static const ProgressSeries series = [] {
        const Bundle b = test::generateYears10(1);
        return buildProgress(b.episode, b.entries, b.sessions, b.alerts, b.entries.last().date);
    }();
    return series;
}

void chartReplot(benchmark::State& state)
{
    ProgressChart chart;
    chart.setSeries(tenYears());
    chart.setWindow(ChartWindow::All);
    chart.resize(kSize);
    chart.show();
    QApplication::processEvents();
    chart.replotNow(); // warm: label caches, layout
    for (auto _ : state)
        chart.replotNow();
    state.counters["pain_points"] = chart.pointCount(ChartGraph::Pain);
    state.counters["function_points"] = chart.pointCount(ChartGraph::Function);
    state.counters["sessions"] = chart.sessionMarkerCount();
}
BENCHMARK(chartReplot)->Name("P2/chart_replot_10y")->Unit(benchmark::kMillisecond);

/// The same graphs and point counts in a QCustomPlot left as it comes: default axes,
/// no legend, bands, labels or custom ticker.
void bareReplot(benchmark::State& state)
{
    const ProgressSeries& s = tenYears();
    QCustomPlot plot;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    QVector<double> painX, painY, functionX, functionY, dayX, painMean, functionMean;
    for (const ProgressDay& d : s.days) {
        if (d.pain) {
            painX << d.programDay;
            painY << *d.pain;
        }
        if (d.function) {
            functionX << d.programDay;
            functionY << *d.function;
        }
        dayX << d.programDay;
        painMean << d.painMean7.value_or(nan);
        functionMean << d.functionMean7.value_or(nan);
    }
    const auto scatter = [&plot](const QVector<double>& x, const QVector<double>& y,
                                 QCPScatterStyle::ScatterShape shape) {
        QCPGraph* g = plot.addGraph();
        g->setData(x, y, true);
        g->setLineStyle(QCPGraph::lsNone);
        g->setScatterStyle(QCPScatterStyle(shape, 6));
    };
    const auto line = [&plot](const QVector<double>& x, const QVector<double>& y) {
        plot.addGraph()->setData(x, y, true);
    };
    const double from = s.days.first().programDay - 7, to = s.days.last().programDay + 7;
    line({from, to}, {*s.baselinePain, *s.baselinePain});
    line({from, to}, {*s.significantPain, *s.significantPain});
    line({from, to}, {*s.baselineFunction, *s.baselineFunction});
    scatter(painX, painY, QCPScatterStyle::ssDisc);
    line(dayX, painMean);
    scatter(functionX, functionY, QCPScatterStyle::ssSquare);
    line(dayX, functionMean);
    QVector<double> sessionX, sessionY;
    for (const ProgressSession& session : s.sessions) {
        sessionX << session.programDay;
        sessionY << -0.8;
    }
    scatter(sessionX, sessionY, QCPScatterStyle::ssTriangle);
    for (AlertLevel level : {AlertLevel::Emergency, AlertLevel::Urgent, AlertLevel::StopMassage,
                             AlertLevel::SeeDoctor, AlertLevel::Clearance, AlertLevel::Info}) {
        QVector<double> x, y;
        for (const ProgressAlert& a : s.alerts)
            if (a.level == level) {
                x << a.programDay;
                y << 10.85;
            }
        if (!x.isEmpty())
            scatter(x, y, QCPScatterStyle::ssCircle);
    }
    const double today = programDay(s.programStart, s.asOf);
    line({today, today}, {-1.6, 12.2});
    plot.xAxis->setRange(std::min(s.days.first().programDay, 1) - 0.5,
                         s.days.last().programDay + 0.5);
    plot.yAxis->setRange(-1.6, 12.2);
    plot.resize(kSize);
    plot.show();
    QApplication::processEvents();
    plot.replot(QCustomPlot::rpImmediateRefresh);
    for (auto _ : state)
        plot.replot(QCustomPlot::rpImmediateRefresh);
    state.counters["graphs"] = plot.graphCount();
}
BENCHMARK(bareReplot)->Name("P2/bare_qcustomplot_replot_10y")->Unit(benchmark::kMillisecond);

/// What opening the Progress tab on the 10-year diary costs beyond the replot (quality.md
/// P7): the series built from the diary and set on the chart, then drawn.
void rebuild(benchmark::State& state)
{
    const Bundle b = test::generateYears10(1);
    const QDate asOf = b.entries.last().date;
    ProgressChart chart;
    chart.resize(kSize);
    chart.show();
    QApplication::processEvents();
    for (auto _ : state) {
        chart.setSeries(buildProgress(b.episode, b.entries, b.sessions, b.alerts, asOf));
        chart.replotNow();
    }
}
BENCHMARK(rebuild)->Name("P7/progress_build_and_replot_10y")->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 2;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
