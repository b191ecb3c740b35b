// SPDX-License-Identifier: GPL-3.0-or-later
// backlog-cli (formats.md section 4) through the real binary: arguments, exit statuses,
// the evaluate report, and import/export of bundles (round trip, date range, atomic write).
#include "Dates.h"
#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>

#include <algorithm>
#include <cmath>
#include <string>

using namespace backlog;
using namespace backlog::test;

namespace {

QString responder()
{
    return dataPath(QStringLiteral("scenarios/responder.backlog.json"));
}

std::string text(const QString& s)
{
    return s.toStdString();
}

QString errOf(const ProcessResult& r)
{
    return QString::fromUtf8(r.err);
}

/// Runs the real backlog-cli with HOME and the XDG folders pointed into `root`.
ProcessResult runCliIn(const QString& root, const QStringList& arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), root + QStringLiteral("/home"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), root + QStringLiteral("/xdg/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), root + QStringLiteral("/xdg/config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), root + QStringLiteral("/xdg/cache"));
    env.insert(QStringLiteral("XDG_STATE_HOME"), root + QStringLiteral("/xdg/state"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(root);
    process.start(QStringLiteral(BACKLOG_CLI), arguments);
    ProcessResult result;
    if (!process.waitForStarted(60000)) {
        result.err = "could not start backlog-cli";
        return result;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        result.err = "timed out";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

/// Every file under `root` (recursively), relative to it.
QStringList filesUnder(const QString& root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(root).relativeFilePath(it.next());
    files.sort();
    return files;
}

/// Names in one folder (files and folders, hidden ones too).
QStringList namesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System |
                                      QDir::NoDotAndDotDot,
                                  QDir::Name);
}

/// Keys of the top-level object of a JSON text, in the order written.
QStringList topLevelKeys(const QByteArray& json)
{
    QStringList keys;
    int depth = 0;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
        } else if (c == '"') {
            QByteArray s;
            for (++i; i < json.size() && json.at(i) != '"'; ++i) {
                if (json.at(i) == '\\')
                    ++i;
                if (i < json.size())
                    s += json.at(i);
            }
            qsizetype j = i + 1;
            while (j < json.size() && QChar::isSpace(json.at(j)))
                ++j;
            if (depth == 1 && j < json.size() && json.at(j) == ':')
                keys << QString::fromUtf8(s);
        }
    }
    return keys;
}

/// Imports `bundle` into `diary`; asserts success.
void importInto(const QString& bundle, const QString& diary)
{
    const ProcessResult r = runCli({QStringLiteral("import"), bundle, QStringLiteral("--db"), diary});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
}

// ---- Help, version and argument errors --------------------------------------------------

TEST(CommandLine, HelpListsTheCommandsAndExitsZero)
{
    for (const QString& flag : {QStringLiteral("--help"), QStringLiteral("-h")}) {
        SCOPED_TRACE(text(flag));
        const ProcessResult r = runCli({flag});
        EXPECT_EQ(r.exitCode, 0);
        const QString out = QString::fromUtf8(r.out);
        for (const char* word : {"evaluate", "import", "export", "--as-of", "--db", "--format",
                                 "--from", "--to", "--version"})
            EXPECT_TRUE(out.contains(QLatin1String(word))) << word << " missing in:\n" << r.out.toStdString();
        EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    }
}

