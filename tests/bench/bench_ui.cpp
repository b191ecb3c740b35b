// SPDX-License-Identifier: GPL-3.0-or-later
// quality.md P7: switching the Today view to another day, and opening a page, on the
// 10-year diary (offscreen).
//
// The timed frame is the action followed by QApplication::processEvents(): what the event
// loop does before the patient sees the result (the layouts the action asked for, then
// the paint of what changed; the counter "paints" shows one paint of the page per
// iteration). Going back to the Today page between two openings is not timed, and is
// settled the same way, so that no posted event is left over for the next iteration.
#include "DiaryService.h"
#include "Generator.h"
#include "MainWindow.h"
#include "Settings.h"
#include "TodayPage.h"

#include <QApplication>
#include <QEvent>
#include <QTabWidget>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <cstdlib>

using namespace backlog;

namespace {

struct TenYears
{
    QTemporaryDir dir;
    std::unique_ptr<Diary> diary;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<DiaryService> service;
    std::unique_ptr<MainWindow> window;
    QDate last;

    TenYears()
    {
        diary = std::move(Diary::open(dir.filePath(QStringLiteral("ten.sqlite"))).value());
        const Bundle b = test::generateYears10(1);
        if (!diary->importBundle(b))
            std::abort();
        last = b.entries.last().date;
        settings = std::make_unique<Settings>(dir.filePath(QStringLiteral("settings.ini")));
        service = std::make_unique<DiaryService>(*diary);
        if (!service->load())
            std::abort();
        service->setToday(last);
        window = std::make_unique<MainWindow>(*service, *settings);
        window->resize(1280, 800);
        window->show();
        QApplication::processEvents();
    }
};

std::unique_ptr<TenYears> g_fixture;

TenYears& fixture()
{
    if (!g_fixture)
        g_fixture = std::make_unique<TenYears>();
    return *g_fixture;
}

/// Counts the paint events of one widget.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget* widget) : m_widget(widget) { widget->installEventFilter(this); }
    ~PaintCounter() override { m_widget->removeEventFilter(this); }
    bool eventFilter(QObject*, QEvent* e) override
    {
        if (e->type() == QEvent::Paint)
            ++paints;
        return false;
    }
    int paints = 0;

private:
    QWidget* m_widget;
};

void switchDay(benchmark::State& state)
{
    TenYears& f = fixture();
    TodayPage* today = f.window->todayPage();
    QApplication::processEvents();
    PaintCounter counter(today);
    int i = 0;
    for (auto _ : state) {
        today->showDate(f.last.addDays(-(i++ % 300)));
        QApplication::processEvents(); // the frame the patient sees
    }
    state.counters["paints"] =
        benchmark::Counter(counter.paints, benchmark::Counter::kAvgIterations);
}
BENCHMARK(switchDay)->Name("P7/today_switch_day")->Unit(benchmark::kMillisecond);

/// Opens page `state.range(0)` (timed), then goes back to Today (not timed).
void openPage(benchmark::State& state)
{
    TenYears& f = fixture();
    QTabWidget* pages = f.window->pages();
    const int page = static_cast<int>(state.range(0));
    QApplication::processEvents();
    PaintCounter counter(pages->widget(page));
    for (auto _ : state) {
        pages->setCurrentIndex(page);
        QApplication::processEvents(); // the frame the patient sees
        state.PauseTiming();
        pages->setCurrentIndex(0);
        QApplication::processEvents();
        state.ResumeTiming();
    }
    state.counters["paints"] =
        benchmark::Counter(counter.paints, benchmark::Counter::kAvgIterations);
    state.SetLabel(pages->tabText(page).remove(QLatin1Char('&')).toStdString());
}
BENCHMARK(openPage)->Name("P7/open_page")->DenseRange(1, 5)->Unit(benchmark::kMillisecond);

} // namespace

/// Closes the window and the diary while the QApplication still exists.
void releaseUiBenchFixture()
{
    g_fixture.reset();
}
