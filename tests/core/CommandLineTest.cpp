// SPDX-License-Identifier: GPL-3.0-or-later
// backlog-cli (formats.md section 4) through the real binary: arguments, exit statuses,
// the evaluate report, and import/export of bundles (round trip, date range, atomic write).
#include "Dates.h"
#include "TestSupport.h"
#include "exchange/Csv.h"
#include "storage/Database.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
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
    return QDir(folder).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
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
    const ProcessResult r =
        runCli({QStringLiteral("import"), bundle, QStringLiteral("--db"), diary});
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
            EXPECT_TRUE(out.contains(QLatin1String(word))) << word << " missing in:\n"
                                                           << r.out.toStdString();
        EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    }
}

TEST(CommandLine, SpeaksTheSystemLanguage)
{
    // LANG alone, as a German desktop session sets it, without LC_ALL.
    const QStringList german = {QStringLiteral("LC_ALL="), QStringLiteral("LANG=de_DE.UTF-8")};
    const ProcessResult help = runCli({QStringLiteral("--help")}, german);
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.startsWith("Aufruf:")) << help.out.toStdString();
    EXPECT_TRUE(help.out.contains("Befehle:")) << help.out.toStdString();
    // Commands and options stay as typed.
    EXPECT_TRUE(help.out.contains("--format json|csv|fhir|pdf|png")) << help.out.toStdString();

    TempFolder folder;
    const QString missing = folder.path(QStringLiteral("missing.backlog.json"));
    const ProcessResult bad = runCli(
        {QStringLiteral("import"), missing, QStringLiteral("--db"), folder.diaryPath()}, german);
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(
        QString::fromUtf8(bad.err).contains(missing + QStringLiteral(": Datei nicht gefunden")))
        << bad.err.toStdString();

    // And English again for an English or C locale.
    const ProcessResult english =
        runCli({QStringLiteral("--help")},
               {QStringLiteral("LC_ALL="), QStringLiteral("LANG=en_GB.UTF-8")});
    EXPECT_TRUE(english.out.startsWith("Usage:")) << english.out.toStdString();

    // English preferred over German (LANGUAGE=en:de) stays English.
    const ProcessResult preferred = runCli(
        {QStringLiteral("--help")}, {QStringLiteral("LC_ALL="), QStringLiteral("LANG=de_DE.UTF-8"),
                                     QStringLiteral("LANGUAGE=en:de")});
    EXPECT_TRUE(preferred.out.startsWith("Usage:")) << preferred.out.toStdString();
    const ProcessResult germanFirst = runCli(
        {QStringLiteral("--help")}, {QStringLiteral("LC_ALL="), QStringLiteral("LANG=de_DE.UTF-8"),
                                     QStringLiteral("LANGUAGE=de:en")});
    EXPECT_TRUE(germanFirst.out.startsWith("Aufruf:")) << germanFirst.out.toStdString();
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
        const ProcessResult r =
            runCli({QStringLiteral("evaluate"), responder(), QStringLiteral("--bogus")});
        EXPECT_EQ(r.exitCode, 2);
        EXPECT_TRUE(r.out.isEmpty());
        EXPECT_TRUE(errOf(r).contains(QStringLiteral("unknown option --bogus")))
            << r.err.toStdString();
    }
    {
        // An option of another subcommand is unknown here too.
        const ProcessResult r = runCli({QStringLiteral("evaluate"), responder(),
                                        QStringLiteral("--db"), QStringLiteral("x.sqlite")});
        EXPECT_EQ(r.exitCode, 2);
        EXPECT_TRUE(errOf(r).contains(QStringLiteral("unknown option --db")))
            << r.err.toStdString();
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
        const ProcessResult r =
            runCli({QStringLiteral("evaluate"), responder(), QStringLiteral("--as-of")});
        EXPECT_EQ(r.exitCode, 2);
        EXPECT_TRUE(r.out.isEmpty());
        EXPECT_TRUE(errOf(r).contains(QStringLiteral("option --as-of needs a value")))
            << r.err.toStdString();
    }
    {
        const ProcessResult r =
            runCli({QStringLiteral("evaluate"), responder(), QStringLiteral("--as-of=")});
        EXPECT_EQ(r.exitCode, 2);
        EXPECT_TRUE(errOf(r).contains(QStringLiteral("option --as-of needs a value")))
            << r.err.toStdString();
    }
}

