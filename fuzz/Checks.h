// SPDX-License-Identifier: GPL-3.0-or-later
// The invariants the fuzz targets check on every input, and the test suite on the inputs
// of tests/data/fuzz-regressions/ (tests/core/FuzzRegressionTest.cpp): beyond "does not
// crash", what was read is in range and survives a write and a second read unchanged, and
// what was refused is refused with a located message. Each check returns what is wrong,
// or an empty list when everything holds.
#pragma once

#include "CommandLineArguments.h"
#include "Dates.h"
#include "clinical/RuleTable.h"
#include "exchange/Bundle.h"
#include "exchange/Csv.h"

#include <QByteArray>
#include <QDateTime>
#include <QSet>
#include <QString>
#include <QStringList>
#include <algorithm>
#include <cmath>

namespace backlog::fuzz {

inline const QString kBundleSource = QStringLiteral("fuzz.backlog.json");
inline const QString kCsvSource = QStringLiteral("fuzz.csv");
inline constexpr int kMaxErrorLines = 20;

/// Problems of a refusal: a message that is not empty, of at most 20 lines, each naming
/// the source and saying something after it.
inline QStringList checkRefusal(const Error& error, const QString& source, const char* what)
{
    QStringList problems;
    const QString label = QString::fromLatin1(what);
    if (error.kind != ErrorKind::BadInput)
        problems << label + QStringLiteral(": refused, but not as bad input");
    const QStringList lines = error.message.split(QLatin1Char('\n'));
    if (error.message.isEmpty())
        problems << label + QStringLiteral(": refused without a message");
    if (lines.size() > kMaxErrorLines)
        problems << label + QStringLiteral(": %1 lines of errors, at most %2 expected")
                                .arg(lines.size())
                                .arg(kMaxErrorLines);
    for (const QString& line : lines) {
        if (!line.startsWith(source + QStringLiteral(": ")) || line.size() <= source.size() + 2) {
            problems << label +
                            QStringLiteral(": a line of the message does not name the source: ") +
                            line.left(200);
            break;
        }
    }
    return problems;
}

/// Problems of warnings: each is one line that names the source.
inline QStringList checkWarnings(const QStringList& warnings, const QString& source,
                                 const char* what)
{
    for (const QString& w : warnings)
        if (!w.startsWith(source + QStringLiteral(": ")) || w.contains(QLatin1Char('\n')) ||
            w.contains(QLatin1Char('\r')))
            return {QString::fromLatin1(what) +
                    QStringLiteral(": a warning is not one line naming the source: ") +
                    w.left(200)};
    return {};
}

inline bool isScore(const std::optional<double>& score)
{
    return !score || (*score >= 0.0 && *score <= 10.0 && roundToTenth(*score) == *score);
}

inline bool inRange(int value, int min, int max)
{
    return value >= min && value <= max;
}

// ---- Exchange bundle ----------------------------------------------------------------------

/// Problems of a bundle that was read: every value within what formats.md allows.
inline QStringList checkBundleValues(const Bundle& b)
{
    QStringList p;
    const Episode& e = b.episode;
    if (!isPlausibleDate(e.onsetDate) || !isPlausibleDate(e.programStart) ||
        e.onsetDate > e.programStart)
        p << QStringLiteral("episode dates out of range or out of order");
    if (e.screening.surgeryDate.isValid() && !isPlausibleDate(e.screening.surgeryDate))
        p << QStringLiteral("surgery_date out of range");
    if (!isScore(e.baselinePain) || !isScore(e.baselineFunction))
        p << QStringLiteral("baseline out of range");
    if (e.activities.size() > 5)
        p << QStringLiteral("more than 5 activities");
    for (const QString& a : e.activities)
        if (a.trimmed().isEmpty())
            p << QStringLiteral("a blank activity");
    if (e.patientName.size() > 200)
        p << QStringLiteral("patient name too long");

    for (int i = 0; i < b.entries.size(); ++i) {
        const DailyEntry& d = b.entries.at(i);
        const QString at = QStringLiteral("entries[%1] (%2): ").arg(i).arg(isoDate(d.date));
        if (!isPlausibleDate(d.date))
            p << at + QStringLiteral("date out of range");
        if (i > 0 && !(b.entries.at(i - 1).date < d.date))
            p << at + QStringLiteral("not sorted, or a date twice");
        if (!inRange(d.pain, 0, 10) || !isScore(d.function))
            p << at + QStringLiteral("pain or function out of range");
        if (d.activityScores.size() > 5 ||
            std::any_of(d.activityScores.begin(), d.activityScores.end(),
                        [](const std::optional<int>& s) { return s && !inRange(*s, 0, 10); }))
            p << at + QStringLiteral("activity scores out of range");
        const SelfCare& c = d.selfCare;
        if (!inRange(c.catCow, 0, 50) || !inRange(c.pelvicTilts, 0, 50) ||
            !inRange(c.birdDog, 0, 50) || !inRange(c.deadBug, 0, 50) ||
            !inRange(c.walkingMin, 0, 1440) || !inRange(c.movementMin, 0, 1440))
            p << at + QStringLiteral("self-care out of range");
        if (d.note.size() > 10000)
            p << at + QStringLiteral("note too long");
    }
    for (int i = 0; i < b.sessions.size(); ++i) {
        const Session& s = b.sessions.at(i);
        const QString at = QStringLiteral("sessions[%1]: ").arg(i);
        if (!isPlausibleDate(s.date) || (i > 0 && b.sessions.at(i - 1).date > s.date))
            p << at + QStringLiteral("date out of range or not sorted");
        if (!inRange(s.minutes, 1, 600) || s.therapist.size() > 200 || s.note.size() > 10000)
            p << at + QStringLiteral("minutes or text out of range");
    }
    QSet<QString> seen;
    for (int i = 0; i < b.alerts.size(); ++i) {
        const Alert& a = b.alerts.at(i);
        const QString at = QStringLiteral("alerts[%1]: ").arg(i);
        const RuleInfo* rule = findRule(a.rule);
        if (!rule)
            p << at + QStringLiteral("unknown rule");
        if (!isPlausibleDate(a.date) ||
            (a.acknowledged.isValid() &&
             (!isPlausibleDate(a.acknowledged) || a.acknowledged < a.date)))
            p << at + QStringLiteral("dates out of range");
        const QString key = a.rule + QLatin1Char('@') + isoDate(a.date);
        if (seen.contains(key))
            p << at + QStringLiteral("the same alert twice");
        seen.insert(key);
        if (i > 0) {
            const Alert& before = b.alerts.at(i - 1);
            if (before.date > a.date || (before.date == a.date && before.rule > a.rule))
                p << at + QStringLiteral("not sorted");
        }
    }
    return p;
}

/// The first place where two bundles differ, for a message.
inline QString firstDifference(const Bundle& a, const Bundle& b)
{
    if (!(a.episode == b.episode))
        return QStringLiteral("episode");
    if (a.exportedAt != b.exportedAt)
        return QStringLiteral("exported_at %1 / %2")
            .arg(a.exportedAt.toString(Qt::ISODateWithMs),
                 b.exportedAt.toString(Qt::ISODateWithMs));
    if (a.entries.size() != b.entries.size())
        return QStringLiteral("number of entries");
    for (int i = 0; i < a.entries.size(); ++i) {
        const DailyEntry& x = a.entries.at(i);
        const DailyEntry& y = b.entries.at(i);
        const QString at = QStringLiteral("entries[%1].").arg(i);
        if (x.date != y.date || x.pain != y.pain || x.function != y.function)
            return at + QStringLiteral("date, pain or function");
        if (x.activityScores != y.activityScores)
            return at + QStringLiteral("activity_scores");
        if (!(x.symptoms == y.symptoms) || x.afterSession != y.afterSession)
            return at + QStringLiteral("symptoms or after_session");
        if (!(x.selfCare == y.selfCare))
            return at + QStringLiteral("self_care");
        if (x.note != y.note)
            return at +
                   QStringLiteral("note: \"%1\" / \"%2\"").arg(x.note.left(80), y.note.left(80));
        if (x.extra != y.extra)
            return at + QStringLiteral("unknown fields");
    }
    if (!(a.sessions == b.sessions))
        return QStringLiteral("sessions");
    if (!(a.alerts == b.alerts))
        return QStringLiteral("alerts");
    if (a.extraTop != b.extraTop || a.extraPatient != b.extraPatient)
        return QStringLiteral("unknown fields");
    return {};
}

/// Reads `json` as a bundle. Refused: with a located message. Read: every value in range,
/// and written with the bundle writer and read again it is the same bundle, which the
/// writer writes to the same bytes.
inline QStringList checkBundleInput(const QByteArray& json)
{
    const auto read = readBundle(json, kBundleSource);
    if (!read)
        return checkRefusal(read.error(), kBundleSource, "bundle");
    QStringList p = checkWarnings(read->warnings, kBundleSource, "bundle");
    p += checkBundleValues(read->bundle);

    // The writer writes whole seconds; a bundle without exported_at gets a fixed one.
    Bundle expected = read->bundle;
    const QDateTime exportedAt = expected.exportedAt.isValid()
                                     ? expected.exportedAt
                                     : QDateTime(QDate(2026, 11, 21), QTime(10, 0), Qt::UTC);
    const auto writtenAt = parseUtcDateTime(isoUtcDateTime(exportedAt));
    if (!writtenAt)
        return p << QStringLiteral(
                        "exported_at %1 is read but written as %2, which is not read back")
                        .arg(exportedAt.toString(Qt::ISODateWithMs), isoUtcDateTime(exportedAt));
    expected.exportedAt = *writtenAt;

    const QByteArray written = writeBundle(read->bundle, exportedAt);
    const auto again = readBundle(written, kBundleSource);
    if (!again)
        return p << QStringLiteral("the bundle as written is refused: ") +
                        again.error().message.left(300);
    if (!(again->bundle == expected))
        p << QStringLiteral("the bundle as written reads back different at ") +
                 firstDifference(again->bundle, expected);
    else if (writeBundle(again->bundle, exportedAt) != written)
        p << QStringLiteral("the bundle read back is written to other bytes");
    return p;
}

// ---- CSV --------------------------------------------------------------------------------

/// Problems of the columns a CSV reader reports: known ones, each once, the required ones.
inline QStringList checkColumns(const QStringList& columns, const QStringList& known,
                                const QStringList& required, const char* what)
{
    QStringList p;
    const QSet<QString> unique(columns.begin(), columns.end());
    if (unique.size() != columns.size())
        p << QString::fromLatin1(what) + QStringLiteral(": a column twice");
    for (const QString& c : columns)
        if (!known.contains(c))
            p << QString::fromLatin1(what) + QStringLiteral(": unknown column ") + c;
    for (const QString& c : required)
        if (!columns.contains(c))
            p << QString::fromLatin1(what) + QStringLiteral(": required column missing ") + c;
    return p;
}

inline QStringList checkEntriesCsv(const QByteArray& csv)
{
    const auto read = readEntriesCsv(csv, kCsvSource);
    if (!read)
        return checkRefusal(read.error(), kCsvSource, "entries");
    QStringList p = checkWarnings(read->warnings, kCsvSource, "entries");
    p += checkColumns(read->columns, entriesCsvColumns(),
                      {QStringLiteral("date"), QStringLiteral("pain")}, "entries");
    for (int i = 0; i < read->entries.size(); ++i) {
        const DailyEntry& e = read->entries.at(i);
        if (!isPlausibleDate(e.date) || (i > 0 && !(read->entries.at(i - 1).date < e.date)))
            p << QStringLiteral("entries[%1]: date out of range, out of order or twice").arg(i);
        if (!inRange(e.pain, 0, 10) || !isScore(e.function) ||
            !inRange(e.selfCare.walkingMin, 0, 1440) || e.note.size() > 10000)
            p << QStringLiteral("entries[%1]: a value out of range").arg(i);
    }
    const QByteArray written = writeEntriesCsv(read->entries);
    const auto again = readEntriesCsv(written, kCsvSource);
    if (!again)
        return p << QStringLiteral("entries as written are refused: ") +
                        again.error().message.left(300);
    // Only a file of no rows has a warning: that it has nothing but the header.
    if ((!again->warnings.isEmpty() && !read->entries.isEmpty()) || again->warnings.size() > 1 ||
        again->columns != QString::fromUtf8(written.left(written.indexOf('\r'))).split(u','))
        p << QStringLiteral("entries as written read back with warnings or other columns");
    if (again->entries != read->entries)
        p << QStringLiteral("entries as written read back different");
    else if (writeEntriesCsv(again->entries) != written)
        p << QStringLiteral("entries read back are written to other bytes");
    return p;
}

inline QStringList checkSessionsCsv(const QByteArray& csv)
{
    const auto read = readSessionsCsv(csv, kCsvSource);
    if (!read)
        return checkRefusal(read.error(), kCsvSource, "sessions");
    QStringList p = checkWarnings(read->warnings, kCsvSource, "sessions");
    p += checkColumns(read->columns, sessionsCsvColumns(),
                      {QStringLiteral("date"), QStringLiteral("minutes")}, "sessions");
    for (int i = 0; i < read->sessions.size(); ++i) {
        const Session& s = read->sessions.at(i);
        if (!isPlausibleDate(s.date) || (i > 0 && read->sessions.at(i - 1).date > s.date))
            p << QStringLiteral("sessions[%1]: date out of range or out of order").arg(i);
        if (!inRange(s.minutes, 1, 600) || s.therapist.size() > 200 || s.note.size() > 10000)
            p << QStringLiteral("sessions[%1]: a value out of range").arg(i);
    }
    const QByteArray written = writeSessionsCsv(read->sessions);
    const auto again = readSessionsCsv(written, kCsvSource);
    if (!again)
        return p << QStringLiteral("sessions as written are refused: ") +
                        again.error().message.left(300);
    // Only a file of no rows has a warning: that it has nothing but the header.
    if ((!again->warnings.isEmpty() && !read->sessions.isEmpty()) || again->warnings.size() > 1 ||
        again->columns != sessionsCsvColumns())
        p << QStringLiteral("sessions as written read back with warnings or other columns");
    if (again->sessions != read->sessions)
        p << QStringLiteral("sessions as written read back different");
    else if (writeSessionsCsv(again->sessions) != written)
        p << QStringLiteral("sessions read back are written to other bytes");
    return p;
}

/// Reads `csv` as entries and as sessions, and judges its kind. Each reading is checked as
/// in checkEntriesCsv() and checkSessionsCsv(). The kind agrees with the header the readers
/// found: a file judged to hold sessions has no pain column, so it is not read as entries;
/// a file read as sessions (so with date and minutes) and refused as entries for want of a
/// pain column is judged to hold sessions.
inline QStringList checkCsvInput(const QByteArray& csv)
{
    QStringList p = checkEntriesCsv(csv);
    p += checkSessionsCsv(csv);
    const auto entries = readEntriesCsv(csv, kCsvSource);
    const CsvKind kind = csvKind(csv);
    if (kind == CsvKind::Sessions && entries.ok())
        p << QStringLiteral("judged a sessions file, but reads as entries");
    // The message is the untranslated one: the fuzz targets and the tests load no catalogue.
    if (kind == CsvKind::Entries && readSessionsCsv(csv, kCsvSource).ok() && !entries.ok() &&
        entries.error().message.contains(QStringLiteral("the required column \"pain\" is missing")))
        p << QStringLiteral(
            "reads as sessions and has no pain column, but is judged an entries file");
    return p;
}

// ---- Command line -----------------------------------------------------------------------

/// The arguments in `bytes`, separated by NUL bytes, each decoded as UTF-8.
inline QStringList argumentsFromBytes(const QByteArray& bytes)
{
    QStringList arguments;
    if (bytes.isEmpty())
        return arguments;
    for (const QByteArray& a : bytes.split('\0'))
        arguments << QString::fromUtf8(a);
    return arguments;
}

/// Parses and checks `arguments` as backlog-cli does. Refused: with a message. Accepted: a
/// known command with its number of files and only its options, each with a value; the
/// same arguments written out again (as --name=value, and as --name value) parse the same;
/// checked dates are in range and in order, and an export's format is known.
inline QStringList checkCommandLine(const QStringList& arguments)
{
    QStringList p;
    QString error;
    const auto parsed = parseCommandLine(arguments, &error);
    if (!parsed) {
        if (error.isEmpty())
            p << QStringLiteral("refused without a message");
        return p;
    }
    const CommandLineArguments& a = *parsed;
    const QStringList commands = {QStringLiteral("evaluate"), QStringLiteral("import"),
                                  QStringLiteral("export")};
    if (!commands.contains(a.command))
        p << QStringLiteral("accepted the unknown command ") + a.command;
    if (a.positional.size() != (a.command == QLatin1String("export") ? 0 : 1))
        p << QStringLiteral("accepted %1 files").arg(a.positional.size());
    for (auto it = a.options.begin(); it != a.options.end(); ++it) {
        if (!it.key().startsWith(QLatin1String("--")) || it.key().contains(QLatin1Char('=')))
            p << QStringLiteral("an option named ") + it.key();
        if (it.value().isEmpty())
            p << QStringLiteral("option %1 without a value").arg(it.key());
    }

    QStringList inlineForm{a.command}, separateForm{a.command};
    QStringList names = a.options.keys();
    names.sort();
    for (const QString& name : names) {
        inlineForm << name + QLatin1Char('=') + a.options.value(name);
        separateForm << name << a.options.value(name);
    }
    for (QStringList* form : {&inlineForm, &separateForm}) {
        *form << QStringLiteral("--") << a.positional;
        QString again;
        const auto reparsed = parseCommandLine(*form, &again);
        if (!reparsed || !(*reparsed == a))
            p << QStringLiteral("written out again as [%1], the arguments parse differently: %2")
                     .arg(form->join(QStringLiteral("|")).left(300), again);
    }

    const auto checked = checkArguments(a, &error);
    if (!checked) {
        if (error.isEmpty())
            p << QStringLiteral("options refused without a message");
        return p;
    }
    for (const QDate& d : {checked->asOf, checked->from, checked->to})
        if (d.isValid() && (!isPlausibleDate(d) || parseIsoDate(isoDate(d)) != d))
            p << QStringLiteral("accepted the date ") + isoDate(d);
    if (checked->from.isValid() && checked->to.isValid() && checked->from > checked->to)
        p << QStringLiteral("accepted --from after --to");
    if (a.command == QLatin1String("export")) {
        if (!exportFormats().contains(checked->format) || checked->output.isEmpty())
            p << QStringLiteral("accepted an export without a known format and an output");
        const bool report =
            checked->format == QLatin1String("pdf") || checked->format == QLatin1String("png");
        if (!report && (!checked->paper.isEmpty() || checked->includeNotes))
            p << QStringLiteral("accepted report options for the format ") + checked->format;
    }
    return p;
}

inline QStringList checkCommandLineInput(const QByteArray& bytes)
{
    return checkCommandLine(argumentsFromBytes(bytes));
}

} // namespace backlog::fuzz
