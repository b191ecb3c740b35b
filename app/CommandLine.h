// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace backlog {

/// Exit statuses of backlog-cli (formats.md section 4).
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitBadInput = 2 };

/// Runs backlog-cli with `arguments` (without the program name); reports go to `out`,
/// messages to `err`. Returns the exit status.
int runCommandLine(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace backlog