TEST(CommandLine, OptionGivenTwiceExitsTwo)
{
    const ProcessResult r =
        runCli({QStringLiteral("evaluate"), responder(), QStringLiteral("--as-of"),
                QStringLiteral("2026-02-20"), QStringLiteral("--as-of=2026-02-21")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_TRUE(errOf(r).contains(QStringLiteral("option --as-of is given twice")))
        << r.err.toStdString();
}

TEST(CommandLine, ExtraPositionalArgumentExitsTwo)
{
    const ProcessResult r =
        runCli({QStringLiteral("evaluate"), responder(), QStringLiteral("extra.json")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_TRUE(errOf(r).contains(QStringLiteral("unexpected argument \"extra.json\"")))
        << r.err.toStdString();
}

TEST(CommandLine, MissingFileArgumentExitsTwo)
{
    const ProcessResult r = runCli({QStringLiteral("evaluate")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(errOf(r).contains(QStringLiteral("missing the file argument")))
        << r.err.toStdString();
}

// ---- evaluate ---------------------------------------------------------------------------

TEST(CommandLineEvaluate, MissingFileExitsTwoAndNamesIt)
{
    TempFolder folder;
    const QString missing = folder.path(QStringLiteral("nowhere.backlog.json"));
    const ProcessResult r = runCli({QStringLiteral("evaluate"), missing});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_TRUE(errOf(r).contains(missing + QStringLiteral(": no such file")))
        << r.err.toStdString();
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
    EXPECT_TRUE(errOf(r).contains(QStringLiteral("is a folder"))) << r.err.toStdString();
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
    for (const QString& date :
         {QStringLiteral("2026-13-01"), QStringLiteral("tomorrow"), QStringLiteral("2026-02-30"),
          QStringLiteral("2026-2-3"), QStringLiteral("2200-01-01")}) {
        SCOPED_TRACE(text(date));
        const ProcessResult r =
            runCli({QStringLiteral("evaluate"), responder(), QStringLiteral("--as-of"), date});
        EXPECT_EQ(r.exitCode, 2);
        EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
        EXPECT_TRUE(
            errOf(r).contains(QStringLiteral("--as-of: \"%1\" is not a valid date").arg(date)))
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
    EXPECT_EQ(
        QJsonDocument::fromJson(spaced.out).object().value(QStringLiteral("as_of")).toString(),
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
    const ProcessResult control = runCliIn(root, {QStringLiteral("import"), bundle});
    EXPECT_EQ(control.exitCode, 0) << control.err.toStdString();
    EXPECT_TRUE(filesUnder(root).contains(QStringLiteral("xdg/data/BackLog/diary.sqlite")))
        << text(filesUnder(root).join(QLatin1Char(' ')));
}

// ---- export: argument errors ------------------------------------------------------------

/// Runs export with `args` against a diary holding the responder bundle; the diary and
/// the output go into `folder`.
ProcessResult exportWith(const TempFolder& folder, const QStringList& args)
{
    return runCli(
        QStringList{QStringLiteral("export"), QStringLiteral("--db"), folder.diaryPath()} + args);
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
    const ProcessResult r = exportWith(
        folder, {QStringLiteral("--format"), QStringLiteral("xml"), QStringLiteral("-o"), out});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(errOf(r).contains(QStringLiteral("unknown format \"xml\""))) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(out));
}

TEST(CommandLineExport, MissingOutputExitsTwo)
{
    TempFolder folder;
    importInto(responder(), folder.diaryPath());
    const QStringList before = namesIn(folder.path(QStringLiteral(".")));
    const ProcessResult r =
        exportWith(folder, {QStringLiteral("--format"), QStringLiteral("json")});
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
        exportWith(folder, {QStringLiteral("--format"), QStringLiteral("json"),
                            QStringLiteral("-o"), out, QStringLiteral("--from=2026-02-30")});
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
    const ProcessResult r =
        exportWith(folder, {QStringLiteral("--format"), QStringLiteral("json"),
                            QStringLiteral("-o"), missingFolder + QStringLiteral("/out.json")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(errOf(r).contains(missingFolder)) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(folder.path(QStringLiteral("no"))));
}

TEST(CommandLineExport, OfADiaryWithoutAnEpisodeExitsTwo)
{
    TempFolder folder;
    {
        auto created = Database::open(folder.diaryPath()); // a diary, set up never
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    }
    const QString out = folder.path(QStringLiteral("out.json"));
    const ProcessResult r = exportWith(
        folder, {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), out});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(errOf(r).contains(QStringLiteral("no episode"))) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(out));
}

// ---- export: round trip, range, atomic write ---------------------------------------------

/// `json` without its exported_at line.
QList<QByteArray> withoutExportedAt(const QByteArray& json, int* removed)
{
    QList<QByteArray> lines = json.split('\n');
    *removed =
        int(lines.removeIf([](const QByteArray& l) { return l.contains("\"exported_at\":"); }));
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
    const ProcessResult first =
        runCli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                QStringLiteral("-o"), exportA, QStringLiteral("--db"), diaryA});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    importInto(exportA, diaryB);
    ASSERT_FALSE(QFileInfo::exists(exportB));
    const ProcessResult second =
        runCli({QStringLiteral("export"), QStringLiteral("--format=json"),
                QStringLiteral("--output"), exportB, QStringLiteral("--db"), diaryB});
    ASSERT_EQ(second.exitCode, 0) << second.err.toStdString();

    const QByteArray a = readFile(exportA);
    const QByteArray b = readFile(exportB);
    ASSERT_FALSE(a.isEmpty());
    int removedA = 0, removedB = 0;
    const QList<QByteArray> linesA = withoutExportedAt(a, &removedA);
    const QList<QByteArray> linesB = withoutExportedAt(b, &removedB);
    EXPECT_EQ(removedA, 1);
    EXPECT_EQ(removedB, 1);
    EXPECT_EQ(linesA, linesB) << "first export:\n"
                              << a.toStdString() << "\nsecond export:\n"
                              << b.toStdString();

    // And the export holds the same data as the bundle first imported (lossless).
    const auto original =
        readBundleFile(dataPath(QStringLiteral("scenarios/night_pain.backlog.json")));
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
    // The alerts are the evaluation as of the export date (the export policy): every alert
    // of the bundle is there as it was, and what else fires is dated after its last day.
    const QDate lastDay = defaultAsOf(left.episode, left.entries, left.sessions);
    for (const Alert& a : left.alerts) {
        const auto same = std::find_if(right.alerts.begin(), right.alerts.end(),
                                       [&](const Alert& b) { return b.sameIdentity(a); });
        ASSERT_NE(same, right.alerts.end()) << text(a.key());
        EXPECT_EQ(same->level, a.level) << text(a.key());
        EXPECT_EQ(same->acknowledged, a.acknowledged) << text(a.key());
    }
    for (const Alert& b : right.alerts) {
        const bool known = std::any_of(left.alerts.begin(), left.alerts.end(),
                                       [&](const Alert& a) { return a.sameIdentity(b); });
        EXPECT_TRUE(known || b.date > lastDay) << text(b.key());
    }
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
            exportWith(folder, {QStringLiteral("--format"), QStringLiteral("json"),
                                QStringLiteral("-o"), out});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_EQ(namesIn(outFolder), QStringList{QStringLiteral("export.backlog.json")});
        const auto read = readBundleFile(out);
        EXPECT_TRUE(read.ok()) << text(read.error().message);
    }

    // A failed export (the target is a folder) leaves nothing behind either.
    const QString blocked = outFolder + QStringLiteral("/blocked.backlog.json");
    ASSERT_TRUE(QDir().mkpath(blocked));
    const ProcessResult failed =
        exportWith(folder, {QStringLiteral("--format"), QStringLiteral("json"),
                            QStringLiteral("-o"), blocked});
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
    EXPECT_TRUE(
        QString::fromUtf8(r.out).contains(QStringLiteral("Imported 42 entries, 10 sessions")))
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
    EXPECT_TRUE(errOf(r).contains(missing + QStringLiteral(": no such file")))
        << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(folder.diaryPath()));
}

// ---- CSV and FHIR ---------------------------------------------------------------------------

QString nightPain()
{
    return dataPath(QStringLiteral("scenarios/night_pain.backlog.json"));
}

/// Every file in `folder` with its bytes.
QMap<QString, QByteArray> folderBytes(const QString& folder)
{
    QMap<QString, QByteArray> files;
    const QDir dir(folder);
    for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden | QDir::System))
        files.insert(name, readFile(dir.filePath(name)));
    return files;
}

