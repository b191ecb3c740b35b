// SPDX-License-Identifier: GPL-3.0-or-later
// quality.md P3: full evaluation (plan, adherence, every rule on every day) of the 1-year
// and 10-year generated episodes; the ratio of the two shows the growth is linear.
// Also reading (parsing and validating) the 10-year bundle, the first half of P5's import.
#include "Generator.h"
#include "clinical/Engine.h"

#include <benchmark/benchmark.h>

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
BENCHMARK(evaluateEpisode)->Name("P3/evaluate_years")->Arg(1)->Arg(10)->Unit(benchmark::kMillisecond);

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

} // namespace
