// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

namespace backlog {

// The arguments of backlog-cli, parsed and checked without touching any file, so that
// they can be tested and fuzzed on their own (fuzz/fuzz_cli.cpp). No Gui, no Widgets.

/// One subcommand, its positional arguments and its options.
struct CommandLineArguments
{
    QString command;                 ///< evaluate, analyse, import or export
    QStringList positional;          ///< as many as the command takes
    QHash<QString, QString> options; ///< long name ("--output" for -o) -> value, never empty

    bool operator==(const CommandLineArguments&) const = default;
};

/// The values of a command's options, checked.
struct CommandLineOptions
{
    QDate asOf;                ///< evaluate and analyse --as-of; invalid when not given
    QDate from;                ///< export --from; invalid when not given
    QDate to;                  ///< export --to; invalid when not given
    QString format;            ///< export: json, csv, fhir, pdf or png
    QString output;            ///< export -o
    QString paper;             ///< export --paper: "a4", "letter", or empty for the locale's
    bool includeNotes = false; ///< export --notes yes
};

/// The export formats, in the order the help names them.
const QStringList& exportFormats();

/// Parses the arguments of backlog-cli (without the program name and without --help or
/// --version) against the options each subcommand accepts. On failure returns nullopt and
/// sets `error`.
std::optional<CommandLineArguments> parseCommandLine(const QStringList& arguments, QString* error);

/// Checks the values of the options of parsed arguments: dates, the date range, the export
/// format and output, the report's paper and notes. Opens no file. On failure returns
/// nullopt and sets `error`, the message backlog-cli prints (exit status 2).
std::optional<CommandLineOptions> checkArguments(const CommandLineArguments& arguments,
                                                 QString* error);

} // namespace backlog
