// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgressPage.h"

#include "DiaryService.h"
#include "ReportWriter.h"

#include <QButtonGroup>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

namespace backlog {

namespace {

QString signedNumber(double value, int decimals)
{
    const QLocale locale;
    // A change that rounds to zero is shown as 0, never as "-0.0".
    if (std::abs(value) < 0.5 * std::pow(10.0, -decimals))
        return locale.toString(0.0, 'f', decimals);
    const QString text = locale.toString(std::abs(value), 'f', decimals);
    return value > 0 ? locale.positiveSign() + text : locale.negativeSign() + text;
}

/// "better" or "worse" for a change of a score where lower (pain) or higher (function) is
/// better.
QString direction(double change, bool lowerIsBetter)
{
    if (std::abs(change) < 0.05)
        return ProgressPage::tr("no change");
    return (change < 0) == lowerIsBetter ? ProgressPage::tr("better") : ProgressPage::tr("worse");
}

QString statusText(Response status)
{
    switch (status) {
    case Response::Improving:
        return ProgressPage::tr("Improving");
    case Response::Worsening:
        return ProgressPage::tr("Worsening");
    case Response::NoChange:
        return ProgressPage::tr("No significant change");
    case Response::Unknown:
        break;
    }
    return ProgressPage::tr("Not known yet");
}

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return item;
}

} // namespace

ProgressPage::ProgressPage(PageContext& context, QWidget* parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("progressPage"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("progressStackedWidget"));
    outer->addWidget(m_stack);

    m_setupNotice = new QWidget(m_stack);
    auto* noticeLayout = new QVBoxLayout(m_setupNotice);
    auto* notice = new QLabel(tr("Your progress shows here after setup: daily pain and function, "
                                 "their 7-day means against your baseline, the phases of the "
                                 "plan, your sessions and any alerts."),
                              m_setupNotice);
    notice->setObjectName(QStringLiteral("setupNoticeLabel"));
    notice->setAccessibleName(tr("Progress shows after setup"));
    notice->setWordWrap(true);
    notice->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    noticeLayout->addWidget(notice);
    noticeLayout->addStretch();
    m_stack->addWidget(m_setupNotice);

    m_content = new QWidget(m_stack);
    m_content->setObjectName(QStringLiteral("progressContentWidget"));
    auto* layout = new QVBoxLayout(m_content);

    // The window selector and the export button above the chart.
    auto* bar = new QHBoxLayout;
    auto* showLabel = new QLabel(tr("Show:"), m_content);
    showLabel->setObjectName(QStringLiteral("windowLabel"));
    bar->addWidget(showLabel);
    m_windows = new QButtonGroup(this);
    m_windows->setObjectName(QStringLiteral("windowButtonGroup"));
    const struct
    {
        ChartWindow window;
        QString text;
        QString accessible;
        QString name;
    } windows[] = {
        {ChartWindow::FourWeeks, tr("&4 weeks"), tr("Show 4 weeks"),
         QStringLiteral("fourWeeksRadioButton")},
        {ChartWindow::EightWeeks, tr("&8 weeks"), tr("Show 8 weeks"),
         QStringLiteral("eightWeeksRadioButton")},
        {ChartWindow::All, tr("&All"), tr("Show the whole episode"),
         QStringLiteral("allRadioButton")},
    };
    for (const auto& w : windows) {
        auto* button = new QRadioButton(w.text, m_content);
        button->setObjectName(w.name);
        button->setAccessibleName(w.accessible);
        button->setAccessibleDescription(tr("How much of the program the chart shows"));
        button->setMinimumHeight(32); // a large target for an unsteady hand
        m_windows->addButton(button, static_cast<int>(w.window));
        bar->addWidget(button);
    }
    showLabel->setBuddy(m_windows->button(static_cast<int>(ChartWindow::FourWeeks)));
    bar->addStretch();
    m_export = new QPushButton(tr("E&xport chart…"), m_content);
    m_export->setObjectName(QStringLiteral("exportChartButton"));
    m_export->setAccessibleName(tr("Export the chart as an image or PDF"));
    m_export->setToolTip(tr("Save the chart alone as PNG, SVG or PDF"));
    m_export->setMinimumHeight(32);
    bar->addWidget(m_export);
    layout->addLayout(bar);

    // The chart, and the summary beside it.
    auto* row = new QHBoxLayout;
    m_chart = new ProgressChart(m_content);
    m_chart->setMinimumSize(480, 360);
    m_chart->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    row->addWidget(m_chart, 1);

    auto* summaryBox = new QGroupBox(tr("Summary"), m_content);
    summaryBox->setObjectName(QStringLiteral("summaryGroupBox"));
    auto* summaryLayout = new QVBoxLayout(summaryBox);
    m_summary = new QTableWidget(SummaryRowCount, SummaryColumnCount, summaryBox);
    m_summary->setObjectName(QStringLiteral("summaryTableWidget"));
    m_summary->setAccessibleName(tr("Summary: pain and function against their baselines"));
    m_summary->setHorizontalHeaderLabels(
        {tr("Pain\n(lower is better)"), tr("Function\n(higher is better)")});
    m_summary->setVerticalHeaderLabels(
        {tr("Baseline"), tr("Now (7-day mean)"), tr("Change"), tr("% change"), tr("Response")});
    m_summary->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->setSelectionMode(QAbstractItemView::SingleSelection);
    m_summary->setTabKeyNavigation(false); // Tab leaves the table
    m_summary->setWordWrap(true);
    m_summary->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_summary->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_summary->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_summary->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_summary->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_summary->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    summaryLayout->addWidget(m_summary);
    m_summaryNote = new QLabel(
        tr("Now is the mean of the last 7 days (it needs 4 entries). The response is "
           "significant: pain improves at 2 points or 30 % below the baseline and worsens at "
           "2 points above it; function changes count from 2 points. Not known yet means too "
           "few entries for a 7-day mean."),
        summaryBox);
    m_summaryNote->setObjectName(QStringLiteral("summaryNoteLabel"));
    m_summaryNote->setWordWrap(true);
    m_summaryNote->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    summaryLayout->addWidget(m_summaryNote);
    summaryLayout->addStretch();
    summaryBox->setMaximumWidth(380);
    row->addWidget(summaryBox, 0);
    layout->addLayout(row, 1);

    m_exportStatus = new QLabel(m_content);
    m_exportStatus->setObjectName(QStringLiteral("exportStatusLabel"));
    m_exportStatus->setAccessibleName(tr("Chart export"));
    m_exportStatus->setWordWrap(true);
    m_exportStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportStatus->hide();
    layout->addWidget(m_exportStatus);
    m_stack->addWidget(m_content);

    m_windows->button(static_cast<int>(m_chart->window()))->setChecked(true);
    connect(m_windows, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked)
            m_chart->setWindow(static_cast<ChartWindow>(id));
    });
    connect(m_chart, &ProgressChart::windowChanged, this, [this](ChartWindow window) {
        if (QAbstractButton* button = m_windows->button(static_cast<int>(window)))
            button->setChecked(true);
    });
    connect(m_export, &QPushButton::clicked, this, &ProgressPage::exportChart);
    setTabOrder(m_windows->button(0), m_windows->button(1));
    setTabOrder(m_windows->button(1), m_windows->button(2));
    setTabOrder(m_windows->button(2), m_export);
    setTabOrder(m_export, m_summary);

    connect(&m_context.service, &DiaryService::changed, this, &ProgressPage::refresh);
    refresh();
}