TEST(CommandLine, HelpDescribesTheCsvAndFhirFormats)
{
    const ProcessResult r = runCli({QStringLiteral("--help")});
    ASSERT_EQ(r.exitCode, 0);
    const QString out = QString::fromUtf8(r.out);
    for (const char* word : {"json|csv|fhir|pdf|png", "-sessions.csv", "FHIR R4", ".csv"})
        EXPECT_TRUE(out.contains(QLatin1String(word))) << word << " missing in:\n"
                                                       << r.out.toStdString();
}

TEST(CommandLineExport, CsvWritesTheEntriesAndTheSessionsNextToThem)
{
    TempFolder folder;
    importInto(nightPain(), folder.diaryPath());
    const QString outFolder = folder.path(QStringLiteral("out"));
    ASSERT_TRUE(QDir().mkpath(outFolder));
    const QString out = outFolder + QStringLiteral("/diary.csv");
    const ProcessResult r = exportWith(
        folder, {QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), out});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(namesIn(outFolder),
              (QStringList{QStringLiteral("diary-sessions.csv"), QStringLiteral("diary.csv")}));

    const auto bundle = readBundleFile(nightPain());
    ASSERT_TRUE(bundle.ok()) << text(bundle.error().message);
    EXPECT_EQ(readFile(out), writeEntriesCsv(bundle->bundle.entries));
    EXPECT_EQ(readFile(outFolder + QStringLiteral("/diary-sessions.csv")),
              writeSessionsCsv(bundle->bundle.sessions));
    EXPECT_TRUE(QString::fromUtf8(r.out).contains(
        QStringLiteral("Exported %1 entries to %2 and %3 sessions to %4")
            .arg(QString::number(bundle->bundle.entries.size()), out,
                 QString::number(bundle->bundle.sessions.size()),
                 outFolder + QStringLiteral("/diary-sessions.csv"))))
        << r.out.toStdString();
}

