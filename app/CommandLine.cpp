// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "Dates.h"
#include "Diary.h"
#include "clinical/Engine.h"
#include "exchange/Bundle.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>

#include <optional>

namespace backlog {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("CommandLine", text);
}

QString usage()
{
    return tr("Usage:\n"
              "  backlog-cli evaluate BUNDLE.json [--as-of YYYY-MM-DD]\n"
              "  backlog-cli import FILE [--db PATH]\n"
              "  backlog-cli export --format json -o FILE [--db PATH] [--from DATE] [--to DATE]\n"
              "  backlog-cli --help | --version\n"
              "\n"
              "Commands:\n"
              "  evaluate  Print the plan position, scores, adherence and safety alerts of an\n"
              "            exchange bundle as JSON. Touches no diary.\n"
              "  import    Import an exchange bundle (.backlog.json) into the diary, all or\n"
              "            nothing.\n"
              "  export    Write the diary to FILE, atomically.\n"
              "\n"
              "Options:\n"
              "  --db PATH         The diary file (default: %1)\n"
              "  --as-of DATE      Evaluate as of this date (default: the latest entry or\n"
              "                    session)\n"
              "  --format FORMAT   Export format: json\n"
              "  -o, --output FILE Where to write the export\n"
              "  --from DATE       Export only what is dated on or after DATE\n"
              "  --to DATE         Export only what is dated on or before DATE\n"
              "  -h, --help        Show this help\n"
              "  --version         Show the version\n"
              "\n"
              "Exit status: 0 on success, 2 on bad input, 1 on any other failure.\n")
        .arg(Database::defaultPath());
}

/// Parsed arguments: one subcommand, its positional arguments and its options.
struct Arguments
{
    QString command;
    QStringList positional;
    QHash<QString, QString> options;
};

/// Parses `args` against the options each subcommand accepts.
std::optional<Arguments> parse(const QStringList& args, QString* error)
{
    static const QHash<QString, QStringList> accepted = {
        {QStringLiteral("evaluate"), {QStringLiteral("--as-of")}},
        {QStringLiteral("import"), {QStringLiteral("--db")}},
        {QStringLiteral("export"),
         {QStringLiteral("--db"), QStringLiteral("--format"), QStringLiteral("--output"),
          QStringLiteral("--from"), QStringLiteral("--to")}},
    };
    static const QHash<QString, int> positionalCount = {
        {QStringLiteral("evaluate"), 1}, {QStringLiteral("import"), 1}, {QStringLiteral("export"), 0}};

    Arguments a;
    if (args.isEmpty()) {
        *error = tr("no command given");
        return std::nullopt;
    }
    a.command = args.first();
    if (!accepted.contains(a.command)) {
        *error = a.command.startsWith(QLatin1Char('-'))
                     ? tr("unknown option %1").arg(a.command)
                     : tr("unknown command \"%1\" (expected evaluate, import or export)").arg(a.command);
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
                *error = tr("%1: unknown option %2").arg(a.command, arg);
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
            *error = tr("%1: unknown option %2").arg(a.command, name);
            return std::nullopt;
        }
        if (!inlineValue) {
            if (i + 1 >= args.size()) {
                *error = tr("%1: option %2 needs a value").arg(a.command, name);
                return std::nullopt;
            }
            value = args.at(++i);
        }
        if (a.options.contains(name)) {
            *error = tr("%1: option %2 is given twice").arg(a.command, name);
            return std::nullopt;
        }
        if (value.isEmpty()) {
            *error = tr("%1: option %2 needs a value").arg(a.command, name);
            return std::nullopt;
        }
        a.options.insert(name, value);
    }
    const int wanted = positionalCount.value(a.command);
    if (a.positional.size() < wanted) {
        *error = tr("%1: missing the file argument").arg(a.command);
        return std::nullopt;
    }
    if (a.positional.size() > wanted) {
        *error = tr("%1: unexpected argument \"%2\"").arg(a.command, a.positional.at(wanted));
        return std::nullopt;
    }
    return a;
}

std::optional<QDate> dateOption(const Arguments& a, const QString& name, QString* error)
{
    if (!a.options.contains(name))
        return QDate();
    const QString text = a.options.value(name);
    const auto date = parseIsoDate(text);
    if (!date || !isPlausibleDate(*date)) {
        *error = tr("%1: \"%2\" is not a valid date YYYY-MM-DD (years 1900..2199)").arg(name, text);
        return std::nullopt;
    }
    return date;
}

int report(const Error& e, QTextStream& err)
{
    err << e.message << Qt::endl;
    return e.kind == ErrorKind::BadInput ? ExitBadInput : ExitFailure;
}

int runEvaluate(const Arguments& a, QTextStream& out, QTextStream& err)
{
    QString error;
    const auto asOfOption = dateOption(a, QStringLiteral("--as-of"), &error);
    if (!asOfOption) {
        err << error << Qt::endl;
        return ExitBadInput;
    }
    const auto read = readBundleFile(a.positional.first());
    if (!read)
        return report(read.error(), err);
    const Bundle& b = read->bundle;
    for (const QString& w : read->warnings)
        err << tr("warning: %1").arg(w) << Qt::endl;
    const QDate asOf =
        asOfOption->isValid() ? *asOfOption : defaultAsOf(b.episode, b.entries, b.sessions);
    const Evaluation ev = evaluate(b.episode, b.entries, b.sessions, b.alerts, asOf);
    out << QString::fromUtf8(evaluationToJson(ev));
    return ExitOk;
}

