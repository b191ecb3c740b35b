// SPDX-License-Identifier: GPL-3.0-or-later
// quality.md R8-R10 with the real backlog-cli: an export never reports success over lost
// data and never lands on the diary, its side files, its backups or a special file; a
// symbolic link as output is replaced, not followed; every file written is 0600; an endless
// input stops at the size limit; a mistyped --db is never created; the one-writer lock
// holds through a symbolic link or a hard link; a non-UTF-8 name is refused; JSON that
// Qt's parser would take but a bundle must not hold is refused with its place.
//
// The full disk is a real small file system: a tmpfs mounted in a private mount namespace
// (unshare -m), as root. Under CI=true the test fails when it cannot mount; elsewhere it
// is skipped, saying so. It prints which way it ran.
#include "Diary.h"
#include "DiaryService.h"
#include "Files.h"
#include "Generator.h"
#include "TestSupport.h"
#include "exchange/Bundle.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <cstdio>
#include <iostream>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

using namespace backlog;
using namespace backlog::test;

namespace {

QString scenario()
{
    return dataPath(QStringLiteral("scenarios/responder.backlog.json"));
}

QString errOf(const ProcessResult& r)
{
    return QString::fromUtf8(r.err);
}

int modeOf(const QString& path)
{
    struct stat st;
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return static_cast<int>(st.st_mode & 07777);
}

QStringList namesIn(const QString& folder)
{
    return QDir(folder).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

/// A diary with the responder scenario imported, at folder.diaryPath().
void makeDiary(const TempFolder& folder)
{
    const ProcessResult r =
        runCli({QStringLiteral("import"), scenario(), QStringLiteral("--db"), folder.diaryPath()});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
}

/// Runs `script` with sh, with backlog-cli as $CLI, in English, with `vars` in its
/// environment; in a private mount namespace (unshare -m) when `privateMounts`.
struct ScriptRun
{
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;
};

ScriptRun runScript(const QString& script, const QList<std::pair<QString, QString>>& vars,
                    bool privateMounts)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CLI"), QStringLiteral(BACKLOG_CLI));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    for (const auto& [name, value] : vars)
        env.insert(name, value);
    p.setProcessEnvironment(env);
    const QStringList sh{QStringLiteral("sh"), QStringLiteral("-c"), script};
    if (privateMounts)
        p.start(QStringLiteral("unshare"), QStringList{QStringLiteral("-m")} + sh);
    else
        p.start(sh.first(), sh.mid(1));
    ScriptRun run;
    run.finished = p.waitForFinished(120000);
    run.exitCode = p.exitCode();
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

ProcessResult exportTo(const TempFolder& folder, const QString& format, const QString& out)
{
    return runCli({QStringLiteral("export"), QStringLiteral("--db"), folder.diaryPath(),
                   QStringLiteral("--format"), format, QStringLiteral("-o"), out});
}

} // namespace

TEST(FileSafety, AnExportToAFullDiskFailsNamingTheFileAndKeepsTheEarlierOne)
{
    TempFolder folder;
    makeDiary(folder);
    const bool ci = qEnvironmentVariable("CI") == QLatin1String("true");
    if (::geteuid() != 0) {
        if (ci)
            FAIL() << "the full-disk test needs root to mount a tmpfs";
        GTEST_SKIP() << "full-disk test: not root, no tmpfs can be mounted";
    }
    const QString disk = folder.path(QStringLiteral("small-disk"));
    ASSERT_TRUE(QDir().mkpath(disk));
    // In a private mount namespace: a 256 KiB tmpfs, an earlier good export on it, then the
    // disk filled up; then each format is exported over its earlier file.
    const QString script = QStringLiteral(
        "set -e\n"
        "mount --make-rprivate / 2>/dev/null || true\n"
        "mount -t tmpfs -o size=256k tmpfs \"$D\"\n"
        "printf GOOD > \"$D/out.backlog.json\"\n"
        "printf GOOD > \"$D/out.fhir.json\"\n"
        "printf GOOD > \"$D/out.csv\"\n"
        "printf GOOD > \"$D/out-sessions.csv\"\n"
        "printf GOOD > \"$D/out.pdf\"\n"
        "dd if=/dev/zero of=\"$D/fill\" bs=4096 2>/dev/null || true\n"
        "set +e\n"
        "for f in json:out.backlog.json fhir:out.fhir.json csv:out.csv pdf:out.pdf; do\n"
        "  \"$CLI\" export --db \"$DB\" --format \"${f%%:*}\" -o \"$D/${f#*:}\" 2>\"$D.err\"\n"
        "  echo \"rc ${f%%:*} $?\"\n"
        "  sed 's/^/err /' \"$D.err\"\n"
        "done\n"
        "for f in out.backlog.json out.fhir.json out.csv out-sessions.csv out.pdf; do\n"
        "  echo \"content $f $(cat \"$D/$f\")\"\n"
        "done\n"
        "ls -A \"$D\" | sed 's/^/name /'\n");
    const ScriptRun run = runScript(
        script, {{QStringLiteral("D"), disk}, {QStringLiteral("DB"), folder.diaryPath()}}, true);
    ASSERT_TRUE(run.finished);
    const QString& out = run.out;
    const QString& err = run.err;
    if (run.exitCode != 0 || !out.contains(QStringLiteral("rc json"))) {
        if (ci)
            FAIL() << "the full-disk test could not mount a tmpfs: " << err.toStdString();
        GTEST_SKIP() << "full-disk test: no tmpfs could be mounted (" << err.toStdString() << ")";
    }
    std::cout << "full-disk test: a 256 KiB tmpfs in a private mount namespace\n";
    for (const char* format : {"json", "fhir", "csv", "pdf"}) {
        EXPECT_TRUE(out.contains(QStringLiteral("rc %1 1\n").arg(QLatin1String(format))))
            << format << "\n"
            << out.toStdString();
    }
    for (const char* file :
         {"out.backlog.json", "out.fhir.json", "out.csv", "out-sessions.csv", "out.pdf"})
        EXPECT_TRUE(out.contains(QStringLiteral("content %1 GOOD\n").arg(QLatin1String(file))))
            << file << "\n"
            << out.toStdString();
    // Each failure names its file and says why.
    EXPECT_TRUE(out.contains(disk + QStringLiteral("/out.backlog.json: writing failed")))
        << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("No space left on device"))) << out.toStdString();
    // Nothing half-written is left beside them.
    QStringList names;
    for (const QString& line : out.split(u'\n'))
        if (line.startsWith(QStringLiteral("name ")))
            names << line.mid(5);
    names.sort();
    EXPECT_EQ(names, (QStringList{QStringLiteral("fill"), QStringLiteral("out-sessions.csv"),
                                  QStringLiteral("out.backlog.json"), QStringLiteral("out.csv"),
                                  QStringLiteral("out.fhir.json"), QStringLiteral("out.pdf")}));
}

