// SPDX-License-Identifier: GPL-3.0-or-later
// The only file that includes qcustomplot.h (tests/tools/check_purity.py checks it). It is
// compiled without QT_NO_KEYWORDS (ui/CMakeLists.txt) because that header uses `signals`.
#include "ProgressChart.h"

#include "Files.h"
#include "LevelIcon.h"
#include "clinical/Plan.h"
#include "clinical/RuleTable.h"

#include <QApplication>
#include <QBuffer>
#include <QEvent>
#include <QFileInfo>
#include <QFontMetrics>
#include <QHelpEvent>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPicture>
#include <QSvgGenerator>
#include <QToolTip>
#include <QVBoxLayout>
#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <qcustomplot.h>

namespace backlog {

namespace {

// Value rows of the plot: scores 0..10, the session row below, the alert row above and
// room for the phase labels at the top.
constexpr double kYMin = -1.6;
constexpr double kYMax = 12.9; // the phase labels sit above the alert row even on a short chart
constexpr double kSessionRow = -0.8;
constexpr double kAlertRow = 10.85;

constexpr std::array<AlertLevel, 6> kLevels = {AlertLevel::Emergency,   AlertLevel::Urgent,
                                               AlertLevel::StopMassage, AlertLevel::SeeDoctor,
                                               AlertLevel::Clearance,   AlertLevel::Info};

/// Okabe-Ito colours (Okabe & Ito 2008), safe for every common colour-vision deficiency.
namespace okabeIto {
const QColor orange(0xE6, 0x9F, 0x00);
const QColor skyBlue(0x56, 0xB4, 0xE9);
const QColor bluishGreen(0x00, 0x9E, 0x73);
const QColor blue(0x00, 0x72, 0xB2);
const QColor vermillion(0xD5, 0x5E, 0x00);
const QColor reddishPurple(0xCC, 0x79, 0xA7);
} // namespace okabeIto

/// The colours of one rendering: the widget palette, or print colours on white.
struct Colours
{
    bool dark = false;
    QColor background, text, grid, pain, function, improvement, session, outline;
    std::array<QColor, 3> bands;
};

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

Colours coloursFor(const QPalette& palette, bool forPrint)
{
    Colours c;
    c.background = forPrint ? QColor(Qt::white) : palette.color(QPalette::Base);
    c.text = forPrint ? QColor(Qt::black) : palette.color(QPalette::Text);
    c.dark = c.background.lightnessF() < 0.5;
    c.grid = mix(c.background, c.text, c.dark ? 0.22 : 0.16);
    // On a dark background the darker Okabe-Ito hues lose contrast: take their light twins.
    c.pain = c.dark ? okabeIto::orange : okabeIto::vermillion;
    c.function = c.dark ? okabeIto::skyBlue : okabeIto::blue;
    c.improvement = okabeIto::bluishGreen;
    c.session = okabeIto::reddishPurple;
    c.outline = c.text;
    // Bands are tints of the background, opaque: blending three plot-sized translucent
    // rectangles would cost more than all the data.
    const double tint = c.dark ? 0.11 : 0.13;
    c.bands = {mix(c.background, okabeIto::orange, tint),
               mix(c.background, okabeIto::skyBlue, tint),
               mix(c.background, okabeIto::bluishGreen, tint)};
    return c;
}

QString shortDate(const QDate& date)
{
    return QLocale().toString(date, QStringLiteral("d MMM"));
}

QString number(double value)
{
    return QLocale().toString(value, 'f', 1);
}

QString planText(const char* text)
{
    return text ? QCoreApplication::translate("Plan", text) : QString();
}

/// The sign of an alert level as a marker, after LevelIcon's shapes (octagon, triangle,
/// square, circle with a cross, diamond, ring), its symbol knocked out so that the
/// shape reads in grey-scale too. Drawn in a 6-unit box (QCPScatterStyle's custom scale).
QPainterPath levelPath(AlertLevel level)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    const auto exclamation = [&path](double top, double bottom) {
        path.addRect(QRectF(-0.38, top, 0.76, bottom - top));
        path.addEllipse(QPointF(0, bottom + 0.75), 0.42, 0.42);
    };
    switch (level) {
    case AlertLevel::Emergency: {
        QPolygonF octagon;
        for (int i = 0; i < 8; ++i) {
            const double angle = (22.5 + 45.0 * i) * M_PI / 180.0;
            octagon << QPointF(3.4 * std::cos(angle), 3.4 * std::sin(angle));
        }
        octagon << octagon.first();
        path.addPolygon(octagon);
        exclamation(-2.1, 0.6);
        break;
    }
    case AlertLevel::Urgent:
        path.addPolygon(
            QPolygonF({QPointF(0, -3.5), QPointF(3.5, 2.8), QPointF(-3.5, 2.8), QPointF(0, -3.5)}));
        exclamation(-1.5, 0.9);
        break;
    case AlertLevel::StopMassage:
        path.addRect(QRectF(-3.0, -3.0, 6.0, 6.0));
        path.addRect(QRectF(-2.0, -0.55, 4.0, 1.1));
        break;
    case AlertLevel::SeeDoctor:
        path.addEllipse(QPointF(0, 0), 3.2, 3.2);
        path.addPolygon(QPolygonF({QPointF(-0.55, -2.1), QPointF(0.55, -2.1), QPointF(0.55, -0.55),
                                   QPointF(2.1, -0.55), QPointF(2.1, 0.55), QPointF(0.55, 0.55),
                                   QPointF(0.55, 2.1), QPointF(-0.55, 2.1), QPointF(-0.55, 0.55),
                                   QPointF(-2.1, 0.55), QPointF(-2.1, -0.55), QPointF(-0.55, -0.55),
                                   QPointF(-0.55, -2.1)}));
        break;
    case AlertLevel::Clearance:
        path.addPolygon(QPolygonF({QPointF(0, -3.6), QPointF(3.6, 0), QPointF(0, 3.6),
                                   QPointF(-3.6, 0), QPointF(0, -3.6)}));
        path.addRect(QRectF(-1.2, -1.3, 0.8, 2.6));
        path.addRect(QRectF(0.4, -1.3, 0.8, 2.6));
        break;
    case AlertLevel::Info:
        path.addEllipse(QPointF(0, 0), 3.2, 3.2);
        path.addEllipse(QPointF(0, 0), 2.3, 2.3);
        path.addRect(QRectF(-0.38, -0.5, 0.76, 2.0));
        path.addEllipse(QPointF(0, -1.35), 0.42, 0.42);
        break;
    }
    return path;
}

/// A graph that, on screen, draws no more than the pixels can show. Where days are packed
/// closer than the markers are wide (years in one view), a marker that would land less
/// than 2 pixels from one already drawn is left out, and a line keeps one point per pixel
/// column. Vector output (PDF, SVG) gets every point.
class SampledGraph : public QCPGraph
{
public:
    using QCPGraph::QCPGraph;

