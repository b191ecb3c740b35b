// SPDX-License-Identifier: GPL-3.0-or-later
// quality.md R2, a full disk: the diary is refused (or the write is undone) with a message
// that names the file and says the disk is full; the file is byte-for-byte unchanged and
// nothing half-written is left; backlog-cli exits 1.
//
// How the full disk is made: RLIMIT_FSIZE. A process whose file size limit is N bytes
// (with SIGXFSZ ignored) gets EFBIG from every write that would take a regular file past N
// bytes, so SQLite, QLockFile and QSaveFile really meet a failing write, at the point
// where their files outgrow N. It needs no privileges, no mount (a small tmpfs or a loop
// device need CAP_SYS_ADMIN, which containers and CI runners usually lack) and no fault
// injection in the code under test, and it works as root too. What it cannot make is
// ENOSPC itself: SQLite reports EFBIG as SQLITE_IOERR_WRITE ("disk I/O error") and a short
// write as SQLITE_FULL, and BackLog treats both as "the disk is full or the file cannot be
// written". The limit is set in the child process only (QProcess's child process
// modifier), or around one call in this process with the soft limit put back at once.
//
// Exit status: a full disk is not bad input (the user's file and arguments are right;
// the machine cannot write), so backlog-cli exits 1, "any other failure" in formats.md
// section 4, and a script can tell "fix your file" (2) from "free some space and run it
// again" (1).
#include "Generator.h"
#include "TestSupport.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <csignal>
#include <optional>
#include <sys/resource.h>

using namespace backlog;
using namespace backlog::test;

namespace {

/// Runs backlog-cli (in English) with every file it writes limited to `limit` bytes.
ProcessResult runCliOnAFullDisk(const QStringList& arguments, qint64 limit)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.setChildProcessModifier([limit] {
        // In the child between fork and exec: only async-signal-safe calls. An ignored
        // signal stays ignored across exec.
        ::signal(SIGXFSZ, SIG_IGN);
        const rlimit r{static_cast<rlim_t>(limit), static_cast<rlim_t>(limit)};
        ::setrlimit(RLIMIT_FSIZE, &r);
    });
    process.start(QStringLiteral(BACKLOG_CLI), arguments);
    ProcessResult result;
    if (!process.waitForStarted(60000) || !process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        result.err = "did not run to its end";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

/// Limits the size of the files this process writes to `limit` bytes until destroyed.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(qint64 limit)
    {
        ::getrlimit(RLIMIT_FSIZE, &m_saved);
        m_previousHandler = ::signal(SIGXFSZ, SIG_IGN);
        rlimit r = m_saved;
        r.rlim_cur = static_cast<rlim_t>(limit); // the hard limit stays: the soft one can go back
        ::setrlimit(RLIMIT_FSIZE, &r);
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_saved);
        ::signal(SIGXFSZ, m_previousHandler);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

private:
    rlimit m_saved{};
    sighandler_t m_previousHandler = SIG_DFL;
};

/// A closed diary holding a generated 8-week episode.
QString makeFilledDiary(const TempFolder& folder)
{
    const QString path = folder.diaryPath();
    auto diary = Diary::open(path);
    EXPECT_TRUE(diary.ok());
    EXPECT_TRUE(diary.value()->importBundle(generateWeeks8(3)).ok());
    return path;
}

int entryCount(const QString& path)
{
    auto diary = Diary::open(path);
    EXPECT_TRUE(diary.ok()) << diary.error().message.toStdString();
    if (!diary)
        return -1;
    const auto all = diary.value()->entries().all();
    return all.ok() ? static_cast<int>(all->size()) : -1;
}

struct FullDiskCase
{
    const char* name;
    qint64 limit;         ///< bytes any file may grow to
    const char* expected; ///< in the message, after the diary's path
    int exitCode;         ///< 2 when the diary cannot be opened (R2), 1 after it opened
};

void PrintTo(const FullDiskCase& c, std::ostream* os)
{
    *os << c.name;
}

class FullDisk : public ::testing::TestWithParam<FullDiskCase>
{
};

} // namespace

// An import into an existing diary on a disk that fills up at different points: before
// the lock file is written, before SQLite's shared-memory index (-shm, 32 KiB) is, and in
// the middle of the import's transaction (its WAL outgrows the limit).
TEST_P(FullDisk, AnImportIsRefusedTheDiaryIsByteForByteUnchanged)
{
    TempFolder folder;
    const QString path = makeFilledDiary(folder);
    const int entriesBefore = entryCount(path);
    const QString bundle = folder.path(QStringLiteral("ten-years.backlog.json"));
    writeFile(bundle, writeBundle(generateYears10(2), QDateTime::currentDateTimeUtc()));
    const QByteArray before = readFile(path);
    const QStringList filesBefore = filesIn(folder.path(QString()));

    const ProcessResult run = runCliOnAFullDisk(
        {QStringLiteral("import"), bundle, QStringLiteral("--db"), path}, GetParam().limit);
    EXPECT_EQ(run.exitCode, GetParam().exitCode) << run.err.toStdString();
    const QString message = QString::fromUtf8(run.err).trimmed();
    EXPECT_TRUE(message.startsWith(path)) << message.toStdString();
    EXPECT_TRUE(message.contains(QLatin1String(GetParam().expected))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("the disk is full"))) << message.toStdString();
    EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();

    // Nothing half-written: the diary is byte-for-byte as it was, no file was added or
    // changed beside it, and it opens with what it held.
    EXPECT_EQ(readFile(path), before);
    EXPECT_EQ(filesIn(folder.path(QString())), filesBefore);
    EXPECT_EQ(entryCount(path), entriesBefore);
}

