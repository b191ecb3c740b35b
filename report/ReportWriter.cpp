// SPDX-License-Identifier: GPL-3.0-or-later
// The physiotherapist's PDF report (product.md item 8). Every figure comes from the core
// (evaluate, buildProgress, the rule table); this file only lays them out. Text stays
// text and the chart stays vector graphics, so the PDF is searchable and sharp in print.
#include "ReportWriter.h"

#include "Files.h"
#include "LevelIcon.h"
#include "ProgressChart.h"
#include "clinical/Analysis.h"
#include "clinical/Plan.h"
#include "clinical/Progress.h"
#include "clinical/RuleTable.h"
#include "model/Vocabulary.h"

#include <QApplication>
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>

namespace backlog {
namespace {

// Geometry in points (1/72 inch); the writer works at kResolution dots an inch. 96 is
// the resolution the chart lays itself out at, and coordinates in the PDF are floating
// point, so nothing is lost.
constexpr int kResolution = 96;
constexpr double kMarginSide = 40;   // about 14 mm
constexpr double kMarginTop = 30;    // about 10 mm
constexpr double kMarginBottom = 22; // the footer sits inside the printable area
constexpr double kFooterHeight = 20;
constexpr double kPadX = 3;
constexpr double kPadY = 1.5;
constexpr double kSectionGap = 11;
/// Chart heights tried in turn until eight weeks fit on two pages.
constexpr double kChartHeights[] = {255, 235, 215}; // below, the plot gets cramped

const QColor kInk(0x1a, 0x1a, 0x1a);
const QColor kMuted(0x55, 0x55, 0x55);
const QColor kRule(0x8c, 0x8c, 0x8c);
const QColor kStripe(0xf2, 0xf2, 0xf2);

QString isoDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate)
                          : QCoreApplication::translate("Report", "not given");
}

QString oneDecimal(double value)
{
    return QLocale().toString(value, 'f', 1);
}

QString signedNumber(double value, int decimals)
{
    const QLocale locale;
    // A change that rounds to zero is shown as 0, never as "-0.0".
    if (std::abs(value) < 0.5 * std::pow(10.0, -decimals))
        return locale.toString(0.0, 'f', decimals);
    const QString text = locale.toString(std::abs(value), 'f', decimals);
    return (value > 0 ? locale.positiveSign() : locale.negativeSign()) + text;
}

QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("Report", "Yes")
                 : QCoreApplication::translate("Report", "No");
}

QString responseText(Response status)
{
    switch (status) {
    case Response::Improving:
        return QCoreApplication::translate("Report", "Improving (significant)");
    case Response::Worsening:
        return QCoreApplication::translate("Report", "Worsening (significant)");
    case Response::NoChange:
        return QCoreApplication::translate("Report", "No significant change");
    case Response::Unknown:
        break;
    }
    return QCoreApplication::translate("Report", "Not known yet (too few entries)");
}

QString durationText(DurationClass value)
{
    switch (value) {
    case DurationClass::Acute:
        return QCoreApplication::translate("Report", "Acute (under 4 weeks at start)");
    case DurationClass::Subacute:
        return QCoreApplication::translate("Report", "Subacute (4 to 12 weeks at start)");
    case DurationClass::Chronic:
        return QCoreApplication::translate("Report", "Chronic (over 12 weeks at start)");
    }
    return {};
}

/// "2 · active work": the phase number with its name from the core's phase table.
QString phaseText(const ProgressSeries& series, int phase)
{
    if (phase <= 0)
        return QCoreApplication::translate("Report", "not started");
    for (const ProgressPhase& p : series.phases)
        if (p.phase == phase && p.name)
            return QCoreApplication::translate("Report", "%1 · %2")
                .arg(phase)
                .arg(QCoreApplication::translate("Plan", p.name));
    return QString::number(phase);
}

/// A table cell: text, an optional second line in small type, an optional level sign.
struct Cell
{
    Cell(QString text = {}, QString detail = {}, bool strong = false,
         std::optional<AlertLevel> level = {}, bool detailToEnd = false)
        : text(std::move(text)), detail(std::move(detail)), strong(strong), level(level),
          detailToEnd(detailToEnd)
    {}

    QString text;
    QString detail; ///< under the text, in small grey type
    bool strong = false;
    std::optional<AlertLevel> level;
    /// The detail goes under the whole row from this column to the right edge.
    bool detailToEnd = false;
};
using Row = QList<Cell>;

struct Column
{
    Column(QString header, double width = 0, Qt::Alignment align = Qt::AlignLeft)
        : header(std::move(header)), width(width), align(align)
    {}

    QString header;
    double width; ///< points; 0 takes what the other columns leave
    Qt::Alignment align;
};

struct Fonts
{
    QFont title, heading;
    QFont text, textStrong;   ///< the episode header
    QFont body, bodyStrong;   ///< tables
    QFont small, smallStrong; ///< column headers, details, footer, notes on method
};

Fonts makeFonts()
{
    QFont base(QStringLiteral("DejaVu Sans"));
    base.setStyleHint(QFont::SansSerif);
    base.setHintingPreference(QFont::PreferNoHinting); // metrics that scale with the page
    const auto sized = [&base](double points, bool bold) {
        QFont font = base;
        font.setPointSizeF(points);
        font.setBold(bold);
        // A letter spacing, however small, makes Qt shape without ligatures, so that the
        // text extracts and searches as typed ("fi", not the "ﬁ" ligature).
        font.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64); // the smallest step
        return font;
    };
    return {sized(14, true), sized(11, true), sized(8.5, false), sized(8.5, true),
            sized(8, false), sized(8, true),  sized(7.5, false), sized(7.5, true)};
}