TEST(CommandLineExport, CsvKeepsOnlyWhatIsInRange)
{
    TempFolder folder;
    importInto(nightPain(), folder.diaryPath());
    const QString out = folder.path(QStringLiteral("range"));
    const QDate from(2026, 9, 10), to(2026, 9, 25);
    const ProcessResult r = exportWith(
        folder, {QStringLiteral("--format=csv"), QStringLiteral("-o"), out,
                 QStringLiteral("--from"), isoDate(from), QStringLiteral("--to"), isoDate(to)});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    // A name without .csv gets -sessions.csv appended.
    const auto entries = readEntriesCsv(readFile(out), out);
    const auto sessions = readSessionsCsv(readFile(out + QStringLiteral("-sessions.csv")), out);
    ASSERT_TRUE(entries.ok()) << text(entries.error().message);
    ASSERT_TRUE(sessions.ok()) << text(sessions.error().message);
    ASSERT_FALSE(entries->entries.isEmpty());
    ASSERT_FALSE(sessions->sessions.isEmpty());
    EXPECT_EQ(entries->entries.first().date, from);
    EXPECT_EQ(entries->entries.last().date, to);
    for (const Session& s : sessions->sessions)
        EXPECT_TRUE(s.date >= from && s.date <= to) << text(isoDate(s.date));
}

