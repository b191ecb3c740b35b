// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoreSelector.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace backlog {

ScoreSelector::ScoreSelector(const QString& name, const QString& lowAnchor,
                             const QString& highAnchor, QWidget* parent)
    : QWidget(parent), m_group(new QButtonGroup(this))
{
    setAccessibleName(name);
    setFocusPolicy(Qt::StrongFocus);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
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
    m_group->button(value)->setChecked(true);
}

void ScoreSelector::clear()
{
    m_group->setExclusive(false);
    for (QAbstractButton* b : m_group->buttons())
        b->setChecked(false);
    m_group->setExclusive(true);
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