/// The running text of each page's footer: whose report (left), and when and by what it
/// was made (right, before the page number).
struct Footer
{
    QString left;
    QString right;
};

/// A labelled value of the episode header.
struct Field
{
    QString label;
    QString value;
    bool strong = false;
    bool wide = false; ///< takes the whole width
};

/// Lays the report out from top to bottom, page after page. With no painter it only
/// measures, which gives the page count that "page X of Y" needs before drawing.
class Sheet
{
public:
    Sheet(QPaintDevice& device, QPainter* painter, const Fonts& fonts, Footer footer, int pageCount)
        : m_device(device), m_painter(painter), m_fonts(fonts), m_footer(std::move(footer)),
          m_pageCount(pageCount), m_unit(device.logicalDpiY() / 72.0), m_width(device.width()),
          m_bottom(device.height() - u(kFooterHeight))
    {}

    int pages() const { return m_page; }
    const Fonts& fonts() const { return m_fonts; }

    /// The report title with a line in small type under it.
    void title(const QString& text, const QString& subtitle)
    {
        const double h = textHeight(m_fonts.title, m_width, text);
        drawText(m_fonts.title, kInk, QRectF(0, m_y, m_width, h), Qt::AlignLeft, text);
        m_y += h + u(1);
        const double sh = textHeight(m_fonts.small, m_width, subtitle);
        drawText(m_fonts.small, kMuted, QRectF(0, m_y, m_width, sh), Qt::AlignLeft, subtitle);
        m_y += sh + u(4);
        line(m_y, u(0.8), kInk);
        m_y += u(6);
    }

    /// Labelled values in two columns, the label in small grey type before its value.
    void fields(const QList<Field>& items)
    {
        // The left column holds short values (names, dates), the right one longer ones.
        const double gap = u(14);
        const double left = (m_width - gap) * 0.42;
        const double right = m_width - gap - left;
        const double labelWidth = u(82);
        const QFontMetricsF label(m_fonts.small, &m_device);
        const QFontMetricsF value(m_fonts.text, &m_device);
        const double baselineShift = value.ascent() - label.ascent();
        int i = 0;
        while (i < items.size()) {
            // A row: one wide field, or up to two narrow ones.
            QList<const Field*> row{&items[i++]};
            if (!row.first()->wide && i < items.size() && !items[i].wide)
                row << &items[i++];
            const auto valueWidth = [&](int c) {
                return (row.first()->wide ? m_width : c == 0 ? left : right) - labelWidth;
            };
            double height = 0;
            for (int c = 0; c < row.size(); ++c)
                height =
                    std::max(height, textHeight(fontOf(*row[c]), valueWidth(c), row[c]->value));
            ensure(height);
            for (int c = 0; c < row.size(); ++c) {
                const Field& f = *row[c];
                const double x = c == 0 ? 0 : left + gap;
                drawText(m_fonts.small, kMuted,
                         QRectF(x, m_y + baselineShift, labelWidth - u(4), height), Qt::AlignLeft,
                         f.label);
                drawText(fontOf(f), kInk, QRectF(x + labelWidth, m_y, valueWidth(c), height),
                         Qt::AlignLeft, f.value);
            }
            m_y += height + u(2.5);
        }
        skip(kSectionGap - 2.5);
    }

    /// A section heading, kept on the page with at least `keep` points after it.
    void heading(const QString& text, double keep = 40)
    {
        const double h = textHeight(m_fonts.heading, m_width, text);
        if (m_y > 0 && m_y + h + u(3) + u(keep) > m_bottom)
            newPage();
        drawText(m_fonts.heading, kInk, QRectF(0, m_y, m_width, h), Qt::AlignLeft, text);
        m_y += h + u(3);
    }

    /// Wrapped text in small grey type (or `font` and `colour`).
    void paragraph(const QString& text, const QFont* font = nullptr, const QColor& colour = kMuted)
    {
        const QFont& f = font ? *font : m_fonts.small;
        const double h = textHeight(f, m_width, text);
        ensure(h);
        drawText(f, colour, QRectF(0, m_y, m_width, h), Qt::AlignLeft, text);
        m_y += h + u(3);
    }

    void skip(double points = kSectionGap) { m_y += u(points); }

    /// A drawing of fixed height (the chart), on one page.
    void block(double heightPoints, const std::function<void(QPainter&, const QRectF&)>& draw)
    {
        const double h = u(heightPoints);
        ensure(h);
        if (m_painter)
            draw(*m_painter, QRectF(0, m_y, m_width, h));
        m_y += h;
    }