TEST(FileSafety, TheDiaryItsSideFilesAndBackupsAreNeverAnOutput)
{
    TempFolder folder;
    makeDiary(folder);
    const QByteArray before = readFile(folder.diaryPath());
    const QString backup = folder.path(QStringLiteral("diary-backups/x.backlog.json"));
    for (const QString& out : {folder.diaryPath(), folder.diaryPath() + QStringLiteral("-wal"),
                               folder.diaryPath() + QStringLiteral("-shm"),
                               folder.diaryPath() + QStringLiteral(".lock"), backup}) {
        SCOPED_TRACE(out.toStdString());
        const ProcessResult r = exportTo(folder, QStringLiteral("json"), out);
        EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
        EXPECT_TRUE(errOf(r).contains(out)) << r.err.toStdString();
    }
    // Nor another SQLite database, nor a link to the diary.
    const QString other = folder.path(QStringLiteral("other.sqlite"));
    ASSERT_TRUE(QFile::copy(folder.diaryPath(), other));
    const QString link = folder.path(QStringLiteral("link.json"));
    ASSERT_TRUE(QFile::link(folder.diaryPath(), link));
    for (const QString& out : {other, link}) {
        SCOPED_TRACE(out.toStdString());
        const ProcessResult r = exportTo(folder, QStringLiteral("fhir"), out);
        EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
    }
    EXPECT_EQ(readFile(folder.diaryPath()), before);
    const ProcessResult again =
        runCli({QStringLiteral("export"), QStringLiteral("--db"), folder.diaryPath(),
                QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"),
                folder.path(QStringLiteral("fine.backlog.json"))});
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString(); // the diary still opens
}

