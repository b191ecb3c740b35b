// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "CommandLineArguments.h"
#include "Dates.h"
#include "DiaryService.h"
#include "ReportWriter.h"

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
               "  backlog-cli analyse BUNDLE.json [--as-of YYYY-MM-DD]\n"
               "  backlog-cli import FILE [--db PATH]\n"
               "  backlog-cli export --format json|csv|fhir|pdf|png -o FILE [--db PATH]\n"
               "                     [--from DATE] [--to DATE]\n"
               "  backlog-cli --help | --version\n"
               "\n"
               "Commands:\n"
               "  evaluate  Print the plan position, scores, adherence and safety alerts of an\n"
               "            exchange bundle as JSON. Touches no diary.\n"
               "  analyse   Print whether pain is lower on the two days after a massage\n"
               "            session than the diary predicts without one (\"is massage helping\n"
               "            me?\"), with its 95 % interval, as JSON. Touches no diary.\n"
               "  import    Import into the diary, all or nothing: an exchange bundle\n"
               "            (.backlog.json), or a CSV file (.csv) of daily entries (columns by\n"
               "            name, at least date and pain; a row changes only the fields of its\n"
               "            columns in the entry of its date) or of sessions (at least date and\n"
               "            minutes). A CSV file\n"
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
        .arg(DiaryService::defaultPath());
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

void printWarnings(const QStringList& warnings, QTextStream& err)
{
    for (const QString& w : warnings)
        err << QCoreApplication::translate("CommandLine", "warning: %1").arg(w) << Qt::endl;
}

/// evaluate and analyse: a report of an exchange bundle, as of --as-of or its last day.
int runBundleReport(const CommandLineArguments& a, const CommandLineOptions& checked,
                    QByteArray (DiaryService::*reportAsOf)(const QDate&) const, QTextStream& out,
                    QTextStream& err)
{
    QStringList warnings;
    const auto review = DiaryService::review(a.positional.first(), &warnings);
    if (!review)
        return report(review.error(), err);
    printWarnings(warnings, err);
    const DiaryService& service = *review.value();
    const QDate asOf = checked.asOf.isValid() ? checked.asOf : service.lastDay();
    out << QString::fromUtf8((service.*reportAsOf)(asOf));
    return ExitOk;
}

/// The diary of --db, or the default one. With `create`, a missing diary (and, for the
/// default one, its folder) is created.
Result<std::unique_ptr<DiaryService>> openDiary(const CommandLineArguments& a, bool create = true)
{
    if (a.options.contains(QStringLiteral("--db")))
        return DiaryService::open(a.options.value(QStringLiteral("--db")),
                                  DiaryService::OpenOptions{create, false});
    return DiaryService::open(DiaryService::defaultPath(),
                              DiaryService::OpenOptions{create, create});
}

int runImport(const CommandLineArguments& a, QTextStream& out, QTextStream& err)
{
    const QString file = a.positional.first();
    // Read and validate the whole file before the diary is opened: bad input never
    // touches it.
    const auto read = DiaryService::readImport(file);
    if (!read)
        return report(read.error(), err);
    printWarnings(read->warnings, err);
    const bool csv = read->kind != ImportKind::Bundle;
    // A CSV file holds no episode: it can only go into a diary that exists and has one.
    const QString dbPath = a.options.value(QStringLiteral("--db"), DiaryService::defaultPath());
    if (csv && !QFileInfo::exists(dbPath)) {
        err << QCoreApplication::translate(
                   "CommandLine",
                   "%1: no such diary; a CSV file holds no episode, so it can only be imported "
                   "into a diary that has one. Set the diary up in BackLog or import an exchange "
                   "bundle (.backlog.json) first")
                   .arg(QFileInfo(dbPath).absoluteFilePath())
            << Qt::endl;
        return ExitBadInput;
    }
    auto service = openDiary(a, !csv);
    if (!service)
        return reportUnopened(service.error(), err);
    if (const QString notice = service.value()->openNotice(); !notice.isEmpty())
        err << notice << Qt::endl;
    const QString into = service.value()->path();
    const auto done = service.value()->import(read.value());
    if (!done)
        return report(done.error(), err);
    printWarnings(done->warnings, err);
    switch (done->kind) {
    case ImportKind::SessionsCsv:
        out << QCoreApplication::translate(
                   "CommandLine", "Imported %1 sessions from %2 into %3 (%4 already in the diary)")
                   .arg(QString::number(done->sessionsAdded), file, into,
                        QString::number(done->sessions - done->sessionsAdded))
            << Qt::endl;
        break;
    case ImportKind::EntriesCsv:
        out << QCoreApplication::translate("CommandLine",
                                           "Imported %1 entries from %2 into %3 (%4 new, %5 "
                                           "merged into the entry of their date)")
                   .arg(QString::number(done->entries), file, into,
                        QString::number(done->entriesAdded), QString::number(done->entriesReplaced))
            << Qt::endl;
        break;
    case ImportKind::Bundle:
        out << QCoreApplication::translate(
                   "CommandLine", "Imported %1 entries, %2 sessions and %3 alerts from %4 into %5")
                   .arg(done->entries)
                   .arg(done->sessions)
                   .arg(done->alerts)
                   .arg(file, into)
            << Qt::endl;
        break;
    }
    return ExitOk;
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
    options.from = checked.from;
    options.to = checked.to;
    return options;
}

