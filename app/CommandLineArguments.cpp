// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLineArguments.h"

#include "Dates.h"

#include <QCoreApplication>

namespace backlog {
namespace {

/// The date of option `name`: an invalid date when the option is not given, nullopt (with
/// `error` set) when its value is not a date of the years the diary accepts.
std::optional<QDate> dateOption(const CommandLineArguments& a, const QString& name, QString* error)
{
    if (!a.options.contains(name))
        return QDate();
    const QString text = a.options.value(name);
    const auto date = parseIsoDate(text);
    if (!date || !isPlausibleDate(*date)) {
        *error = QCoreApplication::translate(
                     "CommandLine", "%1: \"%2\" is not a valid date YYYY-MM-DD (years 1900..2199)")
                     .arg(name, text);
        return std::nullopt;
    }
    return date;
}

} // namespace

const QStringList& exportFormats()
{
    static const QStringList formats = {QStringLiteral("json"), QStringLiteral("csv"),
                                        QStringLiteral("fhir"), QStringLiteral("pdf"),
                                        QStringLiteral("png")};
    return formats;
}

std::optional<CommandLineArguments> parseCommandLine(const QStringList& args, QString* error)
{
    static const QHash<QString, QStringList> accepted = {
        {QStringLiteral("evaluate"), {QStringLiteral("--as-of")}},
        {QStringLiteral("analyse"), {QStringLiteral("--as-of")}},
        {QStringLiteral("import"), {QStringLiteral("--db")}},
        {QStringLiteral("export"),
         {QStringLiteral("--db"), QStringLiteral("--format"), QStringLiteral("--output"),
          QStringLiteral("--from"), QStringLiteral("--to"), QStringLiteral("--paper"),
          QStringLiteral("--notes")}},
    };
    static const QHash<QString, int> positionalCount = {{QStringLiteral("evaluate"), 1},
                                                        {QStringLiteral("analyse"), 1},
                                                        {QStringLiteral("import"), 1},
                                                        {QStringLiteral("export"), 0}};

    CommandLineArguments a;
    if (args.isEmpty()) {
        *error = QCoreApplication::translate("CommandLine", "no command given");
        return std::nullopt;
    }
    a.command = args.first();
    if (!accepted.contains(a.command)) {
        *error =
            a.command.startsWith(QLatin1Char('-'))
                ? QCoreApplication::translate("CommandLine", "unknown option %1").arg(a.command)
                : QCoreApplication::translate(
                      "CommandLine",
                      "unknown command \"%1\" (expected evaluate, analyse, import or export)")
                      .arg(a.command);
        return std::nullopt;
    }
    const QStringList& allowed = accepted.value(a.command);
    for (int i = 1; i < args.size(); ++i) {
        QString arg = args.at(i);
        if (arg == QLatin1String("--")) {
            a.positional += args.mid(i + 1);
            break;
        }
        if (arg == QLatin1String("-o"))
            arg = QStringLiteral("--output");
        if (!arg.startsWith(QLatin1String("--")) || arg.size() == 2) {
            if (arg.startsWith(QLatin1Char('-')) && arg.size() > 1) {
                *error = QCoreApplication::translate("CommandLine", "%1: unknown option %2")
                             .arg(a.command, arg);
                return std::nullopt;
            }
            a.positional << arg;
            continue;
        }
        QString name = arg, value;
        bool inlineValue = false;
        if (const int eq = arg.indexOf(QLatin1Char('=')); eq > 0) {
            name = arg.left(eq);
            value = arg.mid(eq + 1);
            inlineValue = true;
        }
        if (!allowed.contains(name)) {
            *error = QCoreApplication::translate("CommandLine", "%1: unknown option %2")
                         .arg(a.command, name);
            return std::nullopt;
        }
        if (!inlineValue) {
            if (i + 1 >= args.size()) {
                *error = QCoreApplication::translate("CommandLine", "%1: option %2 needs a value")
                             .arg(a.command, name);
                return std::nullopt;
            }
            value = args.at(++i);
        }
        if (a.options.contains(name)) {
            *error = QCoreApplication::translate("CommandLine", "%1: option %2 is given twice")
                         .arg(a.command, name);
            return std::nullopt;
        }
        if (value.isEmpty()) {
            *error = QCoreApplication::translate("CommandLine", "%1: option %2 needs a value")
                         .arg(a.command, name);
            return std::nullopt;
        }
        a.options.insert(name, value);
    }
    const int wanted = positionalCount.value(a.command);
    if (a.positional.size() < wanted) {
        *error = QCoreApplication::translate("CommandLine", "%1: missing the file argument")
                     .arg(a.command);
        return std::nullopt;
    }
    if (a.positional.size() > wanted) {
        *error = QCoreApplication::translate("CommandLine", "%1: unexpected argument \"%2\"")
                     .arg(a.command, a.positional.at(wanted));
        return std::nullopt;
    }
    return a;
}

std::optional<CommandLineOptions> checkArguments(const CommandLineArguments& a, QString* error)
{
    CommandLineOptions o;
    if (a.command == QLatin1String("evaluate") || a.command == QLatin1String("analyse")) {
        const auto asOf = dateOption(a, QStringLiteral("--as-of"), error);
        if (!asOf)
            return std::nullopt;
        o.asOf = *asOf;
        return o;
    }
    if (a.command != QLatin1String("export"))
        return o;

    const auto from = dateOption(a, QStringLiteral("--from"), error);
    const auto to = from ? dateOption(a, QStringLiteral("--to"), error) : std::nullopt;
    if (!from || !to)
        return std::nullopt;
    o.from = *from;
    o.to = *to;
    if (o.from.isValid() && o.to.isValid() && o.from > o.to) {
        *error = QCoreApplication::translate("CommandLine", "export: --from %1 is after --to %2")
                     .arg(isoDate(o.from), isoDate(o.to));
        return std::nullopt;
    }
    if (!a.options.contains(QStringLiteral("--format"))) {
        *error = QCoreApplication::translate(
            "CommandLine", "export: --format is required (json, csv, fhir, pdf or png)");
        return std::nullopt;
    }
    if (!a.options.contains(QStringLiteral("--output"))) {
        *error = QCoreApplication::translate("CommandLine", "export: -o FILE is required");
        return std::nullopt;
    }
    o.format = a.options.value(QStringLiteral("--format"));
    o.output = a.options.value(QStringLiteral("--output"));
    if (!exportFormats().contains(o.format)) {
        *error = QCoreApplication::translate(
                     "CommandLine",
                     "export: unknown format \"%1\" (expected json, csv, fhir, pdf or png)")
                     .arg(o.format);
        return std::nullopt;
    }

    const QString paper = a.options.value(QStringLiteral("--paper")).toLower();
    if (paper == QLatin1String("a4") || paper == QLatin1String("letter")) {
        o.paper = paper;
    } else if (!paper.isEmpty()) {
        *error =
            QCoreApplication::translate(
                "CommandLine", "export: --paper %1 is not a paper size (expected a4 or letter)")
                .arg(a.options.value(QStringLiteral("--paper")));
        return std::nullopt;
    }
    const QString notes = a.options.value(QStringLiteral("--notes")).toLower();
    if (notes == QLatin1String("yes")) {
        o.includeNotes = true;
    } else if (!notes.isEmpty() && notes != QLatin1String("no")) {
        *error = QCoreApplication::translate("CommandLine", "export: --notes %1 is not yes or no")
                     .arg(a.options.value(QStringLiteral("--notes")));
        return std::nullopt;
    }
    const bool isReport = o.format == QLatin1String("pdf") || o.format == QLatin1String("png");
    if (!isReport && (a.options.contains(QStringLiteral("--paper")) ||
                      a.options.contains(QStringLiteral("--notes")))) {
        *error = QCoreApplication::translate(
            "CommandLine", "export: --paper and --notes are options of the pdf format");
        return std::nullopt;
    }
    return o;
}

} // namespace backlog
