// SPDX-License-Identifier: GPL-3.0-or-later
#include "DialogKeys.h"

#include <QAbstractButton>
#include <QPointer>
#include <QShortcut>

namespace backlog {

void acceptOnCtrlEnter(QWidget* dialog, QAbstractButton* button)
{
    QPointer<QAbstractButton> target(button);
    for (const QKeySequence& keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, dialog);
        shortcut->setContext(Qt::WindowShortcut);
        QObject::connect(shortcut, &QShortcut::activated, dialog, [target] {
            if (target && target->isEnabled() && target->isVisible())
                target->click();
        });
    }
}

} // namespace backlog
