// SPDX-License-Identifier: GPL-3.0-or-later
// The reference of quality.md P1 and P6: a minimal Qt Widgets program with a QCustomPlot,
// built in the same tree, that quits after its first paint like backlog does under
// BACKLOG_EXIT_AFTER_FIRST_PAINT.
#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>
#include <qcustomplot.h>

namespace {
class Watcher : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject* o, QEvent* e) override
    {
        if (e->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        }
        return QObject::eventFilter(o, e);
    }

private:
    bool m_seen = false;
};
} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto* plot = new QCustomPlot(&window);
    plot->addGraph();
    plot->graph(0)->setData({1, 2, 3}, {3, 1, 2});
    plot->rescaleAxes();
    window.setCentralWidget(plot);
    window.resize(960, 720);
    app.installEventFilter(new Watcher(&window)); // the first paint of any widget
    window.show();
    return app.exec();
}
