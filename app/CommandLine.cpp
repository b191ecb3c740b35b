// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "CommandLineArguments.h"
#include "Dates.h"
#include "Diary.h"
#include "ProgressChart.h"
#include "ReportWriter.h"
#include "clinical/Engine.h"
#include "clinical/Progress.h"
#include "exchange/Bundle.h"
#include "exchange/Csv.h"
#include "exchange/Fhir.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <optional>

namespace backlog {
namespace {

QString usage()
{
    return QCoreApplication::translate(
               "CommandLine",
               "Usage:\n"
               "  backlog-cli evaluate BUNDLE.json [--as-of YYYY-MM-DD]\n"
               "  backlog-cli import FILE [--db PATH]\n"
               "  backlog-cli export --format json|csv|fhir|pdf|png -o FILE [--db PATH]\n"
               "                     [--from DATE] [--to DATE]\n"
               "  backlog-cli --help | --version\n"
               "\n"
               "Commands:\n"
               "  evaluate  Print the plan position, scores, adherence and safety alerts of an\n"
               "            exchange bundle as JSON. Touches no diary.\n"
               "  import    Import into the diary, all or nothing: an exchange bundle\n"
               "            (.backlog.json), or a CSV file (.csv) of daily entries (columns by\n"
               "            name, at least date and pain; an entry replaces the diary's entry of\n"
               "            its date) or of sessions (at least date and minutes). A CSV file\n"
               "            holds no episode, so it goes only into a diary that has one.\n"
               "  export    Write the diary to FILE, atomically.\n"
               "\n"
               "Export formats:\n"
               "  json      The exchange bundle: everything, lossless.\n"
               "  csv       The daily entries to FILE and the sessions to a second file next\n"
               "            to it, named after FILE without .csv plus -sessions.csv (for\n"
               "            -o diary.csv: diary-sessions.csv).\n"
               "  fhir      A FHIR R4 Bundle (JSON) of the patient, pain and function\n"
               "            observations, sessions and alerts.\n"
               "  pdf       The report for the physiotherapist (--paper a4|letter, the\n"
               "            locale's by default; --notes yes to include the daily notes).\n"
               "  png       The progress chart alone, 1280 x 800 pixels, of the whole program\n"
               "            up to --to (--from does not cut the chart or the report's chart).\n"
               "\n"
               "Options:\n"
               "  --db PATH         The diary file (default: %1)\n"
               "  --as-of DATE      Evaluate as of this date (default: the latest entry or\n"
               "                    session)\n"
               "  --format FORMAT   Export format: json, csv, fhir, pdf or png\n"
               "  -o, --output FILE Where to write the export\n"
               "  --paper SIZE      Paper of the pdf report: a4 or letter\n"
               "  --notes yes|no    Whether the pdf report includes the daily notes (no)\n"
               "  --from DATE       Export only what is dated on or after DATE\n"
               "  --to DATE         Export only what is dated on or before DATE\n"
               "  -h, --help        Show this help\n"
               "  --version         Show the version\n"
               "\n"
               "Dates are written YYYY-MM-DD.\n"
               "Exit status: 0 on success, 2 on bad input, 1 on any other failure.\n")
        .arg(Database::defaultPath());
}

int report(const Error& e, QTextStream& err)
{
    err << e.message << Qt::endl;
    return e.kind == ErrorKind::BadInput ? ExitBadInput : ExitFailure;
}

/// A diary that cannot be opened exits 2 whatever the cause (quality.md R2: damaged,
/// foreign, newer, read-only, a missing folder, a full disk): the diary named is the
/// input that cannot be used. A failure after it opened (say, the disk filling up during
/// an import) is "any other failure", 1.
int reportUnopened(const Error& e, QTextStream& err)
{
    err << e.message << Qt::endl;
    return ExitBadInput;
}

int runEvaluate(const CommandLineArguments& a, const CommandLineOptions& checked, QTextStream& out,
                QTextStream& err)
{
    const auto read = readBundleFile(a.positional.first());
    if (!read)
        return report(read.error(), err);
    const Bundle& b = read->bundle;
    for (const QString& w : read->warnings)
        err << QCoreApplication::translate("CommandLine", "warning: %1").arg(w) << Qt::endl;
    const QDate asOf =
        checked.asOf.isValid() ? checked.asOf : defaultAsOf(b.episode, b.entries, b.sessions);
    const Evaluation ev = evaluate(b.episode, b.entries, b.sessions, b.alerts, asOf);
    out << QString::fromUtf8(evaluationToJson(ev));
    return ExitOk;
}

/// The diary of --db, or the default one. With `create`, a missing diary (and, for the
/// default one, its folder) is created.
Result<std::unique_ptr<Diary>> openDiary(const CommandLineArguments& a, bool create = true)
{
    if (a.options.contains(QStringLiteral("--db")))
        return Diary::open(a.options.value(QStringLiteral("--db")),
                           Database::Options{create, false});
    return Diary::open(Database::defaultPath(), Database::Options{create, create});
}

/// The whole of a file to import; an error names it.
Result<QByteArray> readImportFile(const QString& path)
{
    constexpr qint64 kMaxSize = 64 * 1024 * 1024;
    QFile file(path);
    if (!QFileInfo::exists(path))
        return badInput(QCoreApplication::translate("CommandLine", "%1: no such file").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return badInput(QCoreApplication::translate("CommandLine", "%1: cannot be read (%2)")
                            .arg(path, file.errorString()));
    if (file.size() > kMaxSize)
        return badInput(
            QCoreApplication::translate("CommandLine", "%1: %2 bytes is too large for a CSV file")
                .arg(path, QString::number(file.size())));
    return file.readAll();
}

/// Imports a CSV file of daily entries or of sessions (told apart by its header).
int importCsv(const CommandLineArguments& a, const QString& file, QTextStream& out,
              QTextStream& err)
{
    // Read and validate the whole file before the diary is opened: bad input never
    // touches it.
    const auto data = readImportFile(file);
    if (!data)
        return report(data.error(), err);
    const bool sessions = csvKind(data.value()) == CsvKind::Sessions;
    std::optional<CsvEntriesRead> entries;
    std::optional<CsvSessionsRead> sessionList;
    if (sessions) {
        auto read = readSessionsCsv(data.value(), file);
        if (!read)
            return report(read.error(), err);
        sessionList = std::move(read).value();
    } else {
        auto read = readEntriesCsv(data.value(), file);
        if (!read)
            return report(read.error(), err);
        entries = std::move(read).value();
    }
    for (const QString& w : sessions ? sessionList->warnings : entries->warnings)
        err << QCoreApplication::translate("CommandLine", "warning: %1").arg(w) << Qt::endl;

    // A CSV file holds no episode: it can only go into a diary that exists and has one.
    const QString dbPath = a.options.value(QStringLiteral("--db"), Database::defaultPath());
    if (!QFileInfo::exists(dbPath)) {
        err << QCoreApplication::translate(
                   "CommandLine",
                   "%1: no such diary; a CSV file holds no episode, so it can only be imported "
                   "into a diary that has one. Set the diary up in BackLog or import an exchange "
                   "bundle (.backlog.json) first")
                   .arg(QFileInfo(dbPath).absoluteFilePath())
            << Qt::endl;
        return ExitBadInput;
    }
    auto diary = openDiary(a, false);
    if (!diary)
        return reportUnopened(diary.error(), err);
    const QString into = diary.value()->database().path();
    if (sessions) {
        const auto added = diary.value()->importSessions(sessionList->sessions);
        if (!added)
            return report(added.error(), err);
        out << QCoreApplication::translate(
                   "CommandLine", "Imported %1 sessions from %2 into %3 (%4 already in the diary)")
                   .arg(QString::number(added.value()), file, into,
                        QString::number(sessionList->sessions.size() - added.value()))
            << Qt::endl;
        return ExitOk;
    }
    const auto done = diary.value()->importEntries(entries->entries);
    if (!done)
        return report(done.error(), err);
    out << QCoreApplication::translate(
               "CommandLine",
               "Imported %1 entries from %2 into %3 (%4 new, %5 replacing the entry of their date)")
               .arg(QString::number(entries->entries.size()), file, into,
                    QString::number(done->added), QString::number(done->replaced))
        << Qt::endl;
    return ExitOk;
}

int runImport(const CommandLineArguments& a, QTextStream& out, QTextStream& err)
{
    const QString file = a.positional.first();
    if (file.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return importCsv(a, file, out, err);
    // Read and validate the whole file before the diary is opened: bad input never
    // touches it.
    const auto read = readBundleFile(file);
    if (!read)
        return report(read.error(), err);
    for (const QString& w : read->warnings)
        err << QCoreApplication::translate("CommandLine", "warning: %1").arg(w) << Qt::endl;
    auto diary = openDiary(a);
    if (!diary)
        return reportUnopened(diary.error(), err);
    QStringList warnings;
    if (const Status s = diary.value()->importBundle(read->bundle, &warnings); !s)
        return report(s.error(), err);
    for (const QString& w : warnings)
        err << QCoreApplication::translate("CommandLine", "warning: %1").arg(w) << Qt::endl;
    out << QCoreApplication::translate(
               "CommandLine", "Imported %1 entries, %2 sessions and %3 alerts from %4 into %5")
               .arg(read->bundle.entries.size())
               .arg(read->bundle.sessions.size())
               .arg(read->bundle.alerts.size())
               .arg(file, diary.value()->database().path())
        << Qt::endl;
    return ExitOk;
}

/// Writes the PDF report or the PNG chart of the period from..to (either may be null: open
/// ended) to `output`. `all` is the whole diary, not cut to the period: baselines and
/// 7-day means at the start of the period need what came before.
Status exportReport(const QString& format, const Bundle& all, const QDate& from, const QDate& to,
                    const ReportOptions& reportOptions, const QString& output)
{
    if (format == QLatin1String("pdf")) {
        ReportOptions options = reportOptions;
        options.from = from;
        options.to = to;
        return writeReport(all, options, output);
    }
    // The chart as of `to` (or the last day of the diary) over the whole program, as in the
    // report: its phases, baselines and 7-day means need every earlier day, so --from does
    // not cut it.
    Q_UNUSED(from);
    const QDate asOf = to.isValid() ? to : defaultAsOf(all.episode, all.entries, all.sessions);
    const Evaluation evaluation =
        evaluate(all.episode, all.entries, all.sessions, all.alerts, asOf);
    const ProgressSeries series =
        buildProgress(all.episode, all.entries, all.sessions, evaluation.alerts, asOf);
    ChartOptions options;
    options.window = ChartWindow::All;
    options.forPrint = true;
    return saveChartImage(series, options, output);
}

/// The report options of checked --paper and --notes.
ReportOptions reportOptions(const CommandLineOptions& checked)
{
    ReportOptions options;
    if (checked.paper == QLatin1String("a4"))
        options.paper = QPageSize::A4;
    else if (checked.paper == QLatin1String("letter"))
        options.paper = QPageSize::Letter;
    options.includeNotes = checked.includeNotes;
    return options;
}

/// Says where a target path cannot be written to; empty when it can.
QString unwritableTarget(const QString& path)
{
    if (QFileInfo(path).isDir())
        return QCoreApplication::translate("CommandLine",
                                           "%1: is a folder; give the name of the file to write")
            .arg(path);
    if (!QFileInfo(QFileInfo(path).absolutePath()).isDir())
        return QCoreApplication::translate("CommandLine", "%1: the folder %2 does not exist")
            .arg(path, QFileInfo(path).absolutePath());
    return {};
}

int runExport(const CommandLineArguments& a, const CommandLineOptions& checked, QTextStream& out,
              QTextStream& err)
{
    // checkArguments() has checked the dates, the format, the output and the report options.
    const QString& format = checked.format;
    const QString& output = checked.output;
    const QDate& from = checked.from;
    const QDate& to = checked.to;
    const bool isReport = format == QLatin1String("pdf") || format == QLatin1String("png");
    if (isReport && !qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        err << QCoreApplication::translate(
                   "CommandLine",
                   "export: the %1 format needs Qt's drawing classes; run it through backlog-cli")
                   .arg(format)
            << Qt::endl;
        return ExitFailure;
    }
    const bool isCsv = format == QLatin1String("csv");
    const QString sessionsOutput = isCsv ? sessionsCsvPath(output) : QString();
    for (const QString& target :
         isCsv ? QStringList{output, sessionsOutput} : QStringList{output}) {
        if (const QString why = unwritableTarget(target); !why.isEmpty()) {
            err << why << Qt::endl;
            return ExitBadInput;
        }
    }

    auto diary = openDiary(a);
    if (!diary)
        return reportUnopened(diary.error(), err);
    auto bundle = diary.value()->toBundle();
    if (!bundle)
        return report(bundle.error(), err);
    if (isReport) {
        if (const Status s =
                exportReport(format, bundle.value(), from, to, reportOptions(checked), output);
            !s)
            return report(s.error(), err);
        out << (format == QLatin1String("pdf")
                    ? QCoreApplication::translate("CommandLine", "Exported the report to %1")
                    : QCoreApplication::translate("CommandLine", "Exported the chart to %1"))
                   .arg(output)
            << Qt::endl;
        return ExitOk;
    }

    Bundle& b = bundle.value();
    const auto inRange = [&](const QDate& d) {
        return (!from.isValid() || d >= from) && (!to.isValid() || d <= to);
    };
    b.entries.removeIf([&](const DailyEntry& e) { return !inRange(e.date); });
    b.sessions.removeIf([&](const Session& s) { return !inRange(s.date); });
    b.alerts.removeIf([&](const Alert& x) { return !inRange(x.date); });
    const QDateTime now = QDateTime::currentDateTimeUtc();

    if (isCsv) {
        if (const Status s = writeFilesAtomically({{output, writeEntriesCsv(b.entries)},
                                                   {sessionsOutput, writeSessionsCsv(b.sessions)}});
            !s)
            return report(s.error(), err);
        out << QCoreApplication::translate("CommandLine",
                                           "Exported %1 entries to %2 and %3 sessions to %4")
                   .arg(QString::number(b.entries.size()), output,
                        QString::number(b.sessions.size()), sessionsOutput)
            << Qt::endl;
        return ExitOk;
    }
    const QByteArray data =
        format == QLatin1String("fhir") ? writeFhirBundle(b, now) : writeBundle(b, now);
    if (const Status s = writeFileAtomically(output, data); !s)
        return report(s.error(), err);
    out << QCoreApplication::translate("CommandLine",
                                       "Exported %1 entries, %2 sessions and %3 alerts to %4")
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
    if (arguments.size() == 1 && (arguments.first() == QLatin1String("--help") ||
                                  arguments.first() == QLatin1String("-h"))) {
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
    const auto parsed = parseCommandLine(arguments, &error);
    if (!parsed) {
        err << QStringLiteral("backlog-cli: ") << error << Qt::endl
            << QCoreApplication::translate("CommandLine", "Try 'backlog-cli --help'.") << Qt::endl;
        return ExitBadInput;
    }
    const auto checked = checkArguments(*parsed, &error);
    if (!checked) {
        err << error << Qt::endl;
        return ExitBadInput;
    }
    if (parsed->command == QLatin1String("evaluate"))
        return runEvaluate(*parsed, *checked, out, err);
    if (parsed->command == QLatin1String("import"))
        return runImport(*parsed, out, err);
    return runExport(*parsed, *checked, out, err);
}

} // namespace backlog
