// SPDX-License-Identifier: GPL-3.0-or-later
#include "AlertBanner.h"

#include "DiaryService.h"
#include "LevelIcon.h"
#include "clinical/RuleTable.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace backlog {

AlertBanner::AlertBanner(const PageContext& context, QWidget* parent)
    : QFrame(parent), m_context(context)
{
    setObjectName(QStringLiteral("alertBannerFrame"));
    setAccessibleName(tr("Safety alert"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(22, 12, 14, 12); // room for the border and its stripe
    layout->setSpacing(12);
    m_icon = new LevelIcon(AlertLevel::Emergency, 48, this);
    m_icon->setObjectName(QStringLiteral("bannerLevelIcon"));
    layout->addWidget(m_icon, 0, Qt::AlignTop);

    auto* text = new QVBoxLayout;
    text->setSpacing(2);
    auto* head = new QHBoxLayout;
    m_level = new QLabel(this);
    m_level->setObjectName(QStringLiteral("bannerLevelLabel"));
    m_level->setTextFormat(Qt::PlainText);
    QFont big = m_level->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_level->setFont(big);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("bannerTitleLabel"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    head->addWidget(m_level, 0, Qt::AlignBaseline);
    head->addWidget(m_title, 1, Qt::AlignBaseline);
    text->addLayout(head);
    m_action = new QLabel(this);
    m_action->setObjectName(QStringLiteral("bannerActionLabel"));
    m_action->setTextFormat(Qt::PlainText);
    m_action->setWordWrap(true); // the emergency action is never elided or shortened
    text->addWidget(m_action);
    m_others = new QLabel(this);
    m_others->setObjectName(QStringLiteral("bannerOthersLabel"));
    m_others->setTextFormat(Qt::PlainText);
    text->addWidget(m_others);
    layout->addLayout(text, 1);

    m_showAlerts = new QPushButton(tr("Sho&w alerts"), this);
    m_showAlerts->setObjectName(QStringLiteral("showAlertsButton"));
    m_showAlerts->setAccessibleName(tr("Show alerts"));
    m_showAlerts->setMinimumSize(130, 44);
    layout->addWidget(m_showAlerts, 0, Qt::AlignVCenter);
    connect(m_showAlerts, &QPushButton::clicked, this, &AlertBanner::showAlertsRequested);

    connect(&m_context.service, &DiaryService::changed, this, &AlertBanner::refresh);
    refresh();
}

void AlertBanner::refresh()
{
    const Evaluation& evaluation = m_context.service.evaluation();
    if (!evaluation.needsBanner()) {
        m_shown.reset();
        hide();
        return;
    }
    // Most urgent first; info alerts and history found when the rules were updated do
    // not count (Evaluation::asksAttention()).
    const QList<Alert> raised = evaluation.needingAttention();
    const Alert& top = raised.first();
    const bool changedAlert = !m_shown || !m_shown->sameIdentity(top) || isHidden();
    m_shown = top;

    const RuleInfo* rule = findRule(top.rule);
    m_icon->setLevel(top.level);
    m_level->setText(levelTitle(top.level));
    m_title->setText(rule ? ruleTitle(*rule) : top.rule);
    m_action->setText(levelAction(top.level));
    const int others = static_cast<int>(raised.size()) - 1;
    if (m_context.service.isReadOnly())
        m_others->setText(others == 1
                              ? tr("1 other alert also needs attention.")
                              : tr("%n other alerts also need attention.", nullptr, others));
    else
        m_others->setText(others == 1
                              ? tr("1 other alert also needs your attention.")
                              : tr("%n other alerts also need your attention.", nullptr, others));
    m_others->setVisible(others > 0);
    setAccessibleDescription(QStringList{m_level->text(), m_title->text(), m_action->text(),
                                         others > 0 ? m_others->text() : QString()}
                                 .join(u' ')
                                 .trimmed());

    update(); // the border takes the level's colour
    // Without a parent, showing would open a window of its own: wait to be placed.
    if (!parentWidget())
        return;
    show();
    if (changedAlert) {
        // Announced to screen readers right after this event (and after the first paint).
        QTimer::singleShot(0, this, [this] {
            QAccessibleEvent event(this, QAccessible::Alert);
            QAccessible::updateAccessibility(&event);
        });
    }
}

void AlertBanner::paintEvent(QPaintEvent*)
{
    // A lifted background from the palette (light and dark) inside a strong border in the
    // level's colour; the sign and the words carry the level without the colour.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor border = LevelIcon::color(m_shown ? m_shown->level : AlertLevel::Emergency);
    const QRectF box = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
    painter.setPen(QPen(border, 3));
    painter.setBrush(palette().base());
    painter.drawRoundedRect(box, 5, 5);
    painter.setPen(Qt::NoPen);
    painter.setBrush(border);
    QPainterPath stripe;
    stripe.addRoundedRect(QRectF(box.left(), box.top(), 20, box.height()), 5, 5);
    QPainterPath clip;
    clip.addRect(QRectF(box.left(), box.top(), 10, box.height()));
    painter.drawPath(stripe.intersected(clip));
}

bool AlertBanner::event(QEvent* event)
{
    const bool result = QFrame::event(event);
    if (event->type() == QEvent::ParentChange) // reparenting hides a widget
        refresh();
    return result;
}

} // namespace backlog