    /// Marks the graph's markers as filled squares of `colour`, `side` pixels wide, which
    /// the screen draws as rectangles (an invalid colour: any other marker).
    void setSquareMarkers(const QColor& colour, double side)
    {
        m_square = colour;
        m_squareSide = side;
    }

protected:
    void drawScatterPlot(QCPPainter* painter, const QVector<QPointF>& scatters,
                         const QCPScatterStyle& style) const override
    {
        if (painter->modes().testFlag(QCPPainter::pmVectorized) || scatters.size() < 128) {
            QCPGraph::drawScatterPlot(painter, scatters, style);
            return;
        }
        // Scatters come ordered by x: within each 2-pixel column, one marker per 2-pixel
        // row. A marker moved by less than 2 pixels onto one already drawn looks the same.
        QVector<QPointF> shown;
        shown.reserve(scatters.size());
        QVector<int> rows; // rows drawn in the current column
        int column = std::numeric_limits<int>::min();
        for (const QPointF& point : scatters) {
            const int x = static_cast<int>(std::floor(point.x() / 2.0));
            const int y = static_cast<int>(std::floor(point.y() / 2.0));
            if (x != column) {
                rows.clear();
                column = x;
            }
            if (rows.contains(y))
                continue;
            rows << y;
            shown << point;
        }
        if (m_square.isValid()) {
            // Filled squares: one batch of rectangles, which the raster engine fills as spans.
            QVector<QRect> squares;
            squares.reserve(shown.size());
            const int side = static_cast<int>(m_squareSide);
            for (const QPointF& point : shown)
                squares << QRect(static_cast<int>(std::lround(point.x() - side / 2.0)),
                                 static_cast<int>(std::lround(point.y() - side / 2.0)), side, side);
            painter->setAntialiasing(false);
            painter->setPen(Qt::NoPen);
            painter->setBrush(m_square);
            painter->drawRects(squares.constData(), static_cast<int>(squares.size()));
            return;
        }
        QCPGraph::drawScatterPlot(painter, shown, style);
    }

