// SPDX-License-Identifier: GPL-3.0-or-later
// quality.md P3: full evaluation (plan, adherence, every rule on every day) of the 1-year
// and 10-year generated episodes; the ratio of the two shows the growth is linear.
// Also reading (parsing and validating) the 10-year bundle, the first half of P5's import;
// P5's CSV export of 10 years (in memory, and from the diary to the files) and import of the
// 10-year bundle into a fresh diary.
#include "Diary.h"
#include "Files.h"
#include "Generator.h"
#include "clinical/Analysis.h"
#include "clinical/Engine.h"
#include "exchange/Csv.h"

#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <memory>

using namespace backlog;

namespace {

const Bundle& episode(int years)
{
    static const Bundle one = test::generateYears1(1);
    static const Bundle ten = test::generateYears10(1);
    return years == 10 ? ten : one;
}

void evaluateEpisode(benchmark::State& state)
{
    const Bundle& b = episode(static_cast<int>(state.range(0)));
    const QDate asOf = defaultAsOf(b.episode, b.entries, b.sessions);
    std::size_t alerts = 0;
    for (auto _ : state) {
        const Evaluation ev = evaluate(b.episode, b.entries, b.sessions, b.alerts, asOf);
        alerts = static_cast<std::size_t>(ev.alerts.size());
        benchmark::DoNotOptimize(ev);
    }
    state.counters["entries"] = static_cast<double>(b.entries.size());
    state.counters["sessions"] = static_cast<double>(b.sessions.size());
    state.counters["alerts"] = static_cast<double>(alerts);
}
BENCHMARK(evaluateEpisode)
    ->Name("P3/evaluate_years")
    ->Arg(1)
    ->Arg(10)
    ->Unit(benchmark::kMillisecond);

// quality.md P8: "is massage helping me?" of the 1-year and 10-year episodes.
void analyseEpisode(benchmark::State& state)
{
    const Bundle& b = episode(static_cast<int>(state.range(0)));
    const QDate asOf = defaultAsOf(b.episode, b.entries, b.sessions);
    int used = 0;
    for (auto _ : state) {
        const SessionEffect e = analyseSessions(b.entries, b.sessions, asOf);
        used = e.sessionsUsed;
        benchmark::DoNotOptimize(e);
    }
    state.counters["entries"] = static_cast<double>(b.entries.size());
    state.counters["sessions_used"] = used;
}
BENCHMARK(analyseEpisode)->Name("P8/analyse_years")->Arg(1)->Arg(10)->Unit(benchmark::kMillisecond);

void readBundle10Years(benchmark::State& state)
{
    const QByteArray json = writeBundle(episode(10), QDateTime::currentDateTimeUtc());
    for (auto _ : state) {
        auto read = readBundle(json, QStringLiteral("bench.json"));
        benchmark::DoNotOptimize(read);
    }
    state.counters["bytes"] = static_cast<double>(json.size());
}
BENCHMARK(readBundle10Years)->Name("P5/read_bundle_10_years")->Unit(benchmark::kMillisecond);

void writeCsv10Years(benchmark::State& state)
{
    const Bundle& b = episode(10);
    qsizetype bytes = 0;
    for (auto _ : state) {
        const QByteArray entries = writeEntriesCsv(b.entries);
        const QByteArray sessions = writeSessionsCsv(b.sessions);
        bytes = entries.size() + sessions.size();
        benchmark::DoNotOptimize(entries.data());
        benchmark::DoNotOptimize(sessions.data());
    }
    state.counters["bytes"] = static_cast<double>(bytes);
}
BENCHMARK(writeCsv10Years)->Name("P5/csv_write_10_years")->Unit(benchmark::kMillisecond);

/// The whole CSV export as backlog-cli does it: the diary read into a bundle, both files
/// written and saved atomically (QSaveFile, to disk).
void exportCsv10Years(benchmark::State& state)
{
    QTemporaryDir dir;
    auto diary = Diary::open(dir.filePath(QStringLiteral("diary.sqlite")));
    if (!diary || !diary.value()->importBundle(episode(10))) {
        state.SkipWithError("cannot make the 10-year diary");
        return;
    }
    const QString entriesPath = dir.filePath(QStringLiteral("export.csv"));
    for (auto _ : state) {
        auto b = diary.value()->toBundle();
        const Status s =
            writeFilesSafely({{entriesPath, writeEntriesCsv(b->entries)},
                              {sessionsCsvPath(entriesPath), writeSessionsCsv(b->sessions)}});
        if (!s)
            state.SkipWithError(s.error().message.toUtf8().constData());
    }
}
BENCHMARK(exportCsv10Years)
    ->Name("P5/csv_export_10_years_from_diary")
    ->Unit(benchmark::kMillisecond);

/// The 10-year bundle's JSON read, validated and imported in one transaction into a new,
/// empty diary (made with the timer stopped).
void importBundle10Years(benchmark::State& state)
{
    const QByteArray json = writeBundle(episode(10), QDateTime::currentDateTimeUtc());
    int round = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto dir = std::make_unique<QTemporaryDir>();
        auto diary = Diary::open(dir->filePath(QStringLiteral("diary-%1.sqlite").arg(round++)));
        if (!diary) {
            state.SkipWithError("cannot make a diary");
            return;
        }
        state.ResumeTiming();
        const auto read = readBundle(json, QStringLiteral("bench.json"));
        const Status s = diary.value()->importBundle(read->bundle);
        state.PauseTiming();
        if (!s)
            state.SkipWithError(s.error().message.toUtf8().constData());
        diary.value().reset();
        dir.reset();
        state.ResumeTiming();
    }
    state.counters["bytes"] = static_cast<double>(json.size());
}
BENCHMARK(importBundle10Years)
    ->Name("P5/import_bundle_10_years_fresh_diary")
    ->Unit(benchmark::kMillisecond);

} // namespace