TEST(CommandLineExport, CsvWhoseSessionsFileWouldBeAFolderExitsTwoAndWritesNothing)
{
    TempFolder folder;
    importInto(responder(), folder.diaryPath());
    const QString outFolder = folder.path(QStringLiteral("out"));
    ASSERT_TRUE(QDir().mkpath(outFolder + QStringLiteral("/x-sessions.csv")));
    const ProcessResult r =
        exportWith(folder, {QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"),
                            outFolder + QStringLiteral("/x.csv")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(errOf(r).contains(outFolder + QStringLiteral("/x-sessions.csv: is a folder")))
        << r.err.toStdString();
    EXPECT_EQ(namesIn(outFolder), QStringList{QStringLiteral("x-sessions.csv")});
}

TEST(CommandLineExport, FhirWritesABundleOfTheRange)
{
    TempFolder folder;
    importInto(nightPain(), folder.diaryPath());
    const QString out = folder.path(QStringLiteral("export.fhir.json"));
    const QDate from(2026, 9, 10), to(2026, 9, 25);
    const ProcessResult r = exportWith(
        folder, {QStringLiteral("--format"), QStringLiteral("fhir"), QStringLiteral("-o"), out,
                 QStringLiteral("--from"), isoDate(from), QStringLiteral("--to"), isoDate(to)});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject bundle = QJsonDocument::fromJson(readFile(out)).object();
    EXPECT_EQ(bundle.value(QStringLiteral("resourceType")).toString(), QStringLiteral("Bundle"));
    EXPECT_EQ(bundle.value(QStringLiteral("type")).toString(), QStringLiteral("collection"));

    const auto all = readBundleFile(nightPain());
    ASSERT_TRUE(all.ok()) << text(all.error().message);
    const auto inRange = [&](const QDate& d) { return d >= from && d <= to; };
    int observations = 0, procedures = 0, flags = 0;
    for (const DailyEntry& e : all->bundle.entries)
        if (inRange(e.date))
            observations += e.function ? 2 : 1;
    for (const Session& s : all->bundle.sessions)
        procedures += inRange(s.date) ? 1 : 0;
    for (const Alert& a : all->bundle.alerts)
        flags += inRange(a.date) ? 1 : 0;
    ASSERT_GT(flags, 0);
    QHash<QString, int> counts;
    for (const QJsonValue& e : bundle.value(QStringLiteral("entry")).toArray())
        ++counts[e.toObject()
                     .value(QStringLiteral("resource"))
                     .toObject()
                     .value(QStringLiteral("resourceType"))
                     .toString()];
    EXPECT_EQ(counts.value(QStringLiteral("Patient")), 1);
    EXPECT_EQ(counts.value(QStringLiteral("Observation")), observations);
    EXPECT_EQ(counts.value(QStringLiteral("Procedure")), procedures);
    EXPECT_EQ(counts.value(QStringLiteral("Flag")), flags);
}

TEST(CommandLineExport, PdfReportWithNoDisplayIsCheckedByRealTools)
{
    TempFolder folder;
    importInto(responder(), folder.diaryPath());
    for (const auto& [paper, size] :
         {std::pair{QStringLiteral("a4"), QStringLiteral("595 x 842")},
          std::pair{QStringLiteral("letter"), QStringLiteral("612 x 792")}}) {
        SCOPED_TRACE(text(paper));
        const QString out = folder.path(QStringLiteral("report-%1.pdf").arg(paper));
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY")); // no display, no platform chosen
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(BACKLOG_CLI),
                  {QStringLiteral("export"), QStringLiteral("--db"), folder.diaryPath(),
                   QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--paper"),
                   paper, QStringLiteral("-o"), out});
        ASSERT_TRUE(cli.waitForFinished(60000));
        ASSERT_EQ(cli.exitCode(), 0) << cli.readAllStandardError().toStdString();
        const ProcessResult info = runProgram(QStringLiteral("pdfinfo"), {out});
        ASSERT_EQ(info.exitCode, 0);
        EXPECT_TRUE(info.out.contains(size.toUtf8())) << info.out.toStdString();
        EXPECT_TRUE(info.out.contains("BackLog")) << info.out.toStdString();
        EXPECT_EQ(runProgram(QStringLiteral("qpdf"), {QStringLiteral("--check"), out}).exitCode, 0);
        const ProcessResult pdfText = runProgram(
            QStringLiteral("pdftotext"), {QStringLiteral("-layout"), out, QStringLiteral("-")});
        ASSERT_EQ(pdfText.exitCode, 0);
        EXPECT_TRUE(pdfText.out.contains("Summary")) << pdfText.out.toStdString();
        EXPECT_TRUE(pdfText.out.contains(BACKLOG_VERSION));
    }
}

TEST(CommandLineExport, PngChartIsAnImage)
{
    TempFolder folder;
    importInto(responder(), folder.diaryPath());
    const QString out = folder.path(QStringLiteral("chart.png"));
    const ProcessResult r = exportWith(
        folder, {QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("-o"), out});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QByteArray png = readFile(out);
    ASSERT_GT(png.size(), 1000);
    EXPECT_TRUE(png.startsWith("\x89PNG\r\n\x1a\n"));
}

TEST(CommandLineExport, BadReportOptionsExitTwoAndWriteNothing)
{
    TempFolder folder;
    importInto(responder(), folder.diaryPath());
    const QString out = folder.path(QStringLiteral("report.pdf"));
    ProcessResult r = exportWith(folder, {QStringLiteral("--format"), QStringLiteral("pdf"),
                                          QStringLiteral("--paper"), QStringLiteral("legal"),
                                          QStringLiteral("-o"), out});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(errOf(r).contains(QStringLiteral("--paper legal"))) << r.err.toStdString();
    r = exportWith(folder,
                   {QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--notes"),
                    QStringLiteral("maybe"), QStringLiteral("-o"), out});
    EXPECT_EQ(r.exitCode, 2);
    r = exportWith(folder,
                   {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--paper"),
                    QStringLiteral("a4"), QStringLiteral("-o"), out});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_FALSE(QFileInfo::exists(out));
    r = exportWith(folder, {QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"),
                            folder.path(QStringLiteral("missing/report.pdf"))});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(errOf(r).contains(QStringLiteral("missing"))) << r.err.toStdString();
}

TEST(CommandLineImport, CsvEntriesAreAddedOrReplaceTheirDate)
{
    TempFolder folder;
    importInto(responder(), folder.diaryPath());
    const auto bundle = readBundleFile(responder());
    ASSERT_TRUE(bundle.ok()) << text(bundle.error().message);
    const QDate existing = bundle->bundle.entries.first().date;
    const QDate fresh = bundle->bundle.episode.programStart.addDays(-3);
    DailyEntry before;
    {
        auto diary = Diary::open(folder.diaryPath());
        ASSERT_TRUE(diary.ok()) << text(diary.error().message);
        before = diary.value()->entries().get(existing).value().value();
    }
    const QString csv = folder.path(QStringLiteral("other diary.csv"));
    writeFile(csv, QStringLiteral("pain,date,mood\n2,%1,ok\n3,%2,fine\n")
                       .arg(isoDate(existing), isoDate(fresh))
                       .toUtf8());
    const ProcessResult r =
        runCli({QStringLiteral("import"), csv, QStringLiteral("--db"), folder.diaryPath()});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(QString::fromUtf8(r.out).contains(QStringLiteral("Imported 2 entries from ") + csv))
        << r.out.toStdString();
    EXPECT_TRUE(QString::fromUtf8(r.out).contains(
        QStringLiteral("(1 new, 1 merged into the entry of their date)")))
        << r.out.toStdString();
    EXPECT_TRUE(
        errOf(r).contains(QStringLiteral("warning: ") + csv +
                          QStringLiteral(": line 1, column \"mood\": unknown column, ignored")))
        << r.err.toStdString();

    auto diary = Diary::open(folder.diaryPath());
    ASSERT_TRUE(diary.ok()) << text(diary.error().message);
    // The import merges: only pain, the one field the file has, changed.
    DailyEntry merged = before;
    merged.pain = 2;
    EXPECT_EQ(diary.value()->entries().get(existing).value(), merged);
    EXPECT_EQ(diary.value()->entries().get(fresh).value(), simpleEntry(fresh, 3));
    EXPECT_EQ(diary.value()->entries().all().value().size(), bundle->bundle.entries.size() + 1);
}

TEST(CommandLineImport, CsvSessionsAreRecognisedAndImported)
{
    TempFolder folder;
    importInto(responder(), folder.diaryPath());
    const QString csv = folder.path(QStringLiteral("sessions.csv"));
    writeFile(csv, "date,minutes,kind,therapist\n2026-03-20,45,swedish,A\n2026-03-20,30,other,B\n");
    const ProcessResult r =
        runCli({QStringLiteral("import"), csv, QStringLiteral("--db"), folder.diaryPath()});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(
        QString::fromUtf8(r.out).contains(QStringLiteral("Imported 2 sessions from ") + csv))
        << r.out.toStdString();
    const ProcessResult again =
        runCli({QStringLiteral("import"), csv, QStringLiteral("--db"), folder.diaryPath()});
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(QString::fromUtf8(again.out).contains(QStringLiteral("Imported 0 sessions")))
        << again.out.toStdString();
}

TEST(CommandLineImport, CsvExportedAndImportedAgainGivesTheSameFile)
{
    TempFolder folder;
    const QString a = folder.path(QStringLiteral("a.sqlite"));
    const QString b = folder.path(QStringLiteral("b.sqlite"));
    importInto(nightPain(), a);
    importInto(responder(), b); // another episode's diary: the entries are all new to it
    const QString first = folder.path(QStringLiteral("first.csv"));
    const QString second = folder.path(QStringLiteral("second.csv"));
    ASSERT_EQ(runCli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                      QStringLiteral("-o"), first, QStringLiteral("--db"), a})
                  .exitCode,
              0);
    for (const QString& file : {first, folder.path(QStringLiteral("first-sessions.csv"))}) {
        const ProcessResult r = runCli({QStringLiteral("import"), file, QStringLiteral("--db"), b});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    ASSERT_EQ(
        runCli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                QStringLiteral("-o"), second, QStringLiteral("--db"), b, QStringLiteral("--from"),
                QStringLiteral("2026-09-01"), QStringLiteral("--to"), QStringLiteral("2026-12-31")})
            .exitCode,
        0);
    const auto bundle = readBundleFile(nightPain());
    ASSERT_TRUE(bundle.ok());
    ASSERT_GE(bundle->bundle.entries.first().date, QDate(2026, 9, 1));
    ASSERT_LE(bundle->bundle.entries.last().date, QDate(2026, 12, 31));
    EXPECT_EQ(readFile(second), readFile(first));
    EXPECT_EQ(readFile(folder.path(QStringLiteral("second-sessions.csv"))),
              readFile(folder.path(QStringLiteral("first-sessions.csv"))));
}