int runExport(const CommandLineArguments& a, const CommandLineOptions& checked, QTextStream& out,
              QTextStream& err)
{
    // checkArguments() has checked the dates, the format, the output and the report options.
    const QString& format = checked.format;
    const QString& output = checked.output;
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
    // Where the output cannot go is said before the diary is opened (or created).
    for (const QString& target : isCsv
                                     ? QStringList{output, DiaryService::sessionsCsvPathOf(output)}
                                     : QStringList{output}) {
        if (const QString why = DiaryService::unwritablePath(
                target, a.options.value(QStringLiteral("--db"), DiaryService::defaultPath()));
            !why.isEmpty()) {
            err << why << Qt::endl;
            return ExitBadInput;
        }
    }

    // An export reads the diary: it never creates one (a mistyped --db is an error), and it
    // opens it read-only, so it works while the app has it open and from a read-only mount.
    auto opened =
        DiaryService::open(a.options.value(QStringLiteral("--db"), DiaryService::defaultPath()),
                           DiaryService::OpenOptions{false, false, true});
    if (!opened)
        return reportUnopened(opened.error(), err);
    if (const QString notice = opened.value()->openNotice(); !notice.isEmpty())
        err << notice << Qt::endl;
    const DiaryService& service = *opened.value();
    if (format == QLatin1String("pdf")) {
        if (const Status s = writeReport(service, reportOptions(checked), output); !s)
            return report(s.error(), err);
        out << QCoreApplication::translate("CommandLine", "Exported the report to %1").arg(output)
            << Qt::endl;
        return ExitOk;
    }
    if (format == QLatin1String("png")) {
        // The chart as of --to (or the evaluation date) over the whole program, as in the
        // report: its phases, baselines and 7-day means need every earlier day, so --from
        // does not cut it.
        ChartExportOptions options;
        options.asOf = checked.to;
        if (const Status s = writeChart(service, options, output); !s)
            return report(s.error(), err);
        out << QCoreApplication::translate("CommandLine", "Exported the chart to %1").arg(output)
            << Qt::endl;
        return ExitOk;
    }
    const ExportFormat kind = isCsv                             ? ExportFormat::Csv
                              : format == QLatin1String("fhir") ? ExportFormat::Fhir
                                                                : ExportFormat::Bundle;
    const auto done = service.exportTo(kind, output, ExportRange{checked.from, checked.to});
    if (!done)
        return report(done.error(), err);
    if (isCsv) {
        out << QCoreApplication::translate("CommandLine",
                                           "Exported %1 entries to %2 and %3 sessions to %4")
                   .arg(QString::number(done->entries), output, QString::number(done->sessions),
                        done->files.value(1))
            << Qt::endl;
        return ExitOk;
    }
    out << QCoreApplication::translate("CommandLine",
                                       "Exported %1 entries, %2 sessions and %3 alerts to %4")
               .arg(done->entries)
               .arg(done->sessions)
               .arg(done->alerts)
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
        return runBundleReport(*parsed, *checked, &DiaryService::evaluationReport, out, err);
    if (parsed->command == QLatin1String("analyse"))
        return runBundleReport(*parsed, *checked, &DiaryService::sessionEffectReport, out, err);
    if (parsed->command == QLatin1String("import"))
        return runImport(*parsed, out, err);
    return runExport(*parsed, *checked, out, err);
}

} // namespace backlog
