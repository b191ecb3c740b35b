// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCoreApplication>
#include <benchmark/benchmark.h>

void releaseStorageBenchFixture();

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 2;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    releaseStorageBenchFixture();
    return 0;
}