TEST(CommandLineImport, CsvWithABadRowExitsTwoAndChangesNothing)
{
    TempFolder folder;
    const QString diaryFolder = folder.path(QStringLiteral("diary"));
    ASSERT_TRUE(QDir().mkpath(diaryFolder));
    const QString diary = diaryFolder + QStringLiteral("/diary.sqlite");
    importInto(responder(), diary);
    const QMap<QString, QByteArray> before = folderBytes(diaryFolder);
    ASSERT_TRUE(before.contains(QStringLiteral("diary.sqlite")));

    const QString csv = folder.path(QStringLiteral("bad.csv"));
    writeFile(csv, "date,pain\r\n2025-01-01,3\r\n2025-01-02,11\r\n2025-01-03,4\r\n");
    const ProcessResult r = runCli({QStringLiteral("import"), csv, QStringLiteral("--db"), diary});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(errOf(r).contains(
        csv + QStringLiteral(": line 3, column \"pain\": 11 is out of range 0..10")))
        << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    EXPECT_EQ(folderBytes(diaryFolder), before) << "the diary's folder changed";
}

TEST(CommandLineImport, CsvIntoAMissingDiaryExitsTwoAndCreatesNothing)
{
    TempFolder folder;
    const QString csv = folder.path(QStringLiteral("entries.csv"));
    writeFile(csv, "date,pain\n2026-10-05,5\n");
    const ProcessResult r =
        runCli({QStringLiteral("import"), csv, QStringLiteral("--db"), folder.diaryPath()});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(errOf(r).contains(folder.diaryPath() + QStringLiteral(": no such diary")))
        << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(folder.diaryPath()));
}