    /// A table under `headingText`, split across pages between rows with its heading
    /// ("continued") and column headers repeated. `empty` is said when there are no rows.
    void table(const QString& headingText, const QList<Column>& columns, const QList<Row>& rows,
               const QString& empty, int groupEnd = -1)
    {
        const QList<double> widths = columnWidths(columns);
        Row headerRow;
        for (const Column& c : columns)
            headerRow << Cell(c.header);
        const QFont& headerFont = m_fonts.smallStrong;
        const double headerHeight = measureRow(headerRow, widths, headerFont).total;
        if (rows.isEmpty()) {
            heading(headingText, 14);
            paragraph(empty, &m_fonts.body, kInk);
            skip(kSectionGap - 3);
            return;
        }
        // The heading, the column headers and two rows (or all, when fewer) stay together.
        double keep = headerHeight;
        for (int i = 0; i < std::min<int>(2, rows.size()); ++i)
            keep += measureRow(rows[i], widths, m_fonts.body).total;
        heading(headingText, keep / m_unit);
        drawRow(headerRow, widths, columns, headerFont, false);
        line(m_y, u(0.6), kInk);
        for (int i = 0; i < rows.size(); ++i) {
            if (m_y + measureRow(rows[i], widths, m_fonts.body).total > m_bottom) {
                newPage();
                heading(QCoreApplication::translate("Report", "%1 (continued)").arg(headingText),
                        0);
                drawRow(headerRow, widths, columns, headerFont, false);
                line(m_y, u(0.6), kInk);
            }
            drawRow(rows[i], widths, columns, m_fonts.body, i % 2 == 1);
            if (i + 1 == groupEnd && groupEnd < rows.size())
                line(m_y, u(0.6), kInk); // the end of the first group (alerts still raised)
        }
        line(m_y, u(0.6), kRule);
        skip();
    }

    /// Draws the footer of the last page.
    void finish() { footer(); }

private:
    /// Heights of a table row: its text lines, a detail under the whole row, the total.
    struct RowSize
    {
        double text = 0;
        double detailToEnd = 0;
        double total = 0;
    };

    double u(double points) const { return points * m_unit; }

    const QFont& fontOf(const Field& field) const
    {
        return field.strong ? m_fonts.textStrong : m_fonts.text;
    }

    double textHeight(const QFont& font, double width, const QString& text) const
    {
        const QFontMetricsF metrics(font, &m_device);
        if (text.isEmpty())
            return metrics.height();
        return metrics
            .boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap | Qt::AlignLeft, text)
            .height();
    }

    void drawText(const QFont& font, const QColor& colour, const QRectF& rect, Qt::Alignment align,
                  const QString& text)
    {
        if (!m_painter || text.isEmpty())
            return;
        m_painter->setFont(font);
        m_painter->setPen(colour);
        m_painter->drawText(rect, Qt::TextWordWrap | align | Qt::AlignTop, text);
    }

    void line(double y, double width, const QColor& colour)
    {
        if (!m_painter)
            return;
        m_painter->setPen(QPen(colour, width));
        m_painter->drawLine(QPointF(0, y), QPointF(m_width, y));
    }

    QList<double> columnWidths(const QList<Column>& columns) const
    {
        double fixed = 0;
        int flexible = 0;
        for (const Column& c : columns) {
            fixed += u(c.width);
            flexible += c.width <= 0 ? 1 : 0;
        }
        const double rest = std::max(u(30), m_width - fixed) / std::max(1, flexible);
        QList<double> widths;
        for (const Column& c : columns)
            widths << (c.width > 0 ? u(c.width) : rest);
        return widths;
    }

    double iconSpace() const { return u(11); }

    double cellTextWidth(const Cell& cell, double width) const
    {
        return std::max(u(10), width - u(2 * kPadX) - (cell.level ? iconSpace() : 0));
    }

    /// Width of a detail that runs from column `i` to the right edge.
    double detailToEndWidth(const QList<double>& widths, int i) const
    {
        double w = 0;
        for (int k = i; k < widths.size(); ++k)
            w += widths[k];
        return w - u(2 * kPadX);
    }

    const QFont& strongOf(const QFont& font) const
    {
        return &font == &m_fonts.small || &font == &m_fonts.smallStrong ? m_fonts.smallStrong
                                                                        : m_fonts.bodyStrong;
    }

    /// Height of a cell's text; none for an empty text above a detail.
    double cellTextHeight(const Cell& cell, const QFont& font, double width) const
    {
        if (cell.text.isEmpty() && !cell.detail.isEmpty())
            return 0;
        return textHeight(cell.strong ? strongOf(font) : font, width, cell.text);
    }

    RowSize measureRow(const Row& row, const QList<double>& widths, const QFont& font) const
    {
        RowSize size;
        size.text = textHeight(font, u(100), QString());
        for (int i = 0; i < row.size() && i < widths.size(); ++i) {
            const Cell& cell = row[i];
            const double w = cellTextWidth(cell, widths[i]);
            double h = cellTextHeight(cell, font, w);
            if (!cell.detail.isEmpty() && !cell.detailToEnd)
                h += textHeight(m_fonts.small, w, cell.detail);
            size.text = std::max(size.text, h);
            if (!cell.detail.isEmpty() && cell.detailToEnd)
                size.detailToEnd =
                    std::max(size.detailToEnd,
                             textHeight(m_fonts.small, detailToEndWidth(widths, i), cell.detail));
        }
        size.total = size.text + size.detailToEnd + u(2 * kPadY);
        return size;
    }

    void drawRow(const Row& row, const QList<double>& widths, const QList<Column>& columns,
                 const QFont& font, bool striped)
    {
        const RowSize size = measureRow(row, widths, font);
        if (m_painter) {
            if (striped)
                m_painter->fillRect(QRectF(0, m_y, m_width, size.total), kStripe);
            double x = 0;
            for (int i = 0; i < row.size() && i < widths.size(); ++i) {
                const Cell& cell = row[i];
                double tx = x + u(kPadX);
                const double ty = m_y + u(kPadY);
                if (cell.level) {
                    const double side = u(7.5);
                    LevelIcon::paint(*m_painter, QRectF(tx, ty + u(0.6), side, side), *cell.level);
                    tx += iconSpace();
                }
                const double w = cellTextWidth(cell, widths[i]);
                const QFont& f = cell.strong ? strongOf(font) : font;
                const double th = cellTextHeight(cell, font, w);
                drawText(f, kInk, QRectF(tx, ty, w, th), columns[i].align, cell.text);
                if (!cell.detail.isEmpty()) {
                    const double dw = cell.detailToEnd ? detailToEndWidth(widths, i) : w;
                    const double dy = cell.detailToEnd ? ty + size.text : ty + th;
                    drawText(m_fonts.small, kMuted,
                             QRectF(tx, dy, dw, textHeight(m_fonts.small, dw, cell.detail)),
                             cell.detailToEnd ? Qt::AlignLeft : columns[i].align, cell.detail);
                }
                x += widths[i];
            }
        }
        m_y += size.total;
    }

    void ensure(double height)
    {
        if (m_y > 0 && m_y + height > m_bottom)
            newPage();
    }

    void newPage()
    {
        footer();
        if (m_painter)
            static_cast<QPdfWriter&>(m_device).newPage();
        ++m_page;
        m_y = 0;
    }

    void footer()
    {
        if (!m_painter)
            return;
        const double top = m_device.height() - u(kFooterHeight) + u(8);
        line(top, u(0.5), kRule);
        const double h = textHeight(m_fonts.small, m_width, QStringLiteral("X"));
        const QRectF rect(0, top + u(3), m_width, h);
        drawText(m_fonts.small, kMuted, rect, Qt::AlignLeft, m_footer.left);
        drawText(m_fonts.small, kMuted, rect, Qt::AlignRight,
                 QCoreApplication::translate("Report", "%1 · Page %2 of %3")
                     .arg(m_footer.right)
                     .arg(m_page)
                     .arg(m_pageCount));
    }

    QPaintDevice& m_device;
    QPainter* m_painter;
    const Fonts& m_fonts;
    Footer m_footer;
    int m_pageCount;
    double m_unit; ///< device units per point
    double m_width;
    double m_bottom; ///< lowest y of the content, above the footer
    double m_y = 0;
    int m_page = 1;
};

