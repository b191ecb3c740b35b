// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "clinical/Progress.h"
#include "model/Enums.h"

#include <QDate>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QWidget>

class QCustomPlot;
class QCPGraph;
class QCPItemRect;
class QCPItemStraightLine;
class QCPItemText;
class QPaintDevice;
class QPainter;
class QRectF;

namespace backlog {

/// Which days the chart shows: 4 or 8 program weeks around the as-of date, or the whole
/// episode.
enum class ChartWindow { FourWeeks, EightWeeks, All };

/// How the chart is drawn.
struct ChartOptions
{
    ChartWindow window = ChartWindow::All;
    bool forPrint = false; ///< light colours on white, whatever the widget palette
};

/// The curves and marker rows of the chart, for tests and for the legend.
enum class ChartGraph {
    Pain,                   ///< daily pain, points
    Function,               ///< daily function, points
    PainMean,               ///< 7-day mean pain, line with gaps
    FunctionMean,           ///< 7-day mean function, line with gaps
    PainBaseline,           ///< dashed
    FunctionBaseline,       ///< dashed
    SignificantImprovement, ///< pain line: at or below it counts as significant improvement
    Sessions,               ///< massage session markers, bottom row
};

/// The progress chart (product.md item 5): daily pain and function with their 7-day
/// means, baselines, the significant-improvement line, shaded phases, session and alert
/// markers and a today line, over program weeks. Wraps QCustomPlot; hovering a day shows
/// its values.
class ProgressChart : public QWidget
{
    Q_OBJECT

public:
    explicit ProgressChart(QWidget* parent = nullptr);
    ~ProgressChart() override;

    void setSeries(const ProgressSeries& series);
    const ProgressSeries& series() const;
    void setWindow(ChartWindow window);
    ChartWindow window() const;
    /// Print colours (light on white) instead of the widget palette.
    void setForPrint(bool forPrint);

    /// Redraws now (the benchmark's "full replot").
    void replotNow();
    /// Draws the chart with `painter` into `target` (vector on a PDF or SVG device), laid
    /// out for the target's physical size.
    void paintTo(QPainter& painter, const QRectF& target);
    /// Lays the chart out at `pixels` and draws it on `device`, which must have no active
    /// painter, with QCustomPlot's own painter (vector on PDF, SVG and picture devices).
    void drawOn(QPaintDevice& device, const QSize& pixels);

    // Test accessors.
    /// Data points of a curve (NaN gaps of the mean lines not counted).
    int pointCount(ChartGraph graph) const;
    /// Whether a curve is shown (a baseline only with a baseline, function only with
    /// function scores, ...).
    bool hasGraph(ChartGraph graph) const;
    /// Labels of the phase bands, e.g. "Phase 1 · acute relief".
    QStringList bandLabels() const;
    int sessionMarkerCount() const;
    int alertMarkerCount(AlertLevel level) const;
    bool hasTodayLine() const;
    /// Program day of the today line (0 without one).
    double todayPosition() const;
    /// Visible x range in program days (inclusive bounds of the plotted days ± half a day).
    double visibleFirstDay() const;
    double visibleLastDay() const;
    /// First and last date fully inside the visible range.
    QDate visibleFrom() const;
    QDate visibleTo() const;
    /// Texts of the legend entries, in order.
    QStringList legendLabels() const;
    /// Tick labels of the x axis as drawn at the last replot.
    QStringList xTickLabels() const;
    /// The tooltip text of a day; empty outside the series.
    QString toolTipFor(const QDate& date) const;
    /// The label on top of the plot naming the direction of each score.
    QString directionText() const;
    /// The wrapped plot, for benchmarks.
    QCustomPlot* plot() const { return m_plot; }

Q_SIGNALS:
    void windowChanged(ChartWindow window);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Graphs;
    void rebuild();
    void applyColours();
    void applyWindow();
    /// Adapts tick density, legend columns and band labels to a plot `width` in pixels.
    void fitToWidth(int width);
    bool showToolTip(const QPoint& position, const QPoint& globalPosition);

    QCustomPlot* m_plot;
    ProgressSeries m_series;
    ChartWindow m_window = ChartWindow::All;
    bool m_forPrint = false;
    Graphs* m_graphs;
};

/// Draws the chart into `target` with `painter` (vector graphics on a PDF or SVG device).
void drawProgressChart(QPainter& painter, const QRectF& target, const ProgressSeries& series,
                       const ChartOptions& options);

/// Saves the chart alone as PNG, SVG or PDF (by the suffix of `path`), atomically
/// (QSaveFile); `size` in pixels (points for PDF).
Status saveChartImage(const ProgressSeries& series, const ChartOptions& options,
                      const QString& path, const QSize& size = {1280, 800});

} // namespace backlog
