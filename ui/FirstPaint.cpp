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
    FirstPaintWatcher(QWidget* window, std::function<void()> then)
        : QObject(window), m_window(window), m_then(std::move(then))
    {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_seen && watched->isWidgetType() &&
            (watched == m_window || m_window->isAncestorOf(static_cast<QWidget*>(watched)))) {
            m_seen = true;
            // Once this paint has finished.
            QTimer::singleShot(0, this, [this] {
                qApp->removeEventFilter(this);
                m_then();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget* m_window;
    std::function<void()> m_then;
    bool m_seen = false;
};

} // namespace

void afterFirstPaint(QWidget* window, std::function<void()> then)
{
    // Any widget of the window painting counts: the window itself may be fully covered.
    qApp->installEventFilter(new FirstPaintWatcher(window, std::move(then)));
}

void exitAfterFirstPaint(QWidget* window)
{
    afterFirstPaint(window, [] { QCoreApplication::exit(0); });
}

} // namespace backlog
