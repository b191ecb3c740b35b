// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Diary.h"
#include "DiaryService.h"
#include "exchange/Bundle.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>

namespace backlog::test {

/// A temporary folder for one test, with a diary path inside it.
class TempFolder
{
public:
    TempFolder();
    QString path(const QString& name) const;
    QString diaryPath() const { return path(QStringLiteral("diary.sqlite")); }

private:
    QTemporaryDir m_dir;
};

/// Fixture: a fresh diary in a temporary folder.
class DiaryTest : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;
    /// Closes and opens the diary again.
    void reopen();

    TempFolder folder;
    std::unique_ptr<Diary> diary;
};

/// Output of a program run to completion.
struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs `program` with `arguments` and waits (up to `timeoutMs`). The program runs in
/// English (LC_ALL=C.UTF-8, no LANGUAGE) whatever the caller's locale, with `environment`
/// ("NAME=value" entries) on top.
ProcessResult runProgram(const QString& program, const QStringList& arguments,
                         int timeoutMs = 60000, const QStringList& environment = {});

/// Runs the real backlog-cli.
ProcessResult runCli(const QStringList& arguments, const QStringList& environment = {});

/// Reads a whole file; empty when it cannot be read.
QByteArray readFile(const QString& path);
void writeFile(const QString& path, const QByteArray& data);

/// Every file under `folder`, recursively, as "path size", sorted.
QStringList filesIn(const QString& folder);

/// A data file under tests/data.
QString dataPath(const QString& relative);

/// A minimal valid episode starting on `programStart`.
Episode simpleEpisode(const QDate& programStart = QDate(2026, 10, 5));

/// An entry with only pain (and function when >= 0) set.
DailyEntry simpleEntry(const QDate& date, int pain, double function = -1);

/// A read-only service over `bundle` (review mode) whose today is the bundle's last day:
/// what the report and the exports read their values from.
std::unique_ptr<DiaryService> serviceOf(const Bundle& bundle);

} // namespace backlog::test