INSTANTIATE_TEST_SUITE_P(
    R2, FullDisk,
    ::testing::Values(FullDiskCase{"NoByteCanBeWritten", 0, "the lock file", 2},
                      FullDiskCase{"TheIndexBesideTheDiaryCannotBeWritten", 16 * 1024,
                                   "the diary cannot be opened", 2},
                      FullDiskCase{"TheDiskFillsDuringTheImport", 64 * 1024, "saving", 1}),
    [](const ::testing::TestParamInfo<FullDiskCase>& info) {
        return std::string(info.param.name);
    });

TEST(FullDisk, ANewDiaryIsNotLeftHalfMade)
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("new.sqlite"));
    const ProcessResult run = runCliOnAFullDisk(
        {QStringLiteral("import"), dataPath(QStringLiteral("scenarios/responder.backlog.json")),
         QStringLiteral("--db"), path},
        8 * 1024);
    EXPECT_EQ(run.exitCode, 2) << run.err.toStdString(); // the diary could not be made
    EXPECT_TRUE(run.err.startsWith((path + QStringLiteral(": ")).toUtf8()))
        << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("the disk is full")) << run.err.toStdString();
    EXPECT_TRUE(filesIn(folder.path(QString())).isEmpty())
        << filesIn(folder.path(QString())).join(QLatin1Char('\n')).toStdString();
}

TEST(FullDisk, AnExportLeavesNoHalfFile)
{
    TempFolder folder;
    const QString path = folder.diaryPath();
    {
        auto diary = Diary::open(path);
        ASSERT_TRUE(diary.ok());
        ASSERT_TRUE(
            diary.value()->importBundle(generateYears1(6)).ok()); // a bundle of about 200 KiB
    }
    const QString output = folder.path(QStringLiteral("out.backlog.json"));
    const QByteArray before = readFile(path);
    // Room for the diary's own files (the -shm is 32 KiB), not for the export.
    const ProcessResult run = runCliOnAFullDisk(
        {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
         QStringLiteral("-o"), output, QStringLiteral("--db"), path},
        40 * 1024);
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(output.toUtf8())) << run.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(output));
    EXPECT_EQ(QDir(folder.path(QString()))
                  .entryList({QStringLiteral("out*")}, QDir::Files | QDir::Hidden),
              QStringList());
    EXPECT_EQ(readFile(path), before);
}

// The same in the core, in this process: the error is a failure (not bad input), the
// message names the file, and the diary is untouched; a save that meets the full disk is
// undone.
TEST(FullDisk, OpeningAndSavingInTheCoreSayTheDiskIsFullAndChangeNothing)
{
    TempFolder folder;
    const QString path = makeFilledDiary(folder);
    const QByteArray before = readFile(path);
    const QStringList filesBefore = filesIn(folder.path(QString()));
    // Nothing is checked while the limit holds: the test's own output may go to a file.
    std::optional<Result<std::unique_ptr<Diary>>> refused;
    {
        FileSizeLimit limit(16 * 1024);
        refused = Diary::open(path);
    }
    ASSERT_FALSE(refused->ok());
    EXPECT_EQ(refused->error().kind, ErrorKind::Failure);
    EXPECT_TRUE(refused->error().message.startsWith(path))
        << refused->error().message.toStdString();
    EXPECT_TRUE(refused->error().message.contains(QStringLiteral("the disk is full")))
        << refused->error().message.toStdString();
    refused.reset();
    EXPECT_EQ(readFile(path), before);
    EXPECT_EQ(filesIn(folder.path(QString())), filesBefore);

    auto diary = Diary::open(path);
    ASSERT_TRUE(diary.ok()) << diary.error().message.toStdString();
    const int entriesBefore = static_cast<int>(diary.value()->entries().all()->size());
    const Bundle year = generateYears1(4);
    Status saved;
    {
        FileSizeLimit limit(QFileInfo(path + QStringLiteral("-wal")).size() + 4096);
        saved = diary.value()->importBundle(year);
    }
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().kind, ErrorKind::Failure);
    EXPECT_TRUE(saved.error().message.startsWith(path)) << saved.error().message.toStdString();
    EXPECT_TRUE(saved.error().message.contains(QStringLiteral("the disk is full")))
        << saved.error().message.toStdString();
    EXPECT_EQ(static_cast<int>(diary.value()->entries().all()->size()), entriesBefore);
    // With room again, the diary takes the import.
    EXPECT_TRUE(diary.value()->importBundle(year).ok());
    diary.value().reset();
    EXPECT_GT(entryCount(path), entriesBefore);
}
