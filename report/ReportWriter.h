// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DiaryService.h"
#include "ProgressChart.h"
#include "Result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QPageSize>
#include <QString>

namespace backlog {

/// The paper of the locale's territory: Letter where it is the norm (United States,
/// Canada, Mexico, the Philippines and parts of Central and South America, as in the
/// Unicode CLDR), A4 everywhere else.
QPageSize::PageSizeId defaultPaper(const QLocale& locale = QLocale());

/// What goes into the physiotherapist's report and on what paper.
struct ReportOptions
{
    QPageSize::PageSizeId paper = defaultPaper(); ///< A4 or Letter (any QPageSize works)
    bool includeNotes = false; ///< the patient's daily notes; private unless asked for
    /// Optional period. The report is "as of" `to`, or the service's evaluation date when
    /// `to` is null; sessions, alerts, weeks and notes before `from` are left out of the
    /// logs.
    QDate from;
    QDate to;
    QDateTime generatedAt; ///< shown in the footer; now when null
};

/// Renders the report for the physiotherapist (product.md item 8) as PDF bytes, from the
/// values of the one service: episode header, summary, the progress chart as vector
/// graphics, weekly adherence, session log, alert log with acknowledgements, screening
/// answers, optional notes. Eight weeks fit on two A4 or Letter pages. Needs a
/// QApplication (offscreen is enough), not a display.
[[nodiscard]] Result<QByteArray> renderReport(const DiaryService& service,
                                              const ReportOptions& options);

/// Renders the report and writes it to `path` atomically (QSaveFile): a failure leaves no
/// file behind and names the path in its message. Both programs export through it.
[[nodiscard]] Status writeReport(const DiaryService& service, const ReportOptions& options,
                                 const QString& path);

/// What the chart alone is drawn with.
struct ChartExportOptions
{
    ChartWindow window = ChartWindow::All; ///< the weeks shown
    QDate asOf;                            ///< the service's evaluation date when null
    QSize size{1280, 800};                 ///< pixels of a PNG; points of an SVG or PDF
};

/// Writes the progress chart alone, in print colours, to `path` as PNG, SVG or PDF (by its
/// suffix), atomically. Both programs export the chart through it.
[[nodiscard]] Status writeChart(const DiaryService& service, const ChartExportOptions& options,
                                const QString& path);

} // namespace backlog