    void drawLinePlot(QCPPainter* painter, const QVector<QPointF>& lines) const override
    {
        const QPen wide = pen();
        const bool reference = lines.size() == 2; // a baseline or the today line
        if (painter->modes().testFlag(QCPPainter::pmVectorized) || wide.widthF() <= 1.0 ||
            (!reference && lines.size() < 256)) {
            QCPGraph::drawLinePlot(painter, lines);
            return;
        }
        // One point per pixel column (the last), with the gaps of undefined means kept.
        QVector<QPointF> thinned;
        thinned.reserve(lines.size());
        int column = std::numeric_limits<int>::min();
        for (const QPointF& point : lines) {
            if (std::isnan(point.y())) {
                thinned << point;
                column = std::numeric_limits<int>::min();
                continue;
            }
            const int x = static_cast<int>(std::floor(point.x()));
            if (x == column && !reference)
                thinned.last() = point;
            else
                thinned << point;
            column = x;
        }
        // A wide pen is stroked as a polygon per segment or dash, which costs most of a
        // replot over years of days. One-pixel cosmetic strokes, one per pixel of width and
        // offset across the line, take the raster engine's fast path and look the same.
        QPen thin = wide;
        thin.setWidth(1);
        thin.setCosmetic(true);
        if (wide.style() != Qt::SolidLine && wide.style() != Qt::NoPen) {
            QList<qreal> dashes = wide.dashPattern();
            for (qreal& d : dashes)
                d *= wide.widthF();
            thin.setDashPattern(dashes);
        }
        painter->setPen(thin);
        painter->setBrush(Qt::NoBrush);
        const bool vertical = reference && std::abs(thinned[0].x() - thinned[1].x()) <
                                               std::abs(thinned[0].y() - thinned[1].y());
        // Years of means are drawn two pixels wide (a dense cloud of points around them
        // needs no more); a reference line keeps its width.
        const int strokes =
            reference ? std::max(1, static_cast<int>(std::lround(wide.widthF()))) : 2;
        QVector<QPointF> run;
        run.reserve(thinned.size());
        const auto flush = [&] {
            for (int k = 0; k < strokes && run.size() >= 2; ++k) {
                const double offset = k - strokes / 2; // whole pixels: no two strokes merge
                painter->save();
                // A reference line is offset across itself; a curve diagonally, which
                // widens its steep and its flat parts alike.
                painter->translate(vertical || !reference ? offset : 0.0, vertical ? 0.0 : offset);
                painter->drawPolyline(run.constData(), static_cast<int>(run.size()));
                painter->restore();
            }
            run.clear();
        };
        for (const QPointF& point : thinned) {
            if (std::isnan(point.y()))
                flush();
            else
                run << point;
        }
        flush();
    }

private:
    QColor m_square;
    double m_squareSide = 0.0;
};

/// A marker drawn once, antialiased, into a pixmap that QCustomPlot stamps on each point.
QCPScatterStyle stampOf(const QCPScatterStyle& style)
{
    const int side = static_cast<int>(std::ceil(style.size() + style.pen().widthF())) + 3;
    QPixmap pixmap(side, side);
    pixmap.fill(Qt::transparent);
    {
        QCPPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        style.applyTo(&painter, style.pen());
        style.drawShape(&painter, QPointF(side / 2.0, side / 2.0));
    }
    return QCPScatterStyle(pixmap);
}

/// Ticks at the start of program weeks, labelled with the week and its first date; the
/// step is a whole number of weeks that keeps about `tickCount()` labels.
class WeekTicker : public QCPAxisTicker
{
public:
    QDate programStart;

protected:
    double getTickStep(const QCPRange& range) override
    {
        static constexpr std::array<int, 12> steps = {1,  2,   4,   8,   13,  26,
                                                      52, 104, 156, 260, 520, 1040};
        const double weeks = range.size() / 7.0;
        const double wanted = std::max(1, tickCount());
        m_stepWeeks = steps.back();
        for (int s : steps)
            if (weeks / s <= wanted) {
                m_stepWeeks = s;
                break;
            }
        return m_stepWeeks * 7.0;
    }

    int getSubTickCount(double) override { return m_stepWeeks <= 4 ? m_stepWeeks - 1 : 0; }

    QString getTickLabel(double tick, const QLocale&, QChar, int) override
    {
        const int day = static_cast<int>(std::lround(tick + 0.5)); // ticks sit on day starts
        const QDate date = programStart.addDays(day - 1);
        const QString when = m_stepWeeks >= 13
                                 ? QLocale().toString(date, QStringLiteral("MMM yyyy"))
                                 : shortDate(date);
        return ProgressChart::tr("Wk %1\n%2").arg(programWeek(day)).arg(when);
    }

private:
    int m_stepWeeks = 1;
};

/// The x range of a window in program days (half a day of room on each side).
QCPRange windowRange(const ProgressSeries& series, ChartWindow window)
{
    if (series.isEmpty())
        return QCPRange(0.5, 28.5);
    const int firstDay = series.days.first().programDay;
    const int lastDay = series.days.last().programDay;
    const int asOfDay = programDay(series.programStart, series.asOf);
    if (window == ChartWindow::All)
        return QCPRange(std::min(firstDay, 1) - 0.5, std::max(lastDay, 7) + 0.5);
    // The program weeks that end with the as-of date's week (at least weeks 1..N).
    const int weeks = window == ChartWindow::FourWeeks ? 4 : 8;
    const int endWeek = std::max(programWeek(std::max(asOfDay, 1)), weeks);
    const int startWeek = endWeek - weeks + 1;
    return QCPRange(7.0 * (startWeek - 1) + 0.5, 7.0 * endWeek + 0.5);
}

int countFinite(const QCPGraph* graph)
{
    int n = 0;
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
        if (!std::isnan(it->value))
            ++n;
    return n;
}

} // namespace

struct ProgressChart::Graphs
{
    std::array<QCPGraph*, 8> curves{}; ///< by ChartGraph, null when not shown
    std::array<QCPGraph*, 6> alerts{}; ///< by AlertLevel, null when no alert of that level
    QCPGraph* today = nullptr;
    QList<QCPItemRect*> bands;
    QList<QCPItemText*> bandLabels;
    QStringList bandTexts;
    QStringList bandShortTexts;
    QCPTextElement* direction = nullptr;
    QSharedPointer<WeekTicker> ticker;
    int width = 0;       ///< width fitToWidth last adapted to
    bool vector = false; ///< styled for a vector device (no pixmap markers)

    QCPGraph*& curve(ChartGraph g) { return curves[static_cast<std::size_t>(g)]; }
    QCPGraph* curve(ChartGraph g) const { return curves[static_cast<std::size_t>(g)]; }
};