/// Everything the report shows, read from the service once.
struct ReportData
{
    Bundle bundle;
    Evaluation evaluation;
    ProgressSeries series;
    SessionEffect sessionEffect; ///< "is massage helping?" as of asOf
    QDate from;                  ///< first day of the period
    QDate asOf;                  ///< last day of the period
};

bool inPeriod(const ReportData& d, const QDate& date)
{
    return date >= d.from && date <= d.asOf;
}

void writeHeader(Sheet& sheet, const ReportData& d)
{
    const Episode& episode = d.bundle.episode;
    const Evaluation& ev = d.evaluation;
    sheet.title(QCoreApplication::translate("Report", "Low back pain rehabilitation report"),
                QCoreApplication::translate(
                    "Report",
                    "From the patient's BackLog diary, for the physiotherapist. BackLog does not "
                    "diagnose; it supports clinical judgement."));

    const QString patient = episode.patientName.trimmed().isEmpty()
                                ? QCoreApplication::translate("Report", "not given")
                                : episode.patientName.trimmed();
    const QString position =
        ev.programDay >= 1 ? QCoreApplication::translate("Report", "Week %1, phase %2 (day %3)")
                                 .arg(ev.programWeek)
                                 .arg(phaseText(d.series, ev.phase))
                                 .arg(ev.programDay)
                           : QCoreApplication::translate("Report", "Not started (starts %1)")
                                 .arg(isoDate(episode.programStart));
    int entries = 0;
    for (const DailyEntry& e : d.bundle.entries)
        entries += inPeriod(d, e.date) ? 1 : 0;
    const qint64 days = std::max<qint64>(d.from.daysTo(d.asOf) + 1, 0);
    const auto rating = [](const std::optional<double>& value) {
        return value ? oneDecimal(*value) : QCoreApplication::translate("Report", "not given");
    };
    // (int(), not static_cast<int>(): lupdate misses a translate() call with a cast in it.)
    QString scoredOn = QCoreApplication::translate("Report", "a single 0–10 rating");
    if (!episode.activities.isEmpty()) {
        scoredOn =
            QCoreApplication::translate("Report", "the mean of %n important activities (PSFS): %1",
                                        nullptr, int(episode.activities.size()))
                .arg(episode.activities.join(QCoreApplication::translate("Report", "; ")));
    }
    const QList<Field> fields{
        {QCoreApplication::translate("Report", "Patient"), patient, true},
        {QCoreApplication::translate("Report", "Report period"),
         QCoreApplication::translate("Report", "%1 to %2").arg(isoDate(d.from), isoDate(d.asOf))},
        {QCoreApplication::translate("Report", "Pain began (onset)"), isoDate(episode.onsetDate)},
        {QCoreApplication::translate("Report", "As of %1").arg(isoDate(d.asOf)), position},
        {QCoreApplication::translate("Report", "Program start"),
         QCoreApplication::translate("Report", "%1 (day 1)").arg(isoDate(episode.programStart))},
        {QCoreApplication::translate("Report", "Duration class"), durationText(ev.durationClass)},
        {QCoreApplication::translate("Report", "Days with an entry"),
         QCoreApplication::translate("Report", "%1 of %2").arg(entries).arg(days)},
        {QCoreApplication::translate("Report", "Onboarding ratings"),
         QCoreApplication::translate("Report", "pain %1, function %2")
             .arg(rating(episode.baselinePain), rating(episode.baselineFunction))},
        {QCoreApplication::translate("Report", "Function scored on"), scoredOn, false, true},
    };
    sheet.fields(fields);

    // Red flags first: what the app keeps on top of its window is said here too.
    if (ev.needsBanner()) {
        int urgent = 0;
        for (const Alert& a : ev.needingAttention())
            urgent += a.level <= AlertLevel::StopMassage ? 1 : 0;
        sheet.paragraph(QCoreApplication::translate(
                            "Report",
                            "Needs attention: %n emergency, urgent or stop-massage alert(s) not "
                            "acknowledged; see the alert log.",
                            nullptr, urgent),
                        &sheet.fonts().textStrong, kInk);
        sheet.skip(kSectionGap - 3);
    }
}

