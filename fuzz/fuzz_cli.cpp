// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the argument parser of backlog-cli (formats.md section 4). The input is
// split at NUL bytes into arguments for parseCommandLine() and checkArguments(); no file is
// touched. Every invariant of Checks.h must hold; a broken one aborts, which libFuzzer
// reports as a crash, saving the input.
#include "Checks.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QStringList problems = backlog::fuzz::checkCommandLineInput(input);
    if (!problems.isEmpty()) {
        std::fprintf(stderr, "fuzz_cli: invariant broken:\n  %s\n",
                     problems.join(QStringLiteral("\n  ")).toLocal8Bit().constData());
        std::abort();
    }
    return 0;
}