ProgressChart::ProgressChart(QWidget* parent)
    : QWidget(parent), m_plot(new QCustomPlot(this)), m_graphs(new Graphs)
{
    setObjectName(QStringLiteral("progressChart"));
    setAccessibleName(tr("Progress chart"));
    setAccessibleDescription(
        tr("Daily pain and function with their 7-day means, baselines, plan phases, "
           "sessions and alerts. Hover a day for its values."));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setObjectName(QStringLiteral("progressPlot"));
    m_plot->setFocusPolicy(Qt::NoFocus);
    m_plot->installEventFilter(this);
    m_plot->setAutoAddPlottableToLegend(false);
    m_plot->setMinimumSize(320, 240);
    // Scatter points cost most of a replot; they look the same without antialiasing.
    m_plot->setNotAntialiasedElements(QCP::aeScatters | QCP::aeGrid | QCP::aeAxes);
    m_plot->setPlottingHint(QCP::phCacheLabels, true);
    // The 7-day means are thick lines over thousands of days: drawn as segments they cost
    // a fraction of a stroked polyline, and look the same on screen (vector output keeps
    // the polyline).
    m_plot->setPlottingHint(QCP::phFastPolylines, true);

    // The direction of each score on top, the legend below the plot (never over data).
    m_graphs->direction = new QCPTextElement(m_plot, QString());
    m_graphs->direction->setObjectName(QStringLiteral("directionText"));
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, m_graphs->direction);
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    m_plot->axisRect()->insetLayout()->simplify();
    m_plot->plotLayout()->addElement(2, 0, m_plot->legend);
    m_plot->plotLayout()->setRowStretchFactor(0, 0.001);
    m_plot->plotLayout()->setRowStretchFactor(2, 0.001);
    m_plot->plotLayout()->setRowSpacing(2);
    m_plot->legend->setVisible(true);
    m_plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    m_plot->legend->setMargins(QMargins(6, 2, 6, 8));
    m_plot->legend->setColumnSpacing(12);
    m_plot->legend->setIconSize(22, 12);

    m_graphs->ticker.reset(new WeekTicker);
    m_graphs->ticker->setTickOrigin(0.5); // ticks and grid lines on the start of a week
    m_plot->xAxis->setTicker(m_graphs->ticker);
    m_plot->xAxis->setLabel(tr("Program week and the date it starts"));
    auto yTicker = QSharedPointer<QCPAxisTickerText>::create();
    for (int v = 0; v <= 10; v += 2)
        yTicker->addTick(v, QString::number(v));
    yTicker->setSubTickCount(1);
    m_plot->yAxis->setTicker(yTicker);
    m_plot->yAxis->setLabel(tr("Score (0–10)"));
    m_plot->yAxis->setRange(kYMin, kYMax);
    m_plot->yAxis->grid()->setZeroLinePen(Qt::NoPen);

    rebuild();
}

ProgressChart::~ProgressChart()
{
    delete m_graphs;
}

void ProgressChart::setSeries(const ProgressSeries& series)
{
    m_series = series;
    rebuild();
}

const ProgressSeries& ProgressChart::series() const
{
    return m_series;
}

void ProgressChart::setWindow(ChartWindow window)
{
    if (m_window == window)
        return;
    m_window = window;
    applyWindow();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    Q_EMIT windowChanged(window);
}

ChartWindow ProgressChart::window() const
{
    return m_window;
}