void writeSummary(Sheet& sheet, const ReportData& d)
{
    const QList<Column> columns{
        {QCoreApplication::translate("Report", "Score"), 132},
        {QCoreApplication::translate("Report", "Baseline"), 46, Qt::AlignRight},
        {QCoreApplication::translate("Report", "Now (7-day mean)"), 86, Qt::AlignRight},
        {QCoreApplication::translate("Report", "Change"), 76, Qt::AlignRight},
        {QCoreApplication::translate("Report", "% change"), 50, Qt::AlignRight},
        {QCoreApplication::translate("Report", "Response status"), 0}};
    const auto row = [](const QString& name, const QString& direction, const ScoreSummary& s,
                        bool lowerIsBetter) {
        const auto value = [](const std::optional<double>& v) {
            return v ? oneDecimal(*v) : QCoreApplication::translate("Report", "not yet");
        };
        QString change = QStringLiteral("–");
        if (s.change) {
            const QString way =
                std::abs(*s.change) < 0.05 ? QCoreApplication::translate("Report", "no change")
                : (*s.change < 0) == lowerIsBetter ? QCoreApplication::translate("Report", "better")
                                                   : QCoreApplication::translate("Report", "worse");
            change = QCoreApplication::translate("Report", "%1 (%2)")
                         .arg(signedNumber(*s.change, 1), way);
        }
        const QString percent = s.percentChange ? QCoreApplication::translate("Report", "%1 %")
                                                      .arg(signedNumber(*s.percentChange, 0))
                                                : QStringLiteral("–");
        return Row{Cell(name, direction, true),
                   Cell(value(s.baseline)),
                   Cell(value(s.now)),
                   Cell(change),
                   Cell(percent),
                   Cell(responseText(s.status))};
    };
    const QList<Row> rows{
        row(QCoreApplication::translate("Report", "Pain (0–10)"),
            QCoreApplication::translate("Report", "0 = no pain · lower is better"), d.series.pain,
            true),
        row(QCoreApplication::translate("Report", "Function (0–10)"),
            QCoreApplication::translate("Report", "10 = as before · higher is better"),
            d.series.function, false)};
    sheet.table(QCoreApplication::translate("Report", "Summary as of %1").arg(isoDate(d.asOf)),
                columns, rows, QString());
}

void writeMethod(Sheet& sheet)
{
    sheet.paragraph(QCoreApplication::translate(
        "Report", "How these figures are computed. Baseline: the mean of the first 3 entries of "
                  "program week 1 (the onboarding rating until there are 3). Now: the mean of the "
                  "last 7 days, given only when at least 4 of them have an entry. Significant "
                  "improvement in pain: the 7-day mean at least 2 points or at least 30 % below "
                  "baseline (Ostelo 2008, Farrar 2001); worsening: 2 points or more above it. "
                  "Function: a change of at least 2 points (PSFS, Stratford 1995). A week is "
                  "consistent when sessions done / planned and the self-care ratio are both at "
                  "least 0.75; only weeks that have ended are scored."));
    sheet.skip(kSectionGap - 3);
}

void writeChart(Sheet& sheet, const ReportData& d, double height)
{
    sheet.heading(QCoreApplication::translate("Report", "Progress over the program"), height);
    sheet.block(height, [&d](QPainter& painter, const QRectF& target) {
        painter.save();
        drawProgressChart(painter, target, d.series, ChartOptions{ChartWindow::All, true});
        painter.restore();
    });
    sheet.skip(4);
}

void writeAdherence(Sheet& sheet, const ReportData& d)
{
    const QList<Column> columns{
        {QCoreApplication::translate("Report", "Week"), 34, Qt::AlignRight},
        {QCoreApplication::translate("Report", "Dates"), 128},
        {QCoreApplication::translate("Report", "Phase"), 96},
        {QCoreApplication::translate("Report", "Sessions (done / planned)"), 118, Qt::AlignRight},
        {QCoreApplication::translate("Report", "Self-care ratio"), 72, Qt::AlignRight},
        {QCoreApplication::translate("Report", "Consistent"), 0}};
    const QLocale locale;
    QList<Row> rows;
    for (const WeekAdherence& w : d.evaluation.weeks) {
        const QDate first = d.bundle.episode.programStart.addDays(7 * (w.week - 1));
        const QDate last = first.addDays(6);
        if (last < d.from)
            continue;
        // A week with a day on hold plans no session (clinical.md 3): stopping massage when
        // told to is following the plan.
        const QString sessions =
            w.onHold ? QCoreApplication::translate("Report", "%1 / 0 (massage on hold)")
                           .arg(w.sessionsDone)
            : w.sessionsPlanned > 0
                ? QCoreApplication::translate("Report", "%1 / %2")
                      .arg(w.sessionsDone)
                      .arg(w.sessionsPlanned)
                : QCoreApplication::translate("Report", "%1 / as needed").arg(w.sessionsDone);
        rows << Row{Cell(QString::number(w.week)),
                    Cell(QCoreApplication::translate("Report", "%1 to %2")
                             .arg(isoDate(first), isoDate(last))),
                    Cell(phaseText(d.series, w.phase)),
                    Cell(sessions),
                    Cell(locale.toString(roundToHundredth(w.selfCareRatio), 'f', 2)),
                    Cell(yesNo(w.consistent), {}, !w.consistent)};
    }
    sheet.table(QCoreApplication::translate("Report", "Weekly adherence"), columns, rows,
                QCoreApplication::translate("Report", "No program week has ended yet."));
}

