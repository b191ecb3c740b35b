// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoreSelector.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAccessibleValueInterface>
#include <QAccessibleWidget>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace backlog {

namespace {

/// The score selector to assistive technology: a slider from 0 to 10 whose value is the
/// chosen score (none while nothing is chosen), settable like one.
class ScoreSelectorAccessible : public QAccessibleWidget, public QAccessibleValueInterface
{
public:
    explicit ScoreSelectorAccessible(ScoreSelector* selector)
        : QAccessibleWidget(selector, QAccessible::Slider)
    {}

    void* interface_cast(QAccessible::InterfaceType type) override
    {
        if (type == QAccessible::ValueInterface)
            return static_cast<QAccessibleValueInterface*>(this);
        return QAccessibleWidget::interface_cast(type);
    }

    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Value) {
            const int v = selector()->value();
            return v < 0 ? ScoreSelector::tr("not chosen") : QString::number(v);
        }
        return QAccessibleWidget::text(t);
    }

    QVariant currentValue() const override
    {
        const int v = selector()->value();
        return v < 0 ? QVariant() : QVariant(v);
    }
    void setCurrentValue(const QVariant& value) override
    {
        bool ok = false;
        const int v = value.toInt(&ok);
        if (ok && v >= 0 && v <= 10)
            selector()->chooseFromAssistiveTechnology(v);
    }
    QVariant maximumValue() const override { return 10; }
    QVariant minimumValue() const override { return 0; }
    QVariant minimumStepSize() const override { return 1; }

private:
    ScoreSelector* selector() const { return static_cast<ScoreSelector*>(widget()); }
};

QAccessibleInterface* scoreSelectorFactory(const QString& className, QObject* object)
{
    if (className == QLatin1String("backlog::ScoreSelector") && object && object->isWidgetType())
        return new ScoreSelectorAccessible(static_cast<ScoreSelector*>(object));
    return nullptr;
}

} // namespace

ScoreSelector::ScoreSelector(const QString& name, const QString& lowAnchor,
                             const QString& highAnchor, QWidget* parent)
    : QWidget(parent), m_group(new QButtonGroup(this))
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(scoreSelectorFactory);
        return true;
    }();
    Q_UNUSED(factoryInstalled);
    setAccessibleName(name);
    setAccessibleDescription(tr("A score from 0 (%1) to 10 (%2). Type a number, or use the "
                                "arrow keys.")
                                 .arg(lowAnchor, highAnchor));
    setFocusPolicy(Qt::StrongFocus);
    auto* column = new QVBoxLayout(this);
    // Room for the focus frame around the buttons.
    column->setContentsMargins(3, 3, 3, 3);
    auto* row = new QHBoxLayout;
    row->setSpacing(4);
    m_group->setExclusive(true);
    for (int i = 0; i <= 10; ++i) {
        auto* button = new QPushButton(QString::number(i), this);
        button->setCheckable(true);
        button->setMinimumSize(44, 44); // a large target for an unsteady hand
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setFocusPolicy(Qt::NoFocus);
        button->setObjectName(QStringLiteral("score%1Button").arg(i));
        // The chosen score stands out in the palette's own highlight (light and dark).
        button->setStyleSheet(
            QStringLiteral("QPushButton:checked { background-color: palette(highlight); "
                           "color: palette(highlighted-text); font-weight: bold; "
                           "border: 2px solid palette(window-text); border-radius: 3px; }"));
        QString accessible = tr("%1: %2").arg(name).arg(i);
        if (i == 0)
            accessible += QStringLiteral(", ") + lowAnchor;
        if (i == 10)
            accessible += QStringLiteral(", ") + highAnchor;
        button->setAccessibleName(accessible);
        button->setAccessibleDescription(tr("Choose %1 as the score").arg(i));
        button->setToolTip(accessible);
        m_group->addButton(button, i);
        row->addWidget(button);
    }
    column->addLayout(row);
    auto* anchors = new QHBoxLayout;
    auto* low = new QLabel(QStringLiteral("0 = ") + lowAnchor, this);
    auto* high = new QLabel(QStringLiteral("10 = ") + highAnchor, this);
    high->setAlignment(Qt::AlignRight);
    anchors->addWidget(low);
    anchors->addStretch();
    anchors->addWidget(high);
    column->addLayout(anchors);
    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) {
        setFocus(Qt::OtherFocusReason);
        announce();
        Q_EMIT valueChosen(id);
    });
}

int ScoreSelector::value() const
{
    return m_group->checkedId();
}

void ScoreSelector::setValue(int value)
{
    if (value < 0 || value > 10) {
        clear();
        return;
    }
    if (m_group->checkedId() == value)
        return;
    m_group->button(value)->setChecked(true);
    announce();
}

void ScoreSelector::clear()
{
    const bool had = m_group->checkedId() >= 0;
    m_group->setExclusive(false);
    for (QAbstractButton* b : m_group->buttons())
        b->setChecked(false);
    m_group->setExclusive(true);
    if (had)
        announce();
}

void ScoreSelector::chooseFromAssistiveTechnology(int value)
{
    choose(value);
}

void ScoreSelector::announce()
{
    const int v = value();
    QAccessibleValueChangeEvent event(this, v < 0 ? QVariant() : QVariant(v));
    QAccessible::updateAccessibility(&event);
}

void ScoreSelector::paintEvent(QPaintEvent* event)
{
    QWidget::paintEvent(event);
    if (!hasFocus())
        return;
    // A frame in the highlight colour around the whole scale: visible in light and dark
    // palettes and under any style, unlike a dotted rectangle on one button.
    QPainter p(this);
    QPen pen(palette().color(QPalette::Highlight), 2);
    p.setPen(pen);
    p.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 4, 4);
}

void ScoreSelector::focusInEvent(QFocusEvent* event)
{
    QWidget::focusInEvent(event);
    update();
}

void ScoreSelector::focusOutEvent(QFocusEvent* event)
{
    QWidget::focusOutEvent(event);
    update();
}

void ScoreSelector::choose(int value)
{
    setValue(value);
    Q_EMIT valueChosen(value);
}

void ScoreSelector::keyPressEvent(QKeyEvent* event)
{
    const int key = event->key();
    if (key >= Qt::Key_0 && key <= Qt::Key_9) {
        const int digit = key - Qt::Key_0;
        if (m_pendingOne && digit == 0) {
            m_pendingOne = false;
            choose(10);
            return;
        }
        m_pendingOne = digit == 1;
        choose(digit);
        return;
    }
    m_pendingOne = false;
    const int current = value();
    if (key == Qt::Key_Right || key == Qt::Key_Up || key == Qt::Key_Plus) {
        choose(current < 0 ? 0 : std::min(10, current + 1));
        return;
    }
    if (key == Qt::Key_Left || key == Qt::Key_Down || key == Qt::Key_Minus) {
        choose(current < 0 ? 0 : std::max(0, current - 1));
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace backlog