QAbstractButton* ProgressPage::windowButton(ChartWindow window) const
{
    return m_windows->button(static_cast<int>(window));
}

bool ProgressPage::showsSetupNotice() const
{
    return m_stack->currentWidget() == m_setupNotice;
}

const ProgressSeries& ProgressPage::series() const
{
    return m_chart->series();
}

void ProgressPage::refresh()
{
    const DiaryService& service = m_context.service;
    if (!service.hasEpisode()) {
        m_stack->setCurrentWidget(m_setupNotice);
        m_chart->setSeries(ProgressSeries{});
        refreshSummary();
        return;
    }
    m_stack->setCurrentWidget(m_content);
    m_chart->setSeries(service.progressAsOf(service.today()));
    refreshSummary();
}

void ProgressPage::refreshSummary()
{
    const ProgressSeries& s = m_chart->series();
    const QLocale locale;
    const auto fill = [&](int column, const ScoreSummary& score, bool lowerIsBetter) {
        const auto value = [&](const std::optional<double>& v) {
            return v ? locale.toString(*v, 'f', 1) : tr("not yet");
        };
        m_summary->setItem(BaselineRow, column, cell(value(score.baseline)));
        m_summary->setItem(NowRow, column, cell(value(score.now)));
        m_summary->setItem(ChangeRow, column,
                           cell(score.change
                                    ? tr("%1 (%2)").arg(signedNumber(*score.change, 1),
                                                        direction(*score.change, lowerIsBetter))
                                    : QStringLiteral("–")));
        m_summary->setItem(PercentRow, column,
                           cell(score.percentChange
                                    ? tr("%1 %").arg(signedNumber(*score.percentChange, 0))
                                    : QStringLiteral("–")));
        m_summary->setItem(StatusRow, column, cell(statusText(score.status)));
    };
    fill(PainColumn, s.pain, true);
    fill(FunctionColumn, s.function, false);
    m_summary->resizeRowsToContents();
}

void ProgressPage::exportChart()
{
    if (m_dialog) {
        m_dialog->raise();
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name =
        tr("backlog-progress-%1.pdf").arg(m_context.service.today().toString(Qt::ISODate));
    auto* dialog = new QFileDialog(this, tr("Export chart"), QDir(folder).filePath(name));
    dialog->setObjectName(QStringLiteral("exportChartFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    const QStringList filters{tr("PDF document (*.pdf)"), tr("SVG drawing (*.svg)"),
                              tr("PNG image (*.png)")};
    dialog->setNameFilters(filters);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString& filter) {
        // The suffix added to a bare name follows the chosen format.
        const int open = static_cast<int>(filter.lastIndexOf(QLatin1String("*.")));
        dialog->setDefaultSuffix(filter.mid(open + 2).chopped(1));
    });
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        const Status saved = exportChartTo(path);
        if (!saved) {
            auto* box = new QMessageBox(QMessageBox::Warning, tr("Export chart"),
                                        saved.error().message, QMessageBox::Ok, this);
            box->setObjectName(QStringLiteral("exportErrorMessageBox"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    });
    m_dialog = dialog;
    dialog->open();
}

Status ProgressPage::exportChartTo(const QString& path)
{
    // The report part draws it, as for the menu's export and backlog-cli: the weeks shown,
    // in print colours (a shared file reads best dark on white, whatever the theme).
    ChartExportOptions options;
    options.window = m_chart->window();
    options.asOf = m_context.service.today();
    const Status saved = writeChart(m_context.service, options, path);
    m_exportStatus->setText(saved ? tr("Chart saved to %1.").arg(QDir::toNativeSeparators(path))
                                  : saved.error().message);
    m_exportStatus->show();
    return saved;
}

} // namespace backlog
