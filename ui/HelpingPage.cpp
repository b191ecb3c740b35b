// SPDX-License-Identifier: GPL-3.0-or-later
#include "HelpingPage.h"

#include "DiaryService.h"

#include <QAccessible>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QScrollArea>
#include <QVBoxLayout>
#include <cmath>

namespace backlog {

namespace {

constexpr int kDays = SessionEffect::kAroundBefore + 1 + SessionEffect::kAroundAfter;

QLabel* makeLabel(const QString& name, QWidget* parent, bool selectable = true)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    if (selectable)
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

/// "3 days before", "the session day", "1 day after", ...
QString dayName(int offset)
{
    if (offset == 0)
        return AroundSessionsChart::tr("session day");
    if (offset == -1)
        return AroundSessionsChart::tr("1 day before");
    if (offset == 1)
        return AroundSessionsChart::tr("1 day after");
    if (offset < 0)
        return AroundSessionsChart::tr("%n days before", nullptr, -offset);
    return AroundSessionsChart::tr("%n days after", nullptr, offset);
}

} // namespace

AroundSessionsChart::AroundSessionsChart(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("aroundSessionsChart"));
    setAccessibleName(tr("Average pain around sessions"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void AroundSessionsChart::setEffect(const SessionEffect& effect, Reader reader)
{
    m_effect = effect;
    m_reader = reader;
    setAccessibleDescription(describe());
    update();
}

QString AroundSessionsChart::describe() const
{
    QStringList parts;
    for (int i = 0; i < kDays; ++i) {
        const int offset = i - SessionEffect::kAroundBefore;
        const auto& value = m_effect.around[static_cast<size_t>(i)];
        parts << (value ? tr("%1: %2").arg(dayName(offset), QLocale().toString(*value, 'f', 1))
                        : tr("%1: no scores").arg(dayName(offset)));
    }
    return tr("Average pain logged on the days around the usable sessions, before any "
              "adjustment. %1.")
        .arg(parts.join(QStringLiteral("; ")));
}

QSize AroundSessionsChart::sizeHint() const
{
    const int line = fontMetrics().height();
    return {kDays * 8 * fontMetrics().averageCharWidth(), line * 10};
}

QSize AroundSessionsChart::minimumSizeHint() const
{
    return {kDays * 5 * fontMetrics().averageCharWidth(), fontMetrics().height() * 10};
}

void AroundSessionsChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    const int left = fm.horizontalAdvance(QStringLiteral("10")) + 8;
    const QRect plot(left, line / 2, width() - left - 4, height() - line / 2 - 2 * line - 6);
    if (plot.width() < 10 || plot.height() < 10)
        return;
    // The 0..10 scale, with light lines at 0, 5 and 10.
    p.setPen(pal.color(QPalette::Mid));
    for (int v : {0, 5, 10}) {
        const int y = plot.bottom() - plot.height() * v / 10;
        p.drawLine(plot.left(), y, plot.right(), y);
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(QRect(0, y - line / 2, left - 4, line), Qt::AlignRight | Qt::AlignVCenter,
                   QLocale().toString(v));
        p.setPen(pal.color(QPalette::Mid));
    }
    const double slot = plot.width() / double(kDays);
    for (int i = 0; i < kDays; ++i) {
        const int offset = i - SessionEffect::kAroundBefore;
        const QRectF cell(plot.left() + i * slot, plot.top(), slot, plot.height());
        const auto& value = m_effect.around[static_cast<size_t>(i)];
        const bool session = offset == 0;
        const bool after = offset == 1 || offset == 2;
        if (value) {
            const double h = plot.height() * std::clamp(*value, 0.0, 10.0) / 10.0;
            const QRectF bar(cell.left() + slot * 0.2, plot.bottom() - h, slot * 0.6, h);
            QColor fill = pal.color(QPalette::Highlight);
            if (!after)
                fill.setAlphaF(session ? 0.85f : 0.45f);
            p.fillRect(bar, fill);
            p.setPen(pal.color(QPalette::WindowText));
            p.drawText(QRectF(cell.left(), bar.top() - line - 1, slot, line), Qt::AlignCenter,
                       QLocale().toString(*value, 'f', 1));
        }
        p.setPen(pal.color(QPalette::WindowText));
        QFont f = font();
        f.setBold(session || after);
        p.setFont(f);
        const QString label = session ? tr("session") : QLocale().toString(offset);
        p.drawText(QRectF(cell.left(), plot.bottom() + 4, slot, line), Qt::AlignCenter,
                   offset > 0 ? QStringLiteral("+") + label : label);
        p.setFont(font());
    }
    p.setPen(pal.color(QPalette::WindowText));
    p.drawText(QRect(plot.left(), plot.bottom() + 4 + line, plot.width(), line), Qt::AlignCenter,
               tr("days from the session (bold: the session day and the two days after)"));
}

HelpingPage::HelpingPage(const PageContext& context, QWidget* parent)
    : QWidget(parent), m_context(context)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("helpingScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto* content = new QWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 12, 16, 12);
    scroll->setWidget(content);

    m_heading = makeLabel(QStringLiteral("helpingHeading"), content, false);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);
    layout->addWidget(m_heading);

    m_verdict = makeLabel(QStringLiteral("helpingVerdictLabel"), content);
    QFont bold = m_verdict->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_verdict->setFont(bold);
    m_verdict->setAccessibleName(tr("The answer"));
    layout->addWidget(m_verdict);

    m_figures = makeLabel(QStringLiteral("helpingFiguresLabel"), content);
    m_figures->setAccessibleName(tr("How large the difference is"));
    layout->addWidget(m_figures);

    m_usable = makeLabel(QStringLiteral("helpingUsableLabel"), content);
    m_usable->setAccessibleName(tr("Which sessions count"));
    layout->addWidget(m_usable);

    layout->addSpacing(8);
    m_chartTitle = makeLabel(QStringLiteral("helpingChartTitle"), content, false);
    QFont chartFont = m_chartTitle->font();
    chartFont.setBold(true);
    m_chartTitle->setFont(chartFont);
    layout->addWidget(m_chartTitle);
    m_chart = new AroundSessionsChart(content);
    m_chartTitle->setBuddy(m_chart);
    layout->addWidget(m_chart);

    layout->addSpacing(8);
    m_limits = makeLabel(QStringLiteral("helpingLimitsLabel"), content);
    m_limits->setAccessibleName(tr("What this cannot tell"));
    layout->addWidget(m_limits);

    m_method = makeLabel(QStringLiteral("helpingMethodLabel"), content);
    m_method->setAccessibleName(tr("Method"));
    QFont small = m_method->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_method->setFont(small);
    layout->addWidget(m_method);
    layout->addStretch(1);

    connect(&m_context.service, &DiaryService::changed, this, &HelpingPage::refresh);
    refresh();
}

void HelpingPage::refresh()
{
    const bool review = m_context.service.isReadOnly();
    const Reader reader = review ? Reader::Physiotherapist : Reader::Patient;
    const QDate asOf = m_context.service.today();
    m_effect = m_context.service.sessionEffectAsOf(asOf);
    m_heading->setText(review ? tr("Is massage helping the patient?")
                              : tr("Is massage helping you?"));
    const QString before = m_verdict->text();
    m_verdict->setText(sessionEffectVerdictText(m_effect, reader));
    const QString figures = sessionEffectFiguresText(m_effect, reader);
    m_figures->setText(figures);
    m_figures->setVisible(!figures.isEmpty());
    m_usable->setText(sessionEffectUsableText(m_effect, reader));
    m_chartTitle->setText(review ? tr("The patient's average pain around sessions, as logged "
                                      "(before any adjustment)")
                                 : tr("Your average pain around sessions, as logged (before any "
                                      "adjustment)"));
    m_chart->setEffect(m_effect, reader);
    m_chart->setVisible(m_effect.sessionsUsed > 0);
    m_chartTitle->setVisible(m_effect.sessionsUsed > 0);
    m_limits->setText(sessionEffectLimitsText(reader));
    m_method->setText(
        tr("As of %1. Method: %2.")
            .arg(QLocale().toString(asOf, QLocale::LongFormat), sessionEffectMethodText()));
    if (!before.isEmpty() && before != m_verdict->text() && m_verdict->isVisible()) {
        QAccessibleEvent event(m_verdict, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&event);
    }
}

} // namespace backlog