void ProgressChart::setForPrint(bool forPrint)
{
    if (m_forPrint == forPrint)
        return;
    m_forPrint = forPrint;
    applyColours();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ProgressChart::rebuild()
{
    Graphs& g = *m_graphs;
    m_plot->clearGraphs(); // also takes them out of the legend
    m_plot->clearItems();
    g.curves.fill(nullptr);
    g.alerts.fill(nullptr);
    g.today = nullptr;
    g.bands.clear();
    g.bandLabels.clear();
    g.bandTexts.clear();
    g.bandShortTexts.clear();
    g.ticker->programStart = m_series.programStart;

    const ProgressSeries& s = m_series;
    const QCPRange all = windowRange(s, ChartWindow::All);
    // Horizontal lines and bands reach past every window.
    const double lineFrom = std::min(all.lower, windowRange(s, ChartWindow::EightWeeks).lower) - 7;
    const double lineTo = std::max(all.upper, windowRange(s, ChartWindow::EightWeeks).upper) + 7;

    // Phase bands, below everything else.
    for (const ProgressPhase& phase : s.phases) {
        auto* band = new QCPItemRect(m_plot);
        band->setLayer(QStringLiteral("background"));
        band->setClipToAxisRect(true);
        band->setSelectable(false);
        band->topLeft->setTypeX(QCPItemPosition::ptPlotCoords);
        band->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
        band->bottomRight->setTypeX(QCPItemPosition::ptPlotCoords);
        band->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
        const double to =
            phase.phase == 3 ? std::max<double>(phase.lastDay, lineTo) : phase.lastDay;
        band->topLeft->setCoords(phase.firstDay - 0.5, 0.0);
        band->bottomRight->setCoords(to + 0.5, 1.0);
        band->setPen(Qt::NoPen);
        g.bands << band;

        auto* label = new QCPItemText(m_plot);
        label->setClipToAxisRect(true);
        label->setSelectable(false);
        label->position->setTypeX(QCPItemPosition::ptPlotCoords);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->setPadding(QMargins(4, 2, 4, 2));
        g.bandTexts << tr("Phase %1 · %2").arg(phase.phase).arg(planText(phase.name));
        g.bandShortTexts << tr("Phase %1").arg(phase.phase);
        label->setText(g.bandTexts.last());
        g.bandLabels << label;
    }

    const auto addGraph = [this](ChartGraph kind, const QString& name) {
        QCPGraph* graph = new SampledGraph(m_plot->xAxis, m_plot->yAxis);
        graph->setName(name);
        graph->setSelectable(QCP::stNone);
        m_graphs->curve(kind) = graph;
        return graph;
    };
    const auto horizontal = [&](double value) {
        return std::pair{QVector<double>{lineFrom, lineTo}, QVector<double>{value, value}};
    };

    // Reference lines first, so that the data is drawn over them.
    if (s.baselinePain) {
        QCPGraph* graph = addGraph(ChartGraph::PainBaseline,
                                   tr("Pain baseline (%1)").arg(number(*s.baselinePain)));
        const auto [x, y] = horizontal(*s.baselinePain);
        graph->setData(x, y, true);
    }
    if (s.significantPain) {
        QCPGraph* graph =
            addGraph(ChartGraph::SignificantImprovement,
                     tr("Significant improvement (pain ≤ %1)").arg(number(*s.significantPain)));
        const auto [x, y] = horizontal(*s.significantPain);
        graph->setData(x, y, true);
    }
    const bool hasFunction = s.functionDays() > 0 || s.baselineFunction.has_value();
    if (s.baselineFunction && hasFunction) {
        QCPGraph* graph = addGraph(ChartGraph::FunctionBaseline,
                                   tr("Function baseline (%1)").arg(number(*s.baselineFunction)));
        const auto [x, y] = horizontal(*s.baselineFunction);
        graph->setData(x, y, true);
    }

    // Daily scores and their 7-day means (NaN leaves a gap where the mean is undefined).
    QVector<double> painX, painY, functionX, functionY, meanX, painMean, functionMean;
    painX.reserve(s.days.size());
    painY.reserve(s.days.size());
    meanX.reserve(s.days.size());
    painMean.reserve(s.days.size());
    functionMean.reserve(s.days.size());
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (const ProgressDay& day : s.days) {
        if (day.date > s.asOf)
            break;
        if (day.pain) {
            painX << day.programDay;
            painY << *day.pain;
        }
        if (day.function) {
            functionX << day.programDay;
            functionY << *day.function;
        }
        meanX << day.programDay;
        painMean << day.painMean7.value_or(nan);
        functionMean << day.functionMean7.value_or(nan);
    }
    addGraph(ChartGraph::Pain, tr("Pain, daily"))->setData(painX, painY, true);
    addGraph(ChartGraph::PainMean, tr("Pain, 7-day mean"))->setData(meanX, painMean, true);
    if (s.functionDays() > 0) {
        addGraph(ChartGraph::Function, tr("Function, daily"))->setData(functionX, functionY, true);
        addGraph(ChartGraph::FunctionMean, tr("Function, 7-day mean"))
            ->setData(meanX, functionMean, true);
    }

    // Markers: sessions on the bottom row, alerts on the top row.
    QVector<double> sessionX, sessionY;
    for (const ProgressSession& session : s.sessions) {
        sessionX << session.programDay;
        sessionY << kSessionRow;
    }
    addGraph(ChartGraph::Sessions, tr("Massage session"))->setData(sessionX, sessionY, true);
    for (AlertLevel level : kLevels) {
        QVector<double> x, y;
        for (const ProgressAlert& alert : s.alerts)
            if (alert.level == level) {
                x << alert.programDay;
                y << kAlertRow;
            }
        if (x.isEmpty())
            continue;
        QCPGraph* graph = new SampledGraph(m_plot->xAxis, m_plot->yAxis);
        graph->setName(tr("Alert: %1").arg(levelTitle(level)));
        graph->setSelectable(QCP::stNone);
        graph->setData(x, y, true);
        g.alerts[static_cast<std::size_t>(level)] = graph;
    }

    if (s.asOf.isValid() && s.programStart.isValid()) {
        g.today = new SampledGraph(m_plot->xAxis, m_plot->yAxis);
        const double x = programDay(s.programStart, s.asOf);
        g.today->setName(tr("Today (%1)").arg(shortDate(s.asOf)));
        g.today->setSelectable(QCP::stNone);
        g.today->setData({x, x}, {kYMin, kYMax}, true);
    }

    // The legend reads by score, one row each when four columns fit: pain, function, then
    // the markers.
    for (ChartGraph kind :
         {ChartGraph::Pain, ChartGraph::PainMean, ChartGraph::PainBaseline,
          ChartGraph::SignificantImprovement, ChartGraph::Function, ChartGraph::FunctionMean,
          ChartGraph::FunctionBaseline, ChartGraph::Sessions})
        if (QCPGraph* graph = g.curve(kind))
            graph->addToLegend();
    for (QCPGraph* graph : g.alerts)
        if (graph)
            graph->addToLegend();
    if (g.today)
        g.today->addToLegend();

    QStringList direction{tr("Pain: lower is better")};
    if (hasFunction)
        direction << tr("Function: higher is better");
    if (s.isEmpty())
        direction = QStringList{tr("No entries yet: the chart fills in as you log each day")};
    g.direction->setText(direction.join(QStringLiteral("     ·     ")));

    applyColours();
    applyWindow();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ProgressChart::applyColours()
{
    const Colours c = coloursFor(palette(), m_forPrint);
    Graphs& g = *m_graphs;

    m_plot->setBackground(c.background);
    m_plot->axisRect()->setBackground(c.background);
    for (QCPAxis* axis : {m_plot->xAxis, m_plot->yAxis}) {
        axis->setBasePen(QPen(c.text, 1));
        axis->setTickPen(QPen(c.text, 1));
        axis->setSubTickPen(QPen(c.grid, 1));
        axis->setTickLabelColor(c.text);
        axis->setLabelColor(c.text);
        axis->grid()->setPen(QPen(c.grid, 1, Qt::SolidLine));
    }
    m_plot->legend->setBrush(c.background);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->legend->setTextColor(c.text);
    g.direction->setTextColor(c.text);
    QFont bold = m_plot->font();
    bold.setBold(true);
    g.direction->setFont(bold);

    for (int i = 0; i < g.bands.size(); ++i) {
        g.bands[i]->setBrush(c.bands[static_cast<std::size_t>(i % 3)]);
        QColor plate = c.background;
        plate.setAlpha(210);
        g.bandLabels[i]->setBrush(plate);
        g.bandLabels[i]->setPen(Qt::NoPen);
        g.bandLabels[i]->setColor(c.text);
    }

    // On screen and in PNG, markers are stamped from a pixmap of their shape: thousands of
    // points cost a fraction of drawing each shape. Vector output keeps the shapes.
    const bool stamp = !g.vector && m_plot->devicePixelRatioF() == 1.0;
    const auto style = [stamp](QCPGraph* graph, const QPen& pen, QCPGraph::LineStyle line,
                               const QCPScatterStyle& scatter = QCPScatterStyle()) {
        if (!graph)
            return;
        graph->setPen(pen);
        graph->setLineStyle(line);
        graph->setScatterStyle(stamp && !scatter.isNone() ? stampOf(scatter) : scatter);
    };
    QColor painPoint = c.pain;
    QColor functionPoint = c.function;
    style(g.curve(ChartGraph::Pain), QPen(painPoint), QCPGraph::lsNone,
          QCPScatterStyle(QCPScatterStyle::ssDisc, painPoint, 6));
    style(g.curve(ChartGraph::Function), QPen(functionPoint), QCPGraph::lsNone,
          QCPScatterStyle(QCPScatterStyle::ssSquare, QPen(functionPoint, 1.2),
                          QBrush(functionPoint), 5));
    if (auto* function = static_cast<SampledGraph*>(g.curve(ChartGraph::Function)))
        function->setSquareMarkers(stamp ? functionPoint : QColor(), 6.0);
    style(g.curve(ChartGraph::PainMean), QPen(c.pain, 2.5), QCPGraph::lsLine);
    style(g.curve(ChartGraph::FunctionMean), QPen(c.function, 2.5), QCPGraph::lsLine);
    style(g.curve(ChartGraph::PainBaseline), QPen(c.pain, 1.5, Qt::DashLine), QCPGraph::lsLine);
    style(g.curve(ChartGraph::FunctionBaseline), QPen(c.function, 1.5, Qt::DashLine),
          QCPGraph::lsLine);
    style(g.curve(ChartGraph::SignificantImprovement), QPen(c.improvement, 2, Qt::DotLine),
          QCPGraph::lsLine);
    style(g.curve(ChartGraph::Sessions), QPen(c.session), QCPGraph::lsNone,
          QCPScatterStyle(QCPScatterStyle::ssTriangle, QPen(c.session.darker(130), 1),
                          QBrush(c.session), 9));
    for (AlertLevel level : kLevels) {
        QCPGraph* graph = g.alerts[static_cast<std::size_t>(level)];
        // A light rim keeps the darker level colours apart from a dark background.
        QPen outline(c.dark ? c.text : c.text.lighter(150));
        outline.setWidthF(0.3);
        style(graph, QPen(LevelIcon::color(level)), QCPGraph::lsNone,
              QCPScatterStyle(levelPath(level), outline, QBrush(LevelIcon::color(level)), 13));
    }
    style(g.today, QPen(c.text, 1.5, Qt::DashDotLine), QCPGraph::lsLine);
}

void ProgressChart::applyWindow()
{
    const QCPRange range = windowRange(m_series, m_window);
    m_plot->xAxis->setRange(range);
    m_graphs->width = 0; // band labels follow the range
    fitToWidth(m_plot->width());
}

void ProgressChart::fitToWidth(int width)
{
    Graphs& g = *m_graphs;
    if (width <= 0)
        width = 640;
    g.width = width;
    const QFontMetrics metrics(m_plot->font());
    // Labels of two lines about 7 characters wide each, with room between them.
    const int labelWidth = metrics.horizontalAdvance(QStringLiteral("Wk 520 ")) + 40;
    g.ticker->setTickCount(std::clamp((width - 80) / labelWidth, 2, 16));

    // Where days are packed closer than two pixels apart, antialiasing the mean lines
    // changes nothing one can see and costs most of a replot.
    const QCPRange visible = m_plot->xAxis->range();
    const bool dense = visible.size() * 2.0 > std::max(1, width - 80);
    QCP::AntialiasedElements plain = QCP::aeScatters | QCP::aeGrid | QCP::aeAxes;
    if (dense && !g.vector)
        plain |= QCP::aePlottables;
    m_plot->setNotAntialiasedElements(plain);

    // Legend columns: the most (up to 4) whose widest entries fit side by side.
    QList<int> entries;
    for (int i = 0; i < m_plot->legend->itemCount(); ++i)
        if (auto* item = qobject_cast<QCPPlottableLegendItem*>(m_plot->legend->item(i)))
            entries << metrics.horizontalAdvance(item->plottable()->name()) + 22 + 10 + 12;
    int columns = 4;
    for (; columns > 1; --columns) {
        int total = 20;
        for (int c = 0; c < columns; ++c) {
            int widest = 0;
            for (int i = c; i < entries.size(); i += columns)
                widest = std::max(widest, entries[i]);
            total += widest;
        }
        if (total <= width)
            break;
    }
    if (m_plot->legend->wrap() != columns) {
        m_plot->legend->setWrap(columns);
        m_plot->legend->setFillOrder(QCPLegend::foColumnsFirst, true); // rearranges the items
    }

    // Each band's label sits at the left of its visible part; shortened, or hidden, where
    // that part is too narrow for it.
    const QCPRange range = m_plot->xAxis->range();
    const double pixelsPerDay = std::max(1.0, width - 80.0) / std::max(range.size(), 1.0);
    for (int i = 0; i < g.bands.size(); ++i) {
        const double from = std::max(g.bands[i]->topLeft->coords().x(), range.lower);
        const double to = std::min(g.bands[i]->bottomRight->coords().x(), range.upper);
        const double room = (to - from) * pixelsPerDay - 10;
        QCPItemText* label = g.bandLabels[i];
        label->position->setCoords(from, 0.0);
        if (room >= metrics.horizontalAdvance(g.bandTexts[i])) {
            label->setText(g.bandTexts[i]);
            label->setVisible(true);
        } else if (room >= metrics.horizontalAdvance(g.bandShortTexts[i])) {
            label->setText(g.bandShortTexts[i]);
            label->setVisible(true);
        } else {
            label->setVisible(false);
        }
    }
}

void ProgressChart::replotNow()
{
    if (m_graphs->width != m_plot->width())
        fitToWidth(m_plot->width());
    m_plot->replot(QCustomPlot::rpImmediateRefresh);
}

void ProgressChart::drawOn(QPaintDevice& device, const QSize& pixels)
{
    const int type = device.devType();
    const bool vector = type != QInternal::Image && type != QInternal::Pixmap;
    m_graphs->vector = vector;
    applyColours();
    fitToWidth(pixels.width());
    {
        QCPPainter painter(&device);
        if (vector)
            painter.setMode(QCPPainter::pmVectorized);
        painter.setMode(QCPPainter::pmNoCaching);
        m_plot->toPainter(&painter, pixels.width(), pixels.height());
    }
    m_graphs->vector = false;
    applyColours();
    fitToWidth(m_plot->width());
}

void ProgressChart::paintTo(QPainter& painter, const QRectF& target)
{
    if (!target.isValid() || !painter.isActive())
        return;
    // QCustomPlot needs its own painter: record the chart in a picture and replay it, which
    // keeps it vector. The chart is laid out for the target's physical size at the
    // picture's resolution, so that its text keeps the size it has on screen.
    QPicture picture;
    const double pictureDpiX = picture.logicalDpiX();
    const double pictureDpiY = picture.logicalDpiY();
    const double deviceDpiX = std::max(1, painter.device()->logicalDpiX());
    const double deviceDpiY = std::max(1, painter.device()->logicalDpiY());
    const QRectF onDevice = painter.combinedTransform().mapRect(target);
    const QSize size(std::max(1, qRound(onDevice.width() / deviceDpiX * pictureDpiX)),
                     std::max(1, qRound(onDevice.height() / deviceDpiY * pictureDpiY)));
    drawOn(picture, size);
    painter.save();
    painter.translate(target.topLeft());
    // Replaying scales by the device's resolution over the picture's: take that out.
    painter.scale(target.width() / size.width() * pictureDpiX / deviceDpiX,
                  target.height() / size.height() * pictureDpiY / deviceDpiY);
    painter.drawPicture(0, 0, picture);
    painter.restore();
}

int ProgressChart::pointCount(ChartGraph graph) const
{
    const QCPGraph* g = m_graphs->curve(graph);
    return g ? countFinite(g) : 0;
}

bool ProgressChart::hasGraph(ChartGraph graph) const
{
    return m_graphs->curve(graph) != nullptr;
}

QStringList ProgressChart::bandLabels() const
{
    return m_graphs->bandTexts;
}

int ProgressChart::sessionMarkerCount() const
{
    return pointCount(ChartGraph::Sessions);
}

int ProgressChart::alertMarkerCount(AlertLevel level) const
{
    const QCPGraph* g = m_graphs->alerts[static_cast<std::size_t>(level)];
    return g ? g->data()->size() : 0;
}

bool ProgressChart::hasTodayLine() const
{
    return m_graphs->today != nullptr;
}

double ProgressChart::todayPosition() const
{
    return m_graphs->today ? m_graphs->today->data()->constBegin()->key : 0.0;
}

double ProgressChart::visibleFirstDay() const
{
    return m_plot->xAxis->range().lower;
}

double ProgressChart::visibleLastDay() const
{
    return m_plot->xAxis->range().upper;
}

QDate ProgressChart::visibleFrom() const
{
    if (!m_series.programStart.isValid())
        return {};
    return m_series.programStart.addDays(static_cast<qint64>(std::ceil(visibleFirstDay())) - 1);
}

QDate ProgressChart::visibleTo() const
{
    if (!m_series.programStart.isValid())
        return {};
    return m_series.programStart.addDays(static_cast<qint64>(std::floor(visibleLastDay())) - 1);
}

QStringList ProgressChart::legendLabels() const
{
    QStringList labels;
    for (int i = 0; i < m_plot->legend->itemCount(); ++i)
        if (auto* item = qobject_cast<QCPPlottableLegendItem*>(m_plot->legend->item(i)))
            labels << item->plottable()->name();
    return labels;
}

QStringList ProgressChart::xTickLabels() const
{
    m_plot->replot(QCustomPlot::rpImmediateRefresh);
    const QVector<QString> labels = m_plot->xAxis->tickVectorLabels();
    return QStringList(labels.begin(), labels.end());
}

QString ProgressChart::directionText() const
{
    return m_graphs->direction->text();
}

QString ProgressChart::toolTipFor(const QDate& date) const
{
    const ProgressDay* day = m_series.dayOn(date);
    if (!day || date > m_series.asOf)
        return {};
    QStringList lines;
    lines << tr("%1 · day %2, week %3")
                 .arg(QLocale().toString(date, QLocale::LongFormat))
                 .arg(day->programDay)
                 .arg(programWeek(day->programDay));
    const auto mean = [](const std::optional<double>& value) {
        return value ? number(*value) : tr("not enough entries");
    };
    lines << (day->pain ? tr("Pain: %1").arg(*day->pain) : tr("Pain: not logged"))
          << tr("Pain, 7-day mean: %1").arg(mean(day->painMean7));
    if (m_series.functionDays() > 0) {
        lines << (day->function ? tr("Function: %1").arg(number(*day->function))
                                : tr("Function: not logged"))
              << tr("Function, 7-day mean: %1").arg(mean(day->functionMean7));
    }
    for (const ProgressSession& session : m_series.sessions)
        if (session.date == date)
            lines << tr("Massage session: %1 min").arg(session.minutes);
    for (const ProgressAlert& alert : m_series.alerts) {
        if (alert.date != date)
            continue;
        const RuleInfo* rule = findRule(alert.rule);
        const QString title = rule ? ruleTitle(*rule) : alert.rule;
        lines << tr("Alert (%1): %2%3")
                     .arg(levelTitle(alert.level), title,
                          alert.acknowledged ? tr(", acknowledged") : QString());
    }
    return lines.join(QLatin1Char('\n'));
}

bool ProgressChart::showToolTip(const QPoint& position, const QPoint& globalPosition)
{
    if (m_series.isEmpty() || !m_plot->axisRect()->rect().contains(position))
        return false;
    const double x = m_plot->xAxis->pixelToCoord(position.x());
    const int day = static_cast<int>(std::lround(x));
    const QString text = toolTipFor(m_series.programStart.addDays(day - 1));
    if (text.isEmpty())
        return false;
    QToolTip::showText(globalPosition, text, m_plot);
    return true;
}

bool ProgressChart::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_plot) {
        if (event->type() == QEvent::ToolTip) {
            auto* help = static_cast<QHelpEvent*>(event);
            if (!showToolTip(help->pos(), help->globalPos())) {
                QToolTip::hideText();
                event->ignore();
            }
            return true;
        }
        if (event->type() == QEvent::Resize)
            fitToWidth(static_cast<QResizeEvent*>(event)->size().width());
    }
    return QWidget::eventFilter(watched, event);
}

void ProgressChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::StyleChange) {
        applyColours();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
    QWidget::changeEvent(event);
}

void drawProgressChart(QPainter& painter, const QRectF& target, const ProgressSeries& series,
                       const ChartOptions& options)
{
    ProgressChart chart;
    chart.setForPrint(options.forPrint);
    chart.setSeries(series);
    chart.setWindow(options.window);
    chart.paintTo(painter, target);
}

Status saveChartImage(const ProgressSeries& series, const ChartOptions& options,
                      const QString& path, const QSize& size)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg") &&
        suffix != QLatin1String("pdf"))
        return badInput(ProgressChart::tr("%1: choose a file name ending in .png, .svg or .pdf")
                            .arg(QFileInfo(path).fileName()));
    if (size.width() < 16 || size.height() < 16)
        return badInput(ProgressChart::tr("The chart needs a size of at least 16 by 16."));

    ProgressChart chart;
    chart.setForPrint(options.forPrint);
    chart.setSeries(series);
    chart.setWindow(options.window);
    chart.resize(size);

    // Drawn into memory first, then written in one checked, durable step (writeFileSafely).
    QBuffer file;
    file.open(QIODevice::WriteOnly);

    bool drawn = true;
    if (suffix == QLatin1String("png")) {
        // Two device pixels per pixel would blur nothing but doubles the file; one is what
        // the user asked for.
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(coloursFor(chart.palette(), options.forPrint).background);
        chart.drawOn(image, size);
        drawn = image.save(&file, "PNG");
    } else if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setResolution(96);
        svg.setTitle(ProgressChart::tr("Progress chart"));
        svg.setDescription(
            ProgressChart::tr("Pain and function over the program, made by BackLog"));
        chart.drawOn(svg, size);
    } else {
        QPdfWriter pdf(&file);
        pdf.setCreator(QStringLiteral("BackLog"));
        pdf.setTitle(ProgressChart::tr("Progress chart"));
        pdf.setResolution(96);
        pdf.setPageLayout(
            QPageLayout(QPageSize(QSizeF(size), QPageSize::Point, QString(), QPageSize::ExactMatch),
                        QPageLayout::Portrait, QMarginsF()));
        // `size` is in points; lay the chart out at 96 pixels an inch on that page.
        const QSize pixels(qRound(size.width() * 96.0 / 72.0), qRound(size.height() * 96.0 / 72.0));
        chart.drawOn(pdf, pixels);
    }
    if (!drawn)
        return failure(ProgressChart::tr("Cannot write the image %1.").arg(path));
    file.close();
    return writeFileSafely(path, file.data());
}

} // namespace backlog