void writeSessions(Sheet& sheet, const ReportData& d)
{
    const QList<Column> columns{
        {QCoreApplication::translate("Report", "Date"), 58},
        {QCoreApplication::translate("Report", "Minutes"), 42, Qt::AlignRight},
        {QCoreApplication::translate("Report", "Kind"), 96},
        {QCoreApplication::translate("Report", "Therapist"), 80},
        {QCoreApplication::translate("Report", "Shooting pain"), 70},
        {QCoreApplication::translate("Report", "Numbness"), 54},
        {QCoreApplication::translate("Report", "Note"), 0}};
    const Episode& episode = d.bundle.episode;
    // The plan's checks see every session up to the as-of date, as the app did.
    QList<Session> known;
    for (const Session& s : d.bundle.sessions)
        if (s.date <= d.asOf)
            known << s;
    // One check of the whole list, as the Sessions page makes it: "above plan" only for the
    // sessions beyond the week's count, and the days on hold from the one predicate.
    const QList<SessionCheck> sessionChecked = sessionChecks(episode, known, d.evaluation.hold);
    QList<Row> rows;
    for (qsizetype i = 0; i < known.size(); ++i) {
        const Session& s = known.at(i);
        if (s.date < d.from)
            continue;
        const SessionCheck& check = sessionChecked.at(i);
        const SessionGuidance& g = check.guidance;
        QStringList checks;
        if (g.shorterThanRange)
            checks << QCoreApplication::translate("Report", "shorter than 30–60 min");
        if (g.longerThanRange)
            checks << QCoreApplication::translate("Report", "longer than 30–60 min");
        if (g.abovePlan)
            checks << QCoreApplication::translate("Report", "above plan this week");
        if (g.isFirstAcuteSession && g.outsideWindow)
            checks << QCoreApplication::translate("Report", "first session outside %1 to %2")
                          .arg(isoDate(g.windowStart), isoDate(g.windowEnd));
        QStringList detail;
        if (check.onHold())
            detail << QCoreApplication::translate("Report", "Logged while massage was on hold: %1.")
                          .arg(holdText(d.evaluation.hold, s.date));
        if (!checks.isEmpty())
            detail << QCoreApplication::translate("Report", "Plan check: %1")
                          .arg(checks.join(QCoreApplication::translate("Report", "; ")));
        std::optional<AlertLevel> sign;
        if (check.onHold())
            sign = AlertLevel::StopMassage;
        rows << Row{Cell(isoDate(s.date), {}, check.onHold()),
                    Cell(QString::number(s.minutes)),
                    Cell(sessionKindLabel(s.kind)),
                    Cell(s.therapist),
                    Cell(yesNo(s.shootingPain), {}, s.shootingPain),
                    Cell(yesNo(s.numbness), {}, s.numbness),
                    Cell(s.note.trimmed(), detail.join(u' '), false, sign)};
    }
    sheet.table(QCoreApplication::translate("Report", "Massage sessions"), columns, rows,
                QCoreApplication::translate("Report", "No session was logged in this period."));
}

void writeAlerts(Sheet& sheet, const ReportData& d)
{
    const QList<Column> columns{
        {QCoreApplication::translate("Report", "Date"), 58},
        {QCoreApplication::translate("Report", "Level"), 94},
        {QCoreApplication::translate("Report", "Rule, and why it fired"), 0},
        {QCoreApplication::translate("Report", "Acknowledged"), 94}};
    // Alerts still raised come first, most urgent and newest first, whatever their date;
    // then the acknowledged ones of the period, oldest first.
    QList<Alert> alerts = d.evaluation.raised();
    const int raised = static_cast<int>(alerts.size());
    for (const Alert& a : d.evaluation.alerts)
        if (a.isAcknowledged() && inPeriod(d, a.date))
            alerts << a;
    QList<Row> rows;
    for (const Alert& a : alerts) {
        const RuleInfo* rule = findRule(a.rule);
        const QString what =
            rule ? QCoreApplication::translate("Report", "%1 · %2").arg(a.rule, ruleTitle(*rule))
                 : a.rule;
        rows << Row{
            Cell(isoDate(a.date)), Cell(levelTitle(a.level), {}, false, a.level),
            Cell(what, a.data, false, {}, true),
            a.isAcknowledged()
                ? Cell(isoDate(a.acknowledged))
                : Cell(QCoreApplication::translate("Report", "Not acknowledged"), {}, true)};
    }
    const QString heading =
        raised > 0 ? QCoreApplication::translate("Report", "Alerts (%n still raised, listed first)",
                                                 nullptr, raised)
                   : QCoreApplication::translate("Report", "Alerts");
    sheet.table(heading, columns, rows,
                QCoreApplication::translate("Report", "No alert in this period."), raised);
}

