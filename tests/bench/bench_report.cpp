// SPDX-License-Identifier: GPL-3.0-or-later
// quality.md P5: the physiotherapist's PDF report of an 8-week episode (<= 300 ms), from
// the bundle to the PDF bytes: evaluation, chart and layout included.
#include "Generator.h"
#include "ReportWriter.h"
#include "TestSupport.h"

#include <benchmark/benchmark.h>

using namespace backlog;

namespace {

void reportEightWeeks(benchmark::State& state)
{
    const Bundle bundle = test::generateWeeks8(1);
    const auto service = test::serviceOf(bundle);
    ReportOptions options;
    options.paper = QPageSize::A4;
    options.generatedAt = QDateTime(QDate(2026, 3, 2), QTime(9, 30));
    qint64 bytes = 0;
    for (auto _ : state) {
        const Result<QByteArray> pdf = renderReport(*service, options);
        if (!pdf) {
            state.SkipWithError(pdf.error().message.toStdString().c_str());
            break;
        }
        bytes = pdf->size();
        benchmark::DoNotOptimize(bytes);
    }
    state.counters["pdf_kib"] = static_cast<double>(bytes) / 1024.0;
}
BENCHMARK(reportEightWeeks)->Name("P5/report_pdf_8_weeks")->Unit(benchmark::kMillisecond);

} // namespace
