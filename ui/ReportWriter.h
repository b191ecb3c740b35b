// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "exchange/Bundle.h"

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
    /// Optional period. The report is "as of" `to`, or the bundle's last day when `to` is
    /// null; sessions, alerts, weeks and notes before `from` are left out of the logs.
    QDate from;
    QDate to;
    QDateTime generatedAt; ///< shown in the footer; now when null
};

/// Renders the report for the physiotherapist (product.md item 8) as PDF bytes: episode
/// header, summary, the progress chart as vector graphics, weekly adherence, session log,
/// alert log with acknowledgements, screening answers, optional notes. Eight weeks fit on
/// two A4 or Letter pages. Needs a QApplication (offscreen is enough), not a display.
Result<QByteArray> renderReport(const Bundle& bundle, const ReportOptions& options);

/// Renders the report and writes it to `path` atomically (QSaveFile): a failure leaves no
/// file behind and names the path in its message.
Status writeReport(const Bundle& bundle, const ReportOptions& options, const QString& path);

} // namespace backlog