void writeScreening(Sheet& sheet, const ReportData& d)
{
    const Screening& s = d.bundle.episode.screening;
    const QString surgery =
        s.surgeryDate.isValid()
            ? QCoreApplication::translate("Report", "surgery on %1").arg(isoDate(s.surgeryDate))
            : QString();
    // Two answers a row: the questions are short and mostly answered no.
    struct Answer
    {
        QString question;
        bool yes;
        QString detail;
    };
    // In the order of screeningQuestions().
    QList<Answer> answers{
        {QCoreApplication::translate("Report", "Began after a fall, accident or other injury"),
         s.trauma,
         {}},
        {QCoreApplication::translate("Report", "Cancer, now or in the past"), s.cancer, {}},
        {QCoreApplication::translate("Report", "Unexplained weight loss or fever with the pain"),
         s.weightFever,
         {}},
        {QCoreApplication::translate("Report", "Long-term steroids, weak immunity or IV drug use"),
         s.immuno,
         {}},
        {QCoreApplication::translate("Report", "Diagnosed disc herniation with leg symptoms"),
         s.discLeg,
         {}},
        {QCoreApplication::translate("Report", "Back surgery in the last 6 weeks"), s.surgery6w,
         surgery},
        {QCoreApplication::translate("Report", "Severe osteoporosis"), s.osteoporosis, {}},
        {QCoreApplication::translate("Report", "Over 50, first back pain like this"),
         s.ageOver50,
         {}},
        {QCoreApplication::translate("Report", "Signs of inflammatory back pain"),
         s.inflammatory,
         {}},
        {QCoreApplication::translate("Report",
                                     "Infection, spinal injection or operation (3 months)"),
         s.infection,
         {}},
        {QCoreApplication::translate("Report", "Blood thinners or a bleeding disorder"),
         s.anticoag,
         {}},
        {QCoreApplication::translate("Report", "Known aortic aneurysm"), s.aorta, {}},
    };
    // A "yes" given on re-screening says when (clinical.md 4.1: it counts from that day).
    for (int i = 0; i < answers.size(); ++i) {
        const QDate day = s.answered.value(QLatin1String(screeningQuestions()[i].id));
        if (answers[i].yes && day.isValid()) {
            const QString when =
                QCoreApplication::translate("Report", "answered yes on %1").arg(isoDate(day));
            answers[i].detail = answers[i].detail.isEmpty()
                                    ? when
                                    : answers[i].detail + QStringLiteral("; ") + when;
        }
    }
    const QString question = QCoreApplication::translate("Report", "Question");
    const QString answer = QCoreApplication::translate("Report", "Answer");
    const QList<Column> columns{{question, 0}, {answer, 40}, {question, 0}, {answer, 40}};
    QList<Row> rows;
    const int half = static_cast<int>((answers.size() + 1) / 2);
    for (int i = 0; i < half; ++i) {
        Row row;
        for (const int k : {i, i + half})
            if (k < answers.size())
                row << Cell(answers[k].question, answers[k].detail)
                    << Cell(yesNo(answers[k].yes), {}, answers[k].yes);
        rows << row;
    }
    sheet.table(QCoreApplication::translate("Report", "Screening answers (a yes raises its alert)"),
                columns, rows, QString());
}

void writeNotes(Sheet& sheet, const ReportData& d)
{
    const QList<Column> columns{{QCoreApplication::translate("Report", "Date"), 58},
                                {QCoreApplication::translate("Report", "Note"), 0}};
    QList<Row> rows;
    for (const DailyEntry& e : d.bundle.entries)
        if (inPeriod(d, e.date) && !e.note.trimmed().isEmpty())
            rows << Row{Cell(isoDate(e.date)), Cell(e.note.trimmed())};
    sheet.table(QCoreApplication::translate("Report", "The patient's daily notes"), columns, rows,
                QCoreApplication::translate("Report", "No note in this period."));
}

/// "Is massage helping?": the analysis in one short section, with the method named.
void writeSessionEffect(Sheet& sheet, const ReportData& d)
{
    const SessionEffect& e = d.sessionEffect;
    if (e.sessionsUsed == 0)
        return; // no session to speak of
    QString text = QCoreApplication::translate("Report", "Is massage helping? %1")
                       .arg(sessionEffectVerdictText(e, Reader::Physiotherapist));
    if (e.effect && e.low && e.high && e.pValue) {
        text += QLatin1Char(' ') +
                QCoreApplication::translate(
                    "Report", "Effect on the two days after a session: %1 points (95 % interval "
                              "%2 to %3; %4; %5 usable sessions; short term only, not cause). "
                              "Method: %6.")
                    .arg(signedNumber(roundHalfUp(*e.effect, 2), 2),
                         signedNumber(roundHalfUp(*e.low, 2), 2),
                         signedNumber(roundHalfUp(*e.high, 2), 2), pValueText(*e.pValue))
                    .arg(e.sessionsUsed)
                    .arg(sessionEffectMethodText());
    }
    sheet.paragraph(text, &sheet.fonts().small, kInk);
    sheet.skip(kSectionGap - 3);
}

/// Lays the whole report out; returns the number of pages.
int layOut(QPdfWriter& writer, QPainter* painter, const Fonts& fonts, const Footer& footer,
           int pageCount, const ReportData& d, const ReportOptions& options, double chartHeight)
{
    Sheet sheet(writer, painter, fonts, footer, pageCount);
    writeHeader(sheet, d);
    writeSummary(sheet, d);
    writeChart(sheet, d, chartHeight);
    writeMethod(sheet);
    writeSessionEffect(sheet, d);
    writeAdherence(sheet, d);
    writeSessions(sheet, d);
    writeAlerts(sheet, d);
    writeScreening(sheet, d);
    if (options.includeNotes)
        writeNotes(sheet, d);
    sheet.finish();
    return sheet.pages();
}

