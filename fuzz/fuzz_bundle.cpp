// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the exchange-bundle reader (formats.md section 1), readBundle() on any
// bytes. Every invariant of Checks.h must hold; a broken one aborts, which libFuzzer
// reports as a crash, saving the input.
#include "Checks.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QStringList problems = backlog::fuzz::checkBundleInput(input);
    if (!problems.isEmpty()) {
        std::fprintf(stderr, "fuzz_bundle: invariant broken:\n  %s\n",
                     problems.join(QStringLiteral("\n  ")).toLocal8Bit().constData());
        std::abort();
    }
    return 0;
}