TEST(CommandLine, VersionPrintsTheVersionAndExitsZero)
{
    const ProcessResult r = runCli({QStringLiteral("--version")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.out.trimmed(), QByteArray("backlog-cli 0.1.0"));
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
}

TEST(CommandLine, NoArgumentsExitsTwo)
{
    const ProcessResult r = runCli({});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    EXPECT_TRUE(errOf(r).contains(QStringLiteral("no command"))) << r.err.toStdString();
}

TEST(CommandLine, UnknownSubcommandExitsTwo)
{
    const ProcessResult r = runCli({QStringLiteral("frobnicate"), responder()});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_TRUE(errOf(r).contains(QStringLiteral("unknown command \"frobnicate\"")))
        << r.err.toStdString();
}

TEST(CommandLine, UnknownOptionExitsTwo)
{
    {
        const ProcessResult r = runCli({QStringLiteral("evaluate"), responder(), QStringLiteral("--bogus")});
        EXPECT_EQ(r.exitCode, 2);
        EXPECT_TRUE(r.out.isEmpty());
        EXPECT_TRUE(errOf(r).contains(QStringLiteral("unknown option --bogus"))) << r.err.toStdString();
    }
    {
        // An option of another subcommand is unknown here too.
        const ProcessResult r = runCli({QStringLiteral("evaluate"), responder(), QStringLiteral("--db"),
                                        QStringLiteral("x.sqlite")});
        EXPECT_EQ(r.exitCode, 2);
        EXPECT_TRUE(errOf(r).contains(QStringLiteral("unknown option --db"))) << r.err.toStdString();
    }
    {
        const ProcessResult r = runCli({QStringLiteral("--bogus")});
        EXPECT_EQ(r.exitCode, 2);
        EXPECT_TRUE(errOf(r).contains(QStringLiteral("--bogus"))) << r.err.toStdString();
    }
}

TEST(CommandLine, OptionMissingItsValueExitsTwo)
{
    {
        const ProcessResult r = runCli({QStringLiteral("evaluate"), responder(), QStringLiteral("--as-of")});
        EXPECT_EQ(r.exitCode, 2);
        EXPECT_TRUE(r.out.isEmpty());
        EXPECT_TRUE(errOf(r).contains(QStringLiteral("option --as-of needs a value")))
            << r.err.toStdString();
    }
    {
        const ProcessResult r = runCli({QStringLiteral("evaluate"), responder(), QStringLiteral("--as-of=")});
        EXPECT_EQ(r.exitCode, 2);
        EXPECT_TRUE(errOf(r).contains(QStringLiteral("option --as-of needs a value")))
            << r.err.toStdString();
    }
}

TEST(CommandLine, OptionGivenTwiceExitsTwo)
{
    const ProcessResult r = runCli({QStringLiteral("evaluate"), responder(), QStringLiteral("--as-of"),
                                    QStringLiteral("2026-02-20"), QStringLiteral("--as-of=2026-02-21")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_TRUE(errOf(r).contains(QStringLiteral("option --as-of is given twice"))) << r.err.toStdString();
}

TEST(CommandLine, ExtraPositionalArgumentExitsTwo)
{
    const ProcessResult r = runCli({QStringLiteral("evaluate"), responder(), QStringLiteral("extra.json")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_TRUE(errOf(r).contains(QStringLiteral("unexpected argument \"extra.json\"")))
        << r.err.toStdString();
}

TEST(CommandLine, MissingFileArgumentExitsTwo)
{
    const ProcessResult r = runCli({QStringLiteral("evaluate")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(errOf(r).contains(QStringLiteral("missing the file argument"))) << r.err.toStdString();
}

// ---- evaluate ---------------------------------------------------------------------------

TEST(CommandLineEvaluate, MissingFileExitsTwoAndNamesIt)
{
    TempFolder folder;
    const QString missing = folder.path(QStringLiteral("nowhere.backlog.json"));
    const ProcessResult r = runCli({QStringLiteral("evaluate"), missing});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_TRUE(errOf(r).contains(missing + QStringLiteral(": no such file"))) << r.err.toStdString();
}

TEST(CommandLineEvaluate, DirectoryExitsTwoAndNamesIt)
{
    TempFolder folder;
    const QString dir = folder.path(QStringLiteral("a.backlog.json"));
    ASSERT_TRUE(QDir().mkpath(dir));
    const ProcessResult r = runCli({QStringLiteral("evaluate"), dir});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_TRUE(errOf(r).startsWith(dir + QStringLiteral(": "))) << r.err.toStdString();
    EXPECT_TRUE(errOf(r).contains(QStringLiteral("directory"))) << r.err.toStdString();
}

TEST(CommandLineEvaluate, NotJsonExitsTwoWithLineAndColumn)
{
    TempFolder folder;
    const QString file = folder.path(QStringLiteral("notes.backlog.json"));
    writeFile(file, "pain was bad today\n");
    const ProcessResult r = runCli({QStringLiteral("evaluate"), file});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_TRUE(errOf(r).contains(file + QStringLiteral(": line 1, column ")))
        << r.err.toStdString();
    EXPECT_TRUE(errOf(r).contains(QStringLiteral("not valid JSON"))) << r.err.toStdString();
}

TEST(CommandLineEvaluate, BadAsOfDatesExitTwo)
{
    for (const QString& date : {QStringLiteral("2026-13-01"), QStringLiteral("tomorrow"),
                                QStringLiteral("2026-02-30"), QStringLiteral("2026-2-3"),
                                QStringLiteral("2200-01-01")}) {
        SCOPED_TRACE(text(date));
        const ProcessResult r =
            runCli({QStringLiteral("evaluate"), responder(), QStringLiteral("--as-of"), date});
        EXPECT_EQ(r.exitCode, 2);
        EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
        EXPECT_TRUE(errOf(r).contains(QStringLiteral("--as-of: \"%1\" is not a valid date").arg(date)))
            << r.err.toStdString();
    }
}

TEST(CommandLineEvaluate, PrintsTheDocumentedKeysInOrder)
{
    const ProcessResult r = runCli({QStringLiteral("evaluate"), responder()});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << r.out.toStdString();
    ASSERT_TRUE(doc.isObject());
    const QStringList expected = {
        QStringLiteral("as_of"),          QStringLiteral("program_day"),
        QStringLiteral("program_week"),   QStringLiteral("phase"),
        QStringLiteral("duration_class"), QStringLiteral("baseline"),
        QStringLiteral("pain_7d"),        QStringLiteral("function_7d"),
        QStringLiteral("response"),       QStringLiteral("week_adherence"),
        QStringLiteral("alerts")};
    EXPECT_EQ(topLevelKeys(r.out), expected) << r.out.toStdString();

    const QJsonObject o = doc.object();
    // The default as-of is the latest entry or session of the bundle.
    EXPECT_EQ(o.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-03-15"));
    EXPECT_TRUE(o.value(QStringLiteral("program_day")).isDouble());
    EXPECT_EQ(o.value(QStringLiteral("program_day")).toDouble(),
              std::floor(o.value(QStringLiteral("program_day")).toDouble()));
    EXPECT_TRUE(o.value(QStringLiteral("baseline")).isObject());
    EXPECT_TRUE(o.value(QStringLiteral("week_adherence")).isArray());
    EXPECT_TRUE(o.value(QStringLiteral("alerts")).isArray());
}

TEST(CommandLineEvaluate, AsOfWorksWithSpaceAndWithEquals)
{
    const ProcessResult spaced = runCli({QStringLiteral("evaluate"), responder(),
                                         QStringLiteral("--as-of"), QStringLiteral("2026-02-20")});
    const ProcessResult joined =
        runCli({QStringLiteral("evaluate"), QStringLiteral("--as-of=2026-02-20"), responder()});
    const ProcessResult byDefault = runCli({QStringLiteral("evaluate"), responder()});
    ASSERT_EQ(spaced.exitCode, 0) << spaced.err.toStdString();
    ASSERT_EQ(joined.exitCode, 0) << joined.err.toStdString();
    ASSERT_EQ(byDefault.exitCode, 0) << byDefault.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(spaced.out).object().value(QStringLiteral("as_of")).toString(),
              QStringLiteral("2026-02-20"));
    EXPECT_EQ(spaced.out, joined.out);
    EXPECT_NE(spaced.out, byDefault.out); // the option really changes the report
    // program_start is 2026-02-02, so 2026-02-20 is day 19 of week 3.
    const QJsonObject o = QJsonDocument::fromJson(joined.out).object();
    EXPECT_EQ(o.value(QStringLiteral("program_day")).toInt(), 19);
    EXPECT_EQ(o.value(QStringLiteral("program_week")).toInt(), 3);
}

TEST(CommandLineEvaluate, TouchesNoDiary)
{
    TempFolder folder;
    const QString root = folder.path(QStringLiteral("env"));
    ASSERT_TRUE(QDir().mkpath(root + QStringLiteral("/home")));
    ASSERT_TRUE(QDir().mkpath(root + QStringLiteral("/xdg")));
    const QString bundle = folder.path(QStringLiteral("copy.backlog.json"));
    writeFile(bundle, readFile(responder()));
    const QByteArray bundleBefore = readFile(bundle);

    const ProcessResult r = runCliIn(root, {QStringLiteral("evaluate"), bundle});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_FALSE(r.out.isEmpty());
    EXPECT_EQ(filesUnder(root), QStringList{}) << "evaluate wrote files";
    EXPECT_EQ(readFile(bundle), bundleBefore);

    // Control: the same environment does lead a diary-opening command into this folder, so
    // the empty listing above means something.
    const ProcessResult control = runCliIn(root, {QStringLiteral("export"), QStringLiteral("--format"),
                                                  QStringLiteral("json"), QStringLiteral("-o"),
                                                  folder.path(QStringLiteral("x.json"))});
    EXPECT_EQ(control.exitCode, 2) << control.err.toStdString();
    EXPECT_TRUE(filesUnder(root).contains(QStringLiteral("xdg/data/BackLog/diary.sqlite")))
        << text(filesUnder(root).join(QLatin1Char(' ')));
}

// ---- export: argument errors ------------------------------------------------------------

/// Runs export with `args` against a diary holding the responder bundle; the diary and
/// the output go into `folder`.
ProcessResult exportWith(const TempFolder& folder, const QStringList& args)
{
    return runCli(QStringList{QStringLiteral("export"), QStringLiteral("--db"), folder.diaryPath()} + args);
}

TEST(CommandLineExport, MissingFormatExitsTwo)
{
    TempFolder folder;
    importInto(responder(), folder.diaryPath());
    const QString out = folder.path(QStringLiteral("out.json"));
    const ProcessResult r = exportWith(folder, {QStringLiteral("-o"), out});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(errOf(r).contains(QStringLiteral("--format is required"))) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(out));
}

TEST(CommandLineExport, UnknownFormatExitsTwo)
{
    TempFolder folder;
    importInto(responder(), folder.diaryPath());
    const QString out = folder.path(QStringLiteral("out.xml"));
    const ProcessResult r =
        exportWith(folder, {QStringLiteral("--format"), QStringLiteral("xml"), QStringLiteral("-o"), out});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(errOf(r).contains(QStringLiteral("unknown format \"xml\""))) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(out));
}

TEST(CommandLineExport, MissingOutputExitsTwo)
{
    TempFolder folder;
    importInto(responder(), folder.diaryPath());
    const QStringList before = namesIn(folder.path(QStringLiteral(".")));
    const ProcessResult r = exportWith(folder, {QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(errOf(r).contains(QStringLiteral("-o FILE is required"))) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    EXPECT_EQ(namesIn(folder.path(QStringLiteral("."))), before);
}

TEST(CommandLineExport, FromAfterToExitsTwo)
{
    TempFolder folder;
    importInto(responder(), folder.diaryPath());
    const QString out = folder.path(QStringLiteral("out.json"));
    const ProcessResult r = exportWith(
        folder, {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), out,
                 QStringLiteral("--from"), QStringLiteral("2026-03-01"), QStringLiteral("--to"),
                 QStringLiteral("2026-02-01")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(errOf(r).contains(QStringLiteral("--from 2026-03-01 is after --to 2026-02-01")))
        << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(out));
}

TEST(CommandLineExport, BadFromDateExitsTwo)
{
    TempFolder folder;
    importInto(responder(), folder.diaryPath());
    const QString out = folder.path(QStringLiteral("out.json"));
    const ProcessResult r =
        exportWith(folder, {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"),
                            out, QStringLiteral("--from=2026-02-30")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(errOf(r).contains(QStringLiteral("--from: \"2026-02-30\" is not a valid date")))
        << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(out));
}

TEST(CommandLineExport, IntoAMissingFolderExitsTwoAndNamesIt)
{
    TempFolder folder;
    importInto(responder(), folder.diaryPath());
    const QString missingFolder = folder.path(QStringLiteral("no/such/folder"));
    const ProcessResult r = exportWith(folder, {QStringLiteral("--format"), QStringLiteral("json"),
                                                QStringLiteral("-o"),
                                                missingFolder + QStringLiteral("/out.json")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(errOf(r).contains(missingFolder)) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(folder.path(QStringLiteral("no"))));
}

TEST(CommandLineExport, OfADiaryWithoutAnEpisodeExitsTwo)
{
    TempFolder folder;
    const QString out = folder.path(QStringLiteral("out.json"));
    const ProcessResult r =
        exportWith(folder, {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), out});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(errOf(r).contains(QStringLiteral("no episode"))) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(out));
}

// ---- export: round trip, range, atomic write ---------------------------------------------

/// `json` without its exported_at line.
QList<QByteArray> withoutExportedAt(const QByteArray& json, int* removed)
{
    QList<QByteArray> lines = json.split('\n');
    *removed = int(lines.removeIf([](const QByteArray& l) { return l.contains("\"exported_at\":"); }));
    return lines;
}

TEST(CommandLineExport, RoundTripGivesIdenticalBytesExceptExportedAt)
{
    TempFolder folder;
    const QString diaryA = folder.path(QStringLiteral("a.sqlite"));
    const QString diaryB = folder.path(QStringLiteral("b.sqlite"));
    const QString exportA = folder.path(QStringLiteral("a.backlog.json"));
    const QString exportB = folder.path(QStringLiteral("b.backlog.json"));

    importInto(dataPath(QStringLiteral("scenarios/night_pain.backlog.json")), diaryA);
    const ProcessResult first = runCli({QStringLiteral("export"), QStringLiteral("--format"),
                                        QStringLiteral("json"), QStringLiteral("-o"), exportA,
                                        QStringLiteral("--db"), diaryA});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    importInto(exportA, diaryB);
    ASSERT_FALSE(QFileInfo::exists(exportB));
    const ProcessResult second = runCli({QStringLiteral("export"), QStringLiteral("--format=json"),
                                         QStringLiteral("--output"), exportB,
                                         QStringLiteral("--db"), diaryB});
    ASSERT_EQ(second.exitCode, 0) << second.err.toStdString();

    const QByteArray a = readFile(exportA);
    const QByteArray b = readFile(exportB);
    ASSERT_FALSE(a.isEmpty());
    int removedA = 0, removedB = 0;
    const QList<QByteArray> linesA = withoutExportedAt(a, &removedA);
    const QList<QByteArray> linesB = withoutExportedAt(b, &removedB);
    EXPECT_EQ(removedA, 1);
    EXPECT_EQ(removedB, 1);
    EXPECT_EQ(linesA, linesB) << "first export:\n" << a.toStdString() << "\nsecond export:\n"
                              << b.toStdString();

    // And the export holds the same data as the bundle first imported (lossless).
    const auto original = readBundleFile(dataPath(QStringLiteral("scenarios/night_pain.backlog.json")));
    const auto exported = readBundleFile(exportA);
    ASSERT_TRUE(original.ok()) << text(original.error().message);
    ASSERT_TRUE(exported.ok()) << text(exported.error().message);
    Bundle left = original->bundle;
    Bundle right = exported->bundle;
    left.exportedAt = right.exportedAt = QDateTime();
    EXPECT_EQ(left.episode, right.episode);
    EXPECT_EQ(left.entries, right.entries);
    EXPECT_EQ(left.sessions.size(), right.sessions.size());
    for (int i = 0; i < std::min(left.sessions.size(), right.sessions.size()); ++i)
        EXPECT_TRUE(left.sessions[i].sameContent(right.sessions[i])) << "session " << i;
    EXPECT_EQ(left.alerts, right.alerts);
}

TEST(CommandLineExport, FromAndToKeepOnlyWhatIsInRange)
{
    TempFolder folder;
    const QString source = dataPath(QStringLiteral("scenarios/night_pain.backlog.json"));
    importInto(source, folder.diaryPath());
    const QString out = folder.path(QStringLiteral("range.backlog.json"));
    const QDate from(2026, 9, 10), to(2026, 9, 25);
    const ProcessResult r = exportWith(
        folder, {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), out,
                 QStringLiteral("--from"), isoDate(from), QStringLiteral("--to=") + isoDate(to)});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();

    const auto all = readBundleFile(source);
    const auto ranged = readBundleFile(out);
    ASSERT_TRUE(all.ok()) << text(all.error().message);
    ASSERT_TRUE(ranged.ok()) << text(ranged.error().message);
    const auto inRange = [&](const QDate& d) { return d >= from && d <= to; };

    QList<DailyEntry> entries = all->bundle.entries;
    entries.removeIf([&](const DailyEntry& e) { return !inRange(e.date); });
    QList<Alert> alerts = all->bundle.alerts;
    alerts.removeIf([&](const Alert& a) { return !inRange(a.date); });
    QList<QDate> sessionDates, rangedSessionDates;
    for (const Session& s : all->bundle.sessions)
        if (inRange(s.date))
            sessionDates << s.date;
    for (const Session& s : ranged->bundle.sessions)
        rangedSessionDates << s.date;

    // The range cuts something off at both ends, and keeps something of every kind,
    // including what falls on the boundary dates.
    ASSERT_LT(entries.size(), all->bundle.entries.size());
    ASSERT_LT(sessionDates.size(), all->bundle.sessions.size());
    ASSERT_LT(alerts.size(), all->bundle.alerts.size());
    ASSERT_FALSE(alerts.isEmpty());
    ASSERT_FALSE(sessionDates.isEmpty());

    EXPECT_EQ(ranged->bundle.entries, entries);
    EXPECT_EQ(rangedSessionDates, sessionDates);
    EXPECT_EQ(ranged->bundle.alerts, alerts);
    EXPECT_EQ(ranged->bundle.entries.first().date, from);
    EXPECT_EQ(ranged->bundle.entries.last().date, to);
    EXPECT_EQ(ranged->bundle.episode, all->bundle.episode);
}

TEST(CommandLineExport, IsWrittenAtomicallyWithoutStrayFiles)
{
    TempFolder folder;
    importInto(responder(), folder.diaryPath());
    const QString outFolder = folder.path(QStringLiteral("out"));
    ASSERT_TRUE(QDir().mkpath(outFolder));
    const QString out = outFolder + QStringLiteral("/export.backlog.json");

    // A first export, then one over the existing file.
    for (int round = 0; round < 2; ++round) {
        SCOPED_TRACE(round);
        const ProcessResult r =
            exportWith(folder, {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), out});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_EQ(namesIn(outFolder), QStringList{QStringLiteral("export.backlog.json")});
        const auto read = readBundleFile(out);
        EXPECT_TRUE(read.ok()) << text(read.error().message);
    }

    // A failed export (the target is a folder) leaves nothing behind either.
    const QString blocked = outFolder + QStringLiteral("/blocked.backlog.json");
    ASSERT_TRUE(QDir().mkpath(blocked));
    const ProcessResult failed =
        exportWith(folder, {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), blocked});
    EXPECT_EQ(failed.exitCode, 2); // a folder given as the file is bad input
    EXPECT_TRUE(errOf(failed).contains(blocked)) << failed.err.toStdString();
    EXPECT_EQ(namesIn(outFolder), (QStringList{QStringLiteral("blocked.backlog.json"),
                                               QStringLiteral("export.backlog.json")}));
    EXPECT_TRUE(namesIn(blocked).isEmpty());
}

// ---- import ---------------------------------------------------------------------------

TEST(CommandLineImport, IntoADiaryWhoseFolderDoesNotExistExitsTwoAndNamesIt)
{
    TempFolder folder;
    const QString missingFolder = folder.path(QStringLiteral("missing"));
    const ProcessResult r = runCli({QStringLiteral("import"), responder(), QStringLiteral("--db"),
                                    missingFolder + QStringLiteral("/diary.sqlite")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(errOf(r).contains(missingFolder)) << r.err.toStdString();
    EXPECT_TRUE(errOf(r).contains(QStringLiteral("does not exist"))) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(missingFolder));
}

TEST(CommandLineImport, ValidBundleReportsWhatWasImported)
{
    TempFolder folder;
    const ProcessResult r =
        runCli({QStringLiteral("import"), responder(), QStringLiteral("--db"), folder.diaryPath()});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(QString::fromUtf8(r.out).contains(QStringLiteral("Imported 42 entries, 10 sessions")))
        << r.out.toStdString();
    EXPECT_TRUE(QFileInfo::exists(folder.diaryPath()));
}

TEST(CommandLineImport, MissingFileExitsTwoAndCreatesNoDiary)
{
    TempFolder folder;
    const QString missing = folder.path(QStringLiteral("nothing.backlog.json"));
    const ProcessResult r =
        runCli({QStringLiteral("import"), missing, QStringLiteral("--db"), folder.diaryPath()});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(errOf(r).contains(missing + QStringLiteral(": no such file"))) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(folder.diaryPath()));
}

} // namespace
