// SPDX-License-Identifier: GPL-3.0-or-later
#include "FirstPaint.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace backlog {
namespace {

class FirstPaintWatcher : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // Quit once this paint has finished.
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace

void exitAfterFirstPaint(QWidget* window)
{
    // Any widget of the window painting counts: the window itself may be fully covered.
    qApp->installEventFilter(new FirstPaintWatcher(window));
}

} // namespace backlog
