// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace backlog::test {

TempFolder::TempFolder()
{
    if (!m_dir.isValid())
        throw std::runtime_error("cannot create a temporary folder");
}

QString TempFolder::path(const QString& name) const
{
    return m_dir.filePath(name);
}

void DiaryTest::SetUp()
{
    auto opened = Diary::open(folder.diaryPath());
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    diary = std::move(opened.value());
}

void DiaryTest::TearDown()
{
    diary.reset();
}

void DiaryTest::reopen()
{
    diary.reset();
    auto opened = Diary::open(folder.diaryPath());
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    diary = std::move(opened.value());
}

ProcessResult runProgram(const QString& program, const QStringList& arguments, int timeoutMs,
                         const QStringList& environment)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    for (const QString& entry : environment)
        env.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForStarted(timeoutMs)) {
        result.err = "could not start " + program.toUtf8();
        return result;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = "timed out: " + program.toUtf8();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

ProcessResult runCli(const QStringList& arguments, const QStringList& environment)
{
    return runProgram(QStringLiteral(BACKLOG_CLI), arguments, 60000, environment);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw std::runtime_error("cannot write " + path.toStdString());
    file.write(data);
}

QStringList filesIn(const QString& folder)
{
    QStringList out;
    for (const QFileInfo& f : QDir(folder).entryInfoList(QDir::Files | QDir::Dirs |
                                                         QDir::NoDotAndDotDot | QDir::Hidden)) {
        if (f.isDir())
            out << filesIn(f.filePath());
        else
            out << QStringLiteral("%1 %2").arg(f.filePath()).arg(f.size());
    }
    out.sort();
    return out;
}

QString dataPath(const QString& relative)
{
    return QStringLiteral(BACKLOG_TEST_DATA "/") + relative;
}

Episode simpleEpisode(const QDate& programStart)
{
    Episode e;
    e.patientName = QStringLiteral("Test Patient");
    e.onsetDate = programStart.addDays(-10);
    e.programStart = programStart;
    e.baselinePain = 6;
    e.baselineFunction = 4;
    return e;
}

DailyEntry simpleEntry(const QDate& date, int pain, double function)
{
    DailyEntry e;
    e.date = date;
    e.pain = pain;
    if (function >= 0)
        e.function = function;
    return e;
}

std::unique_ptr<DiaryService> serviceOf(const Bundle& bundle)
{
    auto service = std::make_unique<DiaryService>(bundle, QStringLiteral("test.backlog.json"));
    EXPECT_TRUE(service->load().ok());
    if (bundle.episode.programStart.isValid())
        service->setToday(defaultAsOf(bundle.episode, bundle.entries, bundle.sessions));
    return service;
}

} // namespace backlog::test