bool isLetterTerritory(QLocale::Territory territory)
{
    // Unicode CLDR supplemental data, paperSize "US-Letter".
    switch (territory) {
    case QLocale::Belize:
    case QLocale::Canada:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::CostaRica:
    case QLocale::Guatemala:
    case QLocale::Mexico:
    case QLocale::Nicaragua:
    case QLocale::Panama:
    case QLocale::Philippines:
    case QLocale::PuertoRico:
    case QLocale::ElSalvador:
    case QLocale::UnitedStates:
    case QLocale::Venezuela:
        return true;
    default:
        return false;
    }
}

} // namespace

QPageSize::PageSizeId defaultPaper(const QLocale& locale)
{
    return isLetterTerritory(locale.territory()) ? QPageSize::Letter : QPageSize::A4;
}

Result<QByteArray> renderReport(const DiaryService& service, const ReportOptions& options)
{
    if (!qobject_cast<QApplication*>(QCoreApplication::instance()))
        return failure(QCoreApplication::translate(
            "Report", "The report needs a QApplication (an offscreen one will do)."));
    if (!service.hasEpisode() || !service.episode()->programStart.isValid())
        return badInput(QCoreApplication::translate(
            "Report", "The episode has no program start date, so there is nothing to "
                      "report."));
    const QDate asOf = options.to.isValid() ? options.to : service.evaluationDate();

    ReportData d{service.toBundle(),
                 service.evaluationAsOf(asOf),
                 {},
                 service.sessionEffectAsOf(asOf),
                 {},
                 asOf};
    const Episode& episode = d.bundle.episode;
    d.series = service.progress(d.evaluation);
    d.from = options.from.isValid()     ? options.from
             : d.series.first.isValid() ? std::min(d.series.first, asOf)
                                        : std::min(episode.programStart, asOf);
    if (d.from > asOf)
        return badInput(QCoreApplication::translate(
                            "Report", "The report period starts on %1, after its end on %2.")
                            .arg(isoDate(d.from), isoDate(asOf)));

    const QDateTime generated =
        options.generatedAt.isValid() ? options.generatedAt : QDateTime::currentDateTime();
    const QString version = QStringLiteral(BACKLOG_VERSION);
    const QString patient = episode.patientName.trimmed();
    const Footer footer{
        patient.isEmpty()
            ? QCoreApplication::translate("Report", "Report as of %1").arg(isoDate(asOf))
            : QCoreApplication::translate("Report", "%1 · report as of %2")
                  .arg(patient, isoDate(asOf)),
        QCoreApplication::translate("Report", "Generated %1 by BackLog %2")
            .arg(generated.toString(QStringLiteral("yyyy-MM-dd HH:mm")), version)};

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(kResolution);
    writer.setCreator(QStringLiteral("BackLog %1").arg(version));
    writer.setTitle(
        patient.isEmpty()
            ? QCoreApplication::translate("Report", "Low back pain rehabilitation report")
            : QCoreApplication::translate("Report", "Low back pain rehabilitation report: %1")
                  .arg(patient));
    if (!writer.setPageLayout(QPageLayout(
            QPageSize(options.paper), QPageLayout::Portrait,
            QMarginsF(kMarginSide, kMarginTop, kMarginSide, kMarginBottom), QPageLayout::Point)))
        return failure(
            QCoreApplication::translate("Report", "The report cannot be laid out on this paper."));

    const Fonts fonts = makeFonts();
    // Measure first: the largest chart that keeps the report on two pages (eight weeks
    // fit), or the largest chart when nothing does; that pass also counts the pages.
    double chartHeight = kChartHeights[0];
    for (const double height : kChartHeights) {
        const int n = layOut(writer, nullptr, fonts, footer, 0, d, options, height);
        if (n <= 2) {
            chartHeight = height;
            break;
        }
        if (n > 3) // a smaller chart saves a few lines, never a page
            break;
    }
    const int pages = layOut(writer, nullptr, fonts, footer, 0, d, options, chartHeight);

    QPainter painter;
    if (!painter.begin(&writer))
        return failure(QCoreApplication::translate("Report", "The report could not be drawn."));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    layOut(writer, &painter, fonts, footer, pages, d, options, chartHeight);
    if (!painter.end())
        return failure(QCoreApplication::translate("Report", "The report could not be drawn."));
    return buffer.data();
}

Status writeReport(const DiaryService& service, const ReportOptions& options, const QString& path)
{
    if (const QString why = service.unwritableTarget(path); !why.isEmpty())
        return badInput(why);
    const Result<QByteArray> pdf = renderReport(service, options);
    if (!pdf)
        return pdf.error();
    return writeFileSafely(path, pdf.value());
}

Status writeChart(const DiaryService& service, const ChartExportOptions& options,
                  const QString& path)
{
    if (const QString why = service.unwritableTarget(path); !why.isEmpty())
        return badInput(why);
    if (!service.hasEpisode())
        return badInput(QCoreApplication::translate(
            "Report", "The episode has no program start date, so there is nothing to "
                      "report."));
    const QDate asOf = options.asOf.isValid() ? options.asOf : service.evaluationDate();
    ChartOptions chart;
    chart.window = options.window;
    chart.forPrint = true;
    return saveChartImage(service.progressAsOf(asOf), chart, path, options.size);
}

} // namespace backlog