Result<std::unique_ptr<Diary>> openDiary(const Arguments& a)
{
    if (a.options.contains(QStringLiteral("--db")))
        return Diary::open(a.options.value(QStringLiteral("--db")), Database::Options{true, false});
    return Diary::open(Database::defaultPath(), Database::Options{true, true});
}

int runImport(const Arguments& a, QTextStream& out, QTextStream& err)
{
    const QString file = a.positional.first();
    if (file.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        err << tr("%1: CSV import is not available in this version; import an exchange bundle "
                  "(.backlog.json)")
                   .arg(file)
            << Qt::endl;
        return ExitFailure;
    }
    // Read and validate the whole file before the diary is opened: bad input never
    // touches it.
    const auto read = readBundleFile(file);
    if (!read)
        return report(read.error(), err);
    for (const QString& w : read->warnings)
        err << tr("warning: %1").arg(w) << Qt::endl;
    auto diary = openDiary(a);
    if (!diary)
        return report(diary.error(), err);
    QStringList warnings;
    if (const Status s = diary.value()->importBundle(read->bundle, &warnings); !s)
        return report(s.error(), err);
    for (const QString& w : warnings)
        err << tr("warning: %1").arg(w) << Qt::endl;
    out << tr("Imported %1 entries, %2 sessions and %3 alerts from %4 into %5")
               .arg(read->bundle.entries.size())
               .arg(read->bundle.sessions.size())
               .arg(read->bundle.alerts.size())
               .arg(file, diary.value()->database().path())
        << Qt::endl;
    return ExitOk;
}

int runExport(const Arguments& a, QTextStream& out, QTextStream& err)
{
    QString error;
    const auto from = dateOption(a, QStringLiteral("--from"), &error);
    const auto to = from ? dateOption(a, QStringLiteral("--to"), &error) : std::nullopt;
    if (!from || !to) {
        err << error << Qt::endl;
        return ExitBadInput;
    }
    if (from->isValid() && to->isValid() && *from > *to) {
        err << tr("export: --from %1 is after --to %2").arg(isoDate(*from), isoDate(*to)) << Qt::endl;
        return ExitBadInput;
    }
    if (!a.options.contains(QStringLiteral("--format"))) {
        err << tr("export: --format is required (json)") << Qt::endl;
        return ExitBadInput;
    }
    if (!a.options.contains(QStringLiteral("--output"))) {
        err << tr("export: -o FILE is required") << Qt::endl;
        return ExitBadInput;
    }
    const QString format = a.options.value(QStringLiteral("--format"));
    const QString output = a.options.value(QStringLiteral("--output"));
    static const QStringList later = {QStringLiteral("csv"), QStringLiteral("fhir"),
                                      QStringLiteral("pdf"), QStringLiteral("png")};
    if (later.contains(format)) {
        err << tr("export: the %1 format is not available in this version (json is)").arg(format)
            << Qt::endl;
        return ExitFailure;
    }
    if (format != QLatin1String("json")) {
        err << tr("export: unknown format \"%1\" (expected json, csv, fhir, pdf or png)").arg(format)
            << Qt::endl;
        return ExitBadInput;
    }
    if (QFileInfo(output).isDir()) {
        err << tr("%1: is a folder; give the name of the file to write").arg(output) << Qt::endl;
        return ExitBadInput;
    }
    if (!QFileInfo(QFileInfo(output).absolutePath()).isDir()) {
        err << tr("%1: the folder %2 does not exist").arg(output, QFileInfo(output).absolutePath())
            << Qt::endl;
        return ExitBadInput;
    }
    auto diary = openDiary(a);
    if (!diary)
        return report(diary.error(), err);
    auto bundle = diary.value()->toBundle();
    if (!bundle)
        return report(bundle.error(), err);
    Bundle& b = bundle.value();
    const auto inRange = [&](const QDate& d) {
        return (!from->isValid() || d >= *from) && (!to->isValid() || d <= *to);
    };
    b.entries.removeIf([&](const DailyEntry& e) { return !inRange(e.date); });
    b.sessions.removeIf([&](const Session& s) { return !inRange(s.date); });
    b.alerts.removeIf([&](const Alert& x) { return !inRange(x.date); });
    if (const Status s = writeFileAtomically(output, writeBundle(b, QDateTime::currentDateTimeUtc())); !s)
        return report(s.error(), err);
    out << tr("Exported %1 entries, %2 sessions and %3 alerts to %4")
               .arg(b.entries.size())
               .arg(b.sessions.size())
               .arg(b.alerts.size())
               .arg(output)
        << Qt::endl;
    return ExitOk;
}

} // namespace

int runCommandLine(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    if (arguments.size() == 1 &&
        (arguments.first() == QLatin1String("--help") || arguments.first() == QLatin1String("-h"))) {
        out << usage();
        return ExitOk;
    }
    if (arguments.size() == 1 && arguments.first() == QLatin1String("--version")) {
        out << QStringLiteral("backlog-cli %1").arg(QStringLiteral(BACKLOG_VERSION)) << Qt::endl;
        return ExitOk;
    }
    if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
        out << usage();
        return ExitOk;
    }
    QString error;
    const auto parsed = parse(arguments, &error);
    if (!parsed) {
        err << QStringLiteral("backlog-cli: ") << error << Qt::endl
            << tr("Try 'backlog-cli --help'.") << Qt::endl;
        return ExitBadInput;
    }
    if (parsed->command == QLatin1String("evaluate"))
        return runEvaluate(*parsed, out, err);
    if (parsed->command == QLatin1String("import"))
        return runImport(*parsed, out, err);
    return runExport(*parsed, out, err);
}

} // namespace backlog
