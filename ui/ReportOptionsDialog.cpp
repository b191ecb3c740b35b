// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportOptionsDialog.h"

#include "DialogKeys.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace backlog {

ReportOptionsDialog::ReportOptionsDialog(const ReportOptions& options, QWidget* parent)
    : QDialog(parent), m_options(options)
{
    setObjectName(QStringLiteral("reportOptionsDialog"));
    setWindowTitle(tr("Report for the physiotherapist"));
    // Wide enough for the title bar to show the whole title.
    setMinimumWidth(fontMetrics().horizontalAdvance(windowTitle()) * 2);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The report shows your pain and function, the chart, your "
                                "sessions, how well you kept to the plan, your alerts and "
                                "your screening answers, on two pages for eight weeks."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_paper = new QComboBox(this);
    m_paper->setObjectName(QStringLiteral("paperComboBox"));
    m_paper->setAccessibleName(tr("Paper size"));
    m_paper->addItem(tr("A4"), int(QPageSize::A4));
    m_paper->addItem(tr("Letter"), int(QPageSize::Letter));
    const int current = m_paper->findData(int(options.paper));
    m_paper->setCurrentIndex(current >= 0 ? current : 0);
    form->addRow(tr("&Paper:"), m_paper);
    m_notes = new QCheckBox(tr("Include my daily &notes"), this);
    m_notes->setObjectName(QStringLiteral("includeNotesCheckBox"));
    m_notes->setAccessibleName(tr("Include my daily notes"));
    m_notes->setChecked(options.includeNotes);
    form->addRow(QString(), m_notes);
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* save = buttons->addButton(tr("&Save as..."), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveReportButton"));
    save->setDefault(true);
    acceptOnCtrlEnter(this, save);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

ReportOptions ReportOptionsDialog::options() const
{
    ReportOptions o = m_options;
    o.paper = static_cast<QPageSize::PageSizeId>(m_paper->currentData().toInt());
    o.includeNotes = m_notes->isChecked();
    return o;
}

} // namespace backlog