TEST(FileSafety, DevicesPipesAndFoldersAreRefusedBeforeAnythingIsOpened)
{
    TempFolder folder;
    makeDiary(folder);
    const QString fifo = folder.path(QStringLiteral("pipe"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    for (const QString& out :
         QStringList{QStringLiteral("/dev/null"), fifo, folder.path(QString())}) {
        SCOPED_TRACE(out.toStdString());
        const ProcessResult r = exportTo(folder, QStringLiteral("json"), out);
        EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
        EXPECT_TRUE(errOf(r).contains(out)) << r.err.toStdString();
    }
    struct stat st;
    ASSERT_EQ(::stat("/dev/null", &st), 0);
    EXPECT_TRUE(S_ISCHR(st.st_mode)); // still the device
    EXPECT_EQ(::lstat(QFile::encodeName(fifo).constData(), &st), 0);
    EXPECT_TRUE(S_ISFIFO(st.st_mode));
}

TEST(FileSafety, ALinkAsOutputIsReplacedNeverItsTargetAndEveryFileIs0600)
{
    TempFolder folder;
    makeDiary(folder);
    const QString target = folder.path(QStringLiteral("someone-elses.txt"));
    writeFile(target, "keep me");
    ASSERT_TRUE(QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner |
                                                  QFile::ReadGroup | QFile::ReadOther));
    const QString link = folder.path(QStringLiteral("planted.backlog.json"));
    ASSERT_TRUE(QFile::link(target, link));
    const ProcessResult r = exportTo(folder, QStringLiteral("json"), link);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(readFile(target), QByteArray("keep me"));
    EXPECT_FALSE(QFileInfo(link).isSymLink());
    EXPECT_TRUE(readBundleFile(link).ok());
    EXPECT_EQ(modeOf(link), 0600);

    // An existing 0644 file becomes 0600 when replaced; CSV files are 0600 too.
    const QString wide = folder.path(QStringLiteral("wide.fhir.json"));
    writeFile(wide, "old");
    ASSERT_EQ(::chmod(QFile::encodeName(wide).constData(), 0644), 0);
    ASSERT_EQ(exportTo(folder, QStringLiteral("fhir"), wide).exitCode, 0);
    EXPECT_EQ(modeOf(wide), 0600);
    const QString csv = folder.path(QStringLiteral("out.csv"));
    ASSERT_EQ(exportTo(folder, QStringLiteral("csv"), csv).exitCode, 0);
    EXPECT_EQ(modeOf(csv), 0600);
    EXPECT_EQ(modeOf(folder.path(QStringLiteral("out-sessions.csv"))), 0600);
}

TEST(FileSafety, AWideDiaryIsMadePrivateOnOpenAndSaidSo)
{
    TempFolder folder;
    makeDiary(folder);
    ASSERT_EQ(::chmod(QFile::encodeName(folder.diaryPath()).constData(), 0644), 0);
    const ProcessResult r =
        exportTo(folder, QStringLiteral("json"), folder.path(QStringLiteral("x.backlog.json")));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(modeOf(folder.diaryPath()), 0600);
    EXPECT_TRUE(errOf(r).contains(QStringLiteral("readable by you alone"))) << r.err.toStdString();
    for (const char* side : {"-wal", "-shm"})
        if (QFileInfo::exists(folder.diaryPath() + QLatin1String(side))) {
            EXPECT_EQ(modeOf(folder.diaryPath() + QLatin1String(side)), 0600) << side;
        }
}

TEST(FileSafety, EndlessAndOversizedInputsStopAtTheLimit)
{
    for (const char* input : {"/dev/zero", "/dev/urandom"}) {
        SCOPED_TRACE(input);
        const ProcessResult r = runCli({QStringLiteral("evaluate"), QLatin1String(input)});
        EXPECT_EQ(r.exitCode, 2) << r.err.left(300).toStdString();
        EXPECT_TRUE(errOf(r).contains(QStringLiteral("64 MiB"))) << r.err.left(300).toStdString();
        EXPECT_LT(r.err.size(), 4000);
    }
    // The limit is the one the readers share.
    TempFolder folder;
    const QString big = folder.path(QStringLiteral("big.backlog.json"));
    {
        QFile f(big);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        ASSERT_TRUE(f.resize(kMaxInputBytes + 1));
    }
    const Result<QByteArray> read = readFileLimited(big);
    ASSERT_FALSE(read.ok());
    EXPECT_TRUE(read.error().message.contains(big));
}

TEST(FileSafety, WarningsAreCappedWithACount)
{
    TempFolder folder;
    QByteArray json = R"({"format":"backlog-exchange","version":2,"episode":)"
                      R"({"onset_date":"2026-10-01","program_start":"2026-10-05"})";
    for (int i = 0; i < 250; ++i)
        json += QStringLiteral(",\"x_unknown_%1\":1").arg(i).toUtf8();
    json += "}";
    const Result<BundleRead> read = readBundle(json, QStringLiteral("many.json"));
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    ASSERT_EQ(read->warnings.size(), kMaxWarnings + 1);
    EXPECT_TRUE(read->warnings.last().contains(QStringLiteral("150 more warnings")))
        << read->warnings.last().toStdString();
}

TEST(FileSafety, ExportNeverCreatesADiary)
{
    TempFolder folder;
    const QString missing = folder.path(QStringLiteral("mistyped.sqlite"));
    const ProcessResult r = runCli({QStringLiteral("export"), QStringLiteral("--db"), missing,
                                    QStringLiteral("--format"), QStringLiteral("json"),
                                    QStringLiteral("-o"), folder.path(QStringLiteral("x.json"))});
    EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
    EXPECT_TRUE(errOf(r).contains(missing)) << r.err.toStdString();
    EXPECT_EQ(namesIn(folder.path(QString())), QStringList{});
}

TEST(FileSafety, TheLockHoldsThroughALinkAndAHardLink)
{
    TempFolder folder;
    makeDiary(folder);
    auto held = Database::open(folder.diaryPath());
    ASSERT_TRUE(held.ok()) << held.error().message.toStdString();
    const QString symlink = folder.path(QStringLiteral("other-name.sqlite"));
    ASSERT_TRUE(QFile::link(folder.diaryPath(), symlink));
    const QString hardlinkFolder = folder.path(QStringLiteral("elsewhere"));
    ASSERT_TRUE(QDir().mkpath(hardlinkFolder));
    const QString hardlink = hardlinkFolder + QStringLiteral("/same.sqlite");
    ASSERT_EQ(::link(QFile::encodeName(folder.diaryPath()).constData(),
                     QFile::encodeName(hardlink).constData()),
              0);
    for (const QString& other : {symlink, hardlink}) {
        SCOPED_TRACE(other.toStdString());
        const ProcessResult r =
            runCli({QStringLiteral("import"), scenario(), QStringLiteral("--db"), other});
        EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
        EXPECT_TRUE(errOf(r).contains(QStringLiteral("open in another copy of BackLog")))
            << r.err.toStdString();
    }
}

TEST(FileSafety, ANonUtf8NameIsRefusedAndShownEscaped)
{
    TempFolder folder;
    makeDiary(folder);
    // Run through sh so that the raw bytes reach backlog-cli's argv unchanged.
    const QString script = QStringLiteral(
        "\"$CLI\" export --db \"$DB\" --format json -o \"$F\"$(printf '\\377\\376.json')");
    const ScriptRun run = runScript(script,
                                    {{QStringLiteral("DB"), folder.diaryPath()},
                                     {QStringLiteral("F"), folder.path(QStringLiteral("bad"))}},
                                    false);
    ASSERT_TRUE(run.finished);
    EXPECT_EQ(run.exitCode, 2);
    const QString& err = run.err;
    EXPECT_TRUE(err.contains(QStringLiteral("\\xff\\xfe.json"))) << err.toStdString();
    EXPECT_EQ(namesIn(folder.path(QString())).filter(QStringLiteral("bad")), QStringList{});
}

TEST(FileSafety, MessagesTakeAPathHoldingPlaceholdersAsItIs)
{
    TempFolder folder;
    const QString odd = folder.path(QStringLiteral("%1 and %2"));
    ASSERT_TRUE(QDir().mkpath(odd));
    const ProcessResult r =
        runCli({QStringLiteral("export"), QStringLiteral("--db"),
                odd + QStringLiteral("/missing.sqlite"), QStringLiteral("--format"),
                QStringLiteral("json"), QStringLiteral("-o"), odd + QStringLiteral("/x.json")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(errOf(r).contains(odd + QStringLiteral("/missing.sqlite"))) << r.err.toStdString();
}

TEST(FileSafety, JsonThatQtWouldTakeButABundleMustNotHoldIsRefusedWithItsPlace)
{
    const QByteArray head = R"({"format":"backlog-exchange","version":2,"episode":)"
                            R"({"onset_date":"2026-10-01","program_start":"2026-10-05"},)";
    const struct
    {
        QByteArray tail;
        const char* says;
    } cases[] = {
        {R"("entries":[{"date":"2026-10-05","pain":3,"pain":4}]})", "\"pain\" appears twice"},
        {R"("entries":[],"entries":[]})", "\"entries\" appears twice"},
        {R"("x":"\u0070","\u0078":1})", "\"x\" appears twice"}, // the same key, escaped
        {R"("entries":[{"date":"2026-10-05","pain":3,"note":"a\ud800b"}]})",
         "\\ud800 is half of a surrogate pair"},
        {R"("x_s":"\udfff"})", "\\udfff is half of a surrogate pair"},
        {"\"entries\":[{\"date\":\"2026-10-05\",\"pain\":3,\"note\":\"a\nb\"}]}",
         "a control character (U+000a)"},
        {QByteArray("\"x\":\"a") + '\0' + "b\"}", "a control character (U+0000)"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.says);
        const Result<BundleRead> read = readBundle(head + c.tail, QStringLiteral("t.json"));
        ASSERT_FALSE(read.ok());
        EXPECT_TRUE(read.error().message.startsWith(QStringLiteral("t.json: line 1, column ")))
            << read.error().message.toStdString();
        EXPECT_TRUE(read.error().message.contains(QLatin1String(c.says)))
            << read.error().message.toStdString();
    }
    // What stays fine: a pair, escaped controls, the same key in two objects, a BOM.
    const QByteArray fine =
        "\xEF\xBB\xBF" + head + R"("x_a":{"k":1},"x_b":{"k":1},"x_c":"\ud83d\ude00 \u0000\n"})";
    const Result<BundleRead> read = readBundle(fine, QStringLiteral("t.json"));
    EXPECT_TRUE(read.ok()) << read.error().message.toStdString();
}

TEST(FileSafety, ImportingAnExportIntoItsOwnDiaryChangesNothing)
{
    // Property over generated diaries: an export (bundle, CSV entries, CSV sessions)
    // imported back into the diary it came from leaves episode, entries, sessions and
    // alerts exactly as they were.
    for (std::uint64_t seed : {1u, 2u, 3u, 4u}) {
        SCOPED_TRACE(seed);
        TempFolder folder;
        GeneratorOptions o;
        o.seed = seed;
        o.days = 40 + static_cast<int>(seed) * 7;
        o.logProbability = 0.85;
        Bundle b = generateEpisode(o);
        if (seed % 2 == 0) // some days partly rated, some notes awkward
            for (qsizetype i = 0; i < b.entries.size(); i += 5)
                if (!b.entries[i].activityScores.isEmpty())
                    b.entries[i].activityScores[0].reset();
        b.entries[0].note = QStringLiteral("=1+1; \"quoted\", and\na line break");
        auto diary = Diary::open(folder.diaryPath());
        ASSERT_TRUE(diary.ok()) << diary.error().message.toStdString();
        ASSERT_TRUE(diary.value()->importBundle(b).ok());
        DiaryService service(*diary.value());
        ASSERT_TRUE(service.load().ok());
        service.setToday(o.programStart.addDays(o.days - 1));
        const auto episode = service.episode();
        const QList<DailyEntry> entries = service.entries();
        const QList<Session> sessions = service.sessions();
        const QList<Alert> alerts = service.evaluation().alerts;

        const QString json = folder.path(QStringLiteral("out.backlog.json"));
        const QString csv = folder.path(QStringLiteral("out.csv"));
        ASSERT_TRUE(service.exportTo(ExportFormat::Bundle, json).ok());
        ASSERT_TRUE(service.exportTo(ExportFormat::Csv, csv).ok());
        for (const QString& file : {json, csv, folder.path(QStringLiteral("out-sessions.csv"))}) {
            SCOPED_TRACE(file.toStdString());
            const auto read = DiaryService::readImport(file);
            ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
            const auto done = service.import(read.value());
            ASSERT_TRUE(done.ok()) << done.error().message.toStdString();
            EXPECT_EQ(service.episode(), episode);
            EXPECT_EQ(service.entries(), entries);
            EXPECT_EQ(service.sessions().size(), sessions.size());
            for (qsizetype i = 0; i < sessions.size() && i < service.sessions().size(); ++i)
                EXPECT_TRUE(service.sessions().at(i).sameContent(sessions.at(i))) << i;
            EXPECT_EQ(service.evaluation().alerts, alerts);
        }
    }
}

TEST(FileSafety, ExportReadsTheDiaryWhileTheAppHasItOpen)
{
    TempFolder folder;
    makeDiary(folder);
    auto held = Database::open(folder.diaryPath()); // as the app holds it
    ASSERT_TRUE(held.ok()) << held.error().message.toStdString();
    const QString out = folder.path(QStringLiteral("while-open.backlog.json"));
    const ProcessResult r = exportTo(folder, QStringLiteral("json"), out);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const auto read = readBundleFile(out);
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    EXPECT_FALSE(read->bundle.entries.isEmpty());
    // An import (a writer) is still refused while it is open.
    const ProcessResult import =
        runCli({QStringLiteral("import"), scenario(), QStringLiteral("--db"), folder.diaryPath()});
    EXPECT_EQ(import.exitCode, 2) << import.err.toStdString();
}

TEST(FileSafety, ExportReadsADiaryOnAReadOnlyMount)
{
    TempFolder folder;
    makeDiary(folder);
    const bool ci = qEnvironmentVariable("CI") == QLatin1String("true");
    if (::geteuid() != 0) {
        if (ci)
            FAIL() << "the read-only mount test needs root to mount a tmpfs";
        GTEST_SKIP() << "read-only mount test: not root";
    }
    const QString mount = folder.path(QStringLiteral("ro"));
    ASSERT_TRUE(QDir().mkpath(mount));
    const QString script = QStringLiteral(
        "set -e\n"
        "mount --make-rprivate / 2>/dev/null || true\n"
        "mount -t tmpfs -o size=8m tmpfs \"$M\"\n"
        "cp \"$DB\" \"$M/diary.sqlite\"\n"
        "mount -o remount,ro \"$M\"\n"
        "set +e\n"
        "\"$CLI\" export --db \"$M/diary.sqlite\" --format json -o \"$OUT\"; echo \"rc $?\"\n"
        "ls -A \"$M\" | sed 's/^/name /'\n");
    const ScriptRun run =
        runScript(script,
                  {{QStringLiteral("M"), mount},
                   {QStringLiteral("DB"), folder.diaryPath()},
                   {QStringLiteral("OUT"), folder.path(QStringLiteral("from-ro.backlog.json"))}},
                  true);
    ASSERT_TRUE(run.finished);
    const QString& out = run.out;
    const QString& err = run.err;
    if (!out.contains(QStringLiteral("rc "))) {
        if (ci)
            FAIL() << "could not mount a read-only tmpfs: " << err.toStdString();
        GTEST_SKIP() << "read-only mount test: no tmpfs (" << err.toStdString() << ")";
    }
    std::cout << "read-only mount test: a tmpfs remounted read-only in a private namespace\n";
    EXPECT_TRUE(out.contains(QStringLiteral("rc 0\n"))) << out.toStdString() << err.toStdString();
    EXPECT_TRUE(readBundleFile(folder.path(QStringLiteral("from-ro.backlog.json"))).ok());
    // Nothing was written beside it (it could not be): only the diary is there.
    EXPECT_TRUE(out.contains(QStringLiteral("name diary.sqlite\n")));
    EXPECT_FALSE(out.contains(QStringLiteral("name diary.sqlite-")));
}

TEST(FileSafety, WithoutAHomeFolderThereIsNoDefaultDiaryAndNothingIsMade)
{
    TempFolder folder;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("HOME"));
    env.remove(QStringLiteral("XDG_DATA_HOME"));
    env.remove(QStringLiteral("XDG_CONFIG_HOME"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(folder.path(QString()));
    p.start(QStringLiteral(BACKLOG_CLI), {QStringLiteral("import"), scenario()});
    ASSERT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitCode(), 2);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    EXPECT_TRUE(err.contains(QStringLiteral("HOME is not set"))) << err.toStdString();
    EXPECT_EQ(namesIn(folder.path(QString())), QStringList{}); // no tree made here
}
