// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "model/DailyEntry.h"
#include "model/Session.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace backlog {

// CSV files of daily entries and of sessions (formats.md section 2): RFC 4180, UTF-8,
// a header row, comma separator, `.` decimal point. Written with CRLF line ends and no
// byte order mark; read with or without either.
//
// Values as written: dates YYYY-MM-DD; pain, minutes and walking_min whole numbers;
// function with one decimal place, empty when not logged; yes/no answers `true` or
// `false`; leg_weakness and kind as in the exchange bundle; text as it is.
//
// Reading is more tolerant: columns are found by header name (any order, any case,
// surrounding spaces ignored), unknown columns are ignored with a warning, an empty cell
// takes the field's default (except date, pain and minutes, which are required), yes/no
// answers may also be `yes`/`no`/`1`/`0`, and whole numbers may be written as `7.0`.
//
// Spreadsheet formula injection: a spreadsheet runs a cell that starts with =, +, -, @
// (or a tab or carriage return) as a formula. The free-text columns (note, therapist)
// are the only ones that can start so, and the writer puts an apostrophe in front of
// such a text: the spreadsheet then shows it as text, and hides the apostrophe. So that
// this stays lossless, a text that itself starts with an apostrophe followed by one of
// those characters or by another apostrophe gets one too, and the reader takes off one
// leading apostrophe exactly when it is followed by one of them. Every text survives a
// round trip byte for byte; a third-party file's note such as "'tis worse" is read as it
// is.

/// Daily entries read from a CSV file.
struct CsvEntriesRead
{
    QList<DailyEntry> entries; ///< sorted by date, one per date
    QStringList columns;       ///< the known columns of the file, in file order
    QStringList warnings;      ///< located, e.g. "f.csv: line 1, column "mood": unknown ..."
};

/// Sessions read from a CSV file.
struct CsvSessionsRead
{
    QList<Session> sessions; ///< sorted by date, in file order within a date
    QStringList columns;     ///< the known columns of the file, in file order
    QStringList warnings;
};

/// What a CSV file holds, judged by its header row.
enum class CsvKind {
    Entries,  ///< anything that is not a sessions file
    Sessions, ///< has a "minutes" column and no "pain" column
};

/// The columns written, in order.
const QStringList& entriesCsvColumns();
const QStringList& sessionsCsvColumns();

/// Reads and validates a CSV file of daily entries: all or nothing. Needs the columns
/// `date` and `pain`; every column of entriesCsvColumns() is understood. Errors name
/// `sourceName`, the line, the column, the value and what was expected, e.g.
/// "data.csv: line 14, column "pain": 11 is out of range 0..10", one per line.
Result<CsvEntriesRead> readEntriesCsv(const QByteArray& csv, const QString& sourceName);

/// Reads and validates a CSV file of sessions (needs `date` and `minutes`): all or nothing.
Result<CsvSessionsRead> readSessionsCsv(const QByteArray& csv, const QString& sourceName);

/// Entries or sessions, from the header row; Entries for anything unreadable (reading it
/// as entries then gives the message).
CsvKind csvKind(const QByteArray& csv);

/// The entries as `entries.csv`, in the order given: every field of an entry that fits a
/// column, with `activities` activity columns (at least as many as any entry rates).
QByteArray writeEntriesCsv(const QList<DailyEntry>& entries, int activities = 0);

/// The columns written for an episode of `activities` named activities.
QStringList entriesCsvHeader(int activities);

/// What importing the CSV row `read` (of a file with the known `columns`) makes of the
/// diary's entry of its date (formats.md 2, import merges): a column the file does not
/// have leaves its field as `existing` holds it; an empty cell of a column it has sets the
/// field's default. The day's function score follows a complete set of activity ratings
/// when the file rates activities.
DailyEntry mergeCsvEntry(const std::optional<DailyEntry>& existing, const DailyEntry& read,
                         const QStringList& columns, int activityCount = 0);

/// The sessions as `sessions.csv`, in the order given.
QByteArray writeSessionsCsv(const QList<Session>& sessions);

/// Where the sessions of an entries CSV export go: "out/diary.csv" gives
/// "out/diary-sessions.csv" (a name not ending in .csv just gets "-sessions.csv").
QString sessionsCsvPath(const QString& entriesPath);

} // namespace backlog
