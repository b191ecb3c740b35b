// SPDX-License-Identifier: GPL-3.0-or-later
#include "UpgradeHistoryDialog.h"

#include "clinical/RuleTable.h"

#include <QDialogButtonBox>
#include <QFrame>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace backlog {

UpgradeHistoryDialog::UpgradeHistoryDialog(const QList<Alert>& alerts, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("upgradeHistoryDialog"));
    setWindowTitle(tr("Alerts found when the safety rules were updated"));
    setAccessibleName(windowTitle());

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("BackLog's safety rules were updated. Looking back over your diary with the new "
           "rules found the alerts below, for days before the update. They are history: they "
           "stay on the Alerts page and in your report, and only an emergency or urgent one "
           "from the last 3 days raises the warning at the top of the window. If one of them "
           "still applies to you today, do what it says."),
        this);
    intro->setObjectName(QStringLiteral("upgradeHistoryIntroLabel"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    const QLocale locale;
    QStringList html;
    QStringList plain;
    for (const Alert& a : alerts) { // most urgent first (Evaluation::foundOnUpgrade)
        const RuleInfo* rule = findRule(a.rule);
        const QString title = rule ? ruleTitle(*rule) : a.rule;
        const QString date = locale.toString(a.date, QLocale::LongFormat);
        const QString state = a.isAcknowledged()
                                  ? tr("Acknowledged on %1.")
                                        .arg(locale.toString(a.acknowledged, QLocale::LongFormat))
                                  : tr("Not acknowledged yet.");
        html << QStringLiteral("<p><b>%1, %2: %3</b><br>%4<br>%5</p>")
                    .arg(date.toHtmlEscaped(), levelTitle(a.level).toHtmlEscaped(),
                         title.toHtmlEscaped(), levelAction(a.level).toHtmlEscaped(),
                         state.toHtmlEscaped());
        plain << QStringLiteral("%1, %2: %3. %4 %5")
                     .arg(date, levelTitle(a.level), title, levelAction(a.level), state);
    }
    m_list = new QLabel(html.join(QString()), this);
    m_list->setObjectName(QStringLiteral("upgradeHistoryListLabel"));
    m_list->setTextFormat(Qt::RichText);
    m_list->setWordWrap(true);
    m_list->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_list->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_list->setFocusPolicy(Qt::StrongFocus);
    m_list->setAccessibleName(tr("Alerts found"));
    m_list->setAccessibleDescription(plain.join(u'\n'));
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("upgradeHistoryScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);
    scroll->setWidget(m_list);
    layout->addWidget(scroll, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = buttons->button(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setAccessibleName(tr("Close"));
    m_close->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    resize(560, 420);
    m_list->setFocus();
}

} // namespace backlog
