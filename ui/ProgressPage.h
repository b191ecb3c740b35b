// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Pages.h"
#include "ProgressChart.h"
#include "Result.h"

#include <QFileDialog>
#include <QPointer>
#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace backlog {

/// Progress (product.md item 5): the chart with its window selector (4 weeks, 8 weeks,
/// all) and, beside it, the summary of pain and function against their baselines; the
/// chart can be exported alone as PNG, SVG or PDF.
class ProgressPage : public QWidget
{
    Q_OBJECT

public:
    /// Rows of the summary table.
    enum SummaryRow { BaselineRow, NowRow, ChangeRow, PercentRow, StatusRow, SummaryRowCount };
    /// Columns of the summary table.
    enum SummaryColumn { PainColumn, FunctionColumn, SummaryColumnCount };

    explicit ProgressPage(PageContext& context, QWidget* parent = nullptr);

    ProgressChart* chart() const { return m_chart; }
    /// The selector button of a window.
    QAbstractButton* windowButton(ChartWindow window) const;
    QTableWidget* summaryTable() const { return m_summary; }
    QPushButton* exportButton() const { return m_export; }
    /// The save dialog while it is open (null otherwise).
    QFileDialog* exportDialog() const { return m_dialog; }
    /// The line under the chart saying where the chart was last saved, or why it was not.
    QLabel* exportStatusLabel() const { return m_exportStatus; }
    /// True while the diary has no episode and the page says progress shows after setup.
    bool showsSetupNotice() const;
    /// The series the page shows.
    const ProgressSeries& series() const;

public Q_SLOTS:
    /// Reads the diary, the evaluation and today's date again.
    void refresh();
    /// Opens the save dialog (non-modal; `exportChartTo` runs when a file is chosen).
    void exportChart();
    /// Saves the chart, in the window shown, as PNG, SVG or PDF by the suffix of `path`.
    Status exportChartTo(const QString& path);

private:
    void refreshSummary();

    PageContext m_context;
    QStackedWidget* m_stack;
    QWidget* m_setupNotice;
    QWidget* m_content;
    ProgressChart* m_chart;
    QButtonGroup* m_windows;
    QTableWidget* m_summary;
    QLabel* m_summaryNote;
    QPushButton* m_export;
    QLabel* m_exportStatus;
    QPointer<QFileDialog> m_dialog;
};

} // namespace backlog