TEST(CommandLineImport, CsvIntoADiaryWithoutAnEpisodeExitsTwo)
{
    TempFolder folder;
    {
        auto created = Diary::open(folder.diaryPath());
        ASSERT_TRUE(created.ok()) << text(created.error().message);
    }
    const QString csv = folder.path(QStringLiteral("entries.csv"));
    writeFile(csv, "date,pain\n2026-10-05,5\n");
    const QByteArray before = readFile(folder.diaryPath());
    const ProcessResult r =
        runCli({QStringLiteral("import"), csv, QStringLiteral("--db"), folder.diaryPath()});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(errOf(r).contains(QStringLiteral("the diary has no episode yet")))
        << r.err.toStdString();
    EXPECT_EQ(readFile(folder.diaryPath()), before);
}

TEST(CommandLineImport, MissingCsvFileExitsTwo)
{
    TempFolder folder;
    const QString csv = folder.path(QStringLiteral("nothing.csv"));
    const ProcessResult r =
        runCli({QStringLiteral("import"), csv, QStringLiteral("--db"), folder.diaryPath()});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(errOf(r).contains(csv + QStringLiteral(": no such file"))) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(folder.diaryPath()));
}

} // namespace

// ---- The desktop program's own command line --------------------------------------------

TEST(GuiCommandLine, HelpVersionAndWrongArgumentsNeedNoDisplay)
{
    // An X11 platform with no display: creating a window would abort the program.
    const QStringList noDisplay = {QStringLiteral("QT_QPA_PLATFORM=xcb"),
                                   QStringLiteral("DISPLAY="), QStringLiteral("WAYLAND_DISPLAY=")};
    const QString gui = QStringLiteral(BACKLOG_GUI);
    const ProcessResult help = runProgram(gui, {QStringLiteral("--help")}, 60000, noDisplay);
    EXPECT_EQ(help.exitCode, 0) << help.err.toStdString();
    EXPECT_TRUE(help.out.contains("--db <PATH>")) << help.out.toStdString();
    EXPECT_TRUE(help.out.contains("--minimized")) << help.out.toStdString();

    const ProcessResult version = runProgram(gui, {QStringLiteral("--version")}, 60000, noDisplay);
    EXPECT_EQ(version.exitCode, 0) << version.err.toStdString();
    EXPECT_EQ(version.out.trimmed(), QByteArray("BackLog " BACKLOG_VERSION));

    const ProcessResult unknown =
        runProgram(gui, {QStringLiteral("--frobnicate")}, 60000, noDisplay);
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains("frobnicate")) << unknown.err.toStdString();

    const ProcessResult extra = runProgram(gui, {QStringLiteral("diary.sqlite")}, 60000, noDisplay);
    EXPECT_EQ(extra.exitCode, 2);
    EXPECT_TRUE(extra.err.contains("unexpected argument \"diary.sqlite\""))
        << extra.err.toStdString();

    // In German on a German desktop.
    const ProcessResult german = runProgram(
        gui, {QStringLiteral("--help")}, 60000,
        noDisplay + QStringList{QStringLiteral("LC_ALL="), QStringLiteral("LANG=de_DE.UTF-8")});
    EXPECT_TRUE(german.out.contains("Das Tagebuch unter PATH öffnen.")) << german.out.toStdString();
}
