// SPDX-License-Identifier: GPL-3.0-or-later
// CSV files of entries and sessions (formats.md section 2, quality.md R3): exact round trip
// of a generated episode, columns by name in any order, minimal columns, quoting and
// formula protection, a table of hand-written bad inputs each with its located message,
// and the all-or-nothing import into a diary.
#include "exchange/Csv.h"

#include "Dates.h"
#include "Generator.h"
#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QSet>
#include <algorithm>
#include <ostream>
#include <string>
#include <vector>

using namespace backlog;
using namespace backlog::test;

namespace {

const QString kSource = QStringLiteral("data.csv");

std::string text(const QString& s)
{
    return s.toStdString();
}

/// What of an entry the CSV file holds; everything else at its default.
DailyEntry csvPart(const DailyEntry& e)
{
    // Every field but the unknown ones; ratings not given after the last one given are
    // not a column's worth of anything.
    DailyEntry p = e;
    p.extra = {};
    while (!p.activityScores.isEmpty() && !p.activityScores.last())
        p.activityScores.removeLast();
    return p;
}

QList<DailyEntry> csvParts(const QList<DailyEntry>& entries)
{
    QList<DailyEntry> out;
    for (const DailyEntry& e : entries)
        out << csvPart(e);
    return out;
}

/// Session content the CSV file holds (all of it but the database id and unknown fields).
Session csvPart(const Session& s)
{
    Session p = s;
    p.id = 0;
    p.extra = {};
    return p;
}

/// Texts that need quoting, formula protection or both, and some that need neither.
const QStringList& awkwardTexts()
{
    static const QStringList texts = {
        QStringLiteral("plain words"),
        QStringLiteral("comma, inside"),
        QStringLiteral("a \"quoted\" word"),
        QStringLiteral("line one\nline two"),
        QStringLiteral("windows\r\nline break"),
        QStringLiteral("=SUM(A1:A3)"),
        QStringLiteral("+1 better"),
        QStringLiteral("-3 today"),
        QStringLiteral("@home all day"),
        QStringLiteral("\ttabbed"),
        QStringLiteral("\rcarriage return first"),
        QStringLiteral("'tis worse"),
        QStringLiteral("'=already protected"),
        QStringLiteral("''"),
        QStringLiteral("'"),
        QStringLiteral("  leading and trailing spaces  "),
        QStringLiteral("Ünïcödé — ça va ✓ 腰痛"),
        QStringLiteral("\""),
        QStringLiteral(","),
        QStringLiteral("ends with a line break\n"),
        QStringLiteral("=1+2, \"and\"\nmore"),
    };
    return texts;
}

/// A generated year with awkward notes, symptoms of every kind and a day without function.
Bundle awkwardYear()
{
    Bundle b = generateYears1(3);
    const QStringList& texts = awkwardTexts();
    for (int i = 0; i < b.entries.size(); ++i) {
        DailyEntry& e = b.entries[i];
        if (i < texts.size())
            e.note = texts.at(i);
        if (i % 17 == 0)
            e.function.reset();
        if (i % 23 == 0)
            e.symptoms.legWeakness = LegWeakness::Worse;
        if (i % 29 == 0)
            e.symptoms.bothLegs = e.symptoms.bladder = e.symptoms.bowel = true;
    }
    for (int i = 0; i < b.sessions.size() && i < texts.size(); ++i) {
        b.sessions[i].note = texts.at(i);
        b.sessions[i].therapist = texts.at(texts.size() - 1 - i);
    }
    return b;
}

// ---- Round trip ---------------------------------------------------------------------------

TEST(CsvRoundTrip, GeneratedEpisodeIsExactForItsColumns)
{
    const Bundle b = awkwardYear();
    ASSERT_GT(b.entries.size(), 300);
    const QByteArray csv = writeEntriesCsv(b.entries);
    const auto read = readEntriesCsv(csv, kSource);
    ASSERT_TRUE(read.ok()) << text(read.error().message);
    EXPECT_TRUE(read->warnings.isEmpty()) << text(read->warnings.join(QLatin1Char('\n')));
    EXPECT_EQ(read->columns, QString::fromLatin1(csv.left(csv.indexOf('\r'))).split(u','));
    EXPECT_TRUE(read->columns.contains(QStringLiteral("activity_1")));
    EXPECT_TRUE(read->columns.contains(QStringLiteral("reaction")));
    ASSERT_EQ(read->entries.size(), b.entries.size());
    const QList<DailyEntry> expected = csvParts(b.entries);
    for (int i = 0; i < expected.size(); ++i)
        ASSERT_EQ(read->entries.at(i), expected.at(i))
            << "entry " << i << ", note " << text(expected.at(i).note);
    // Writing what was read gives the same bytes.
    EXPECT_EQ(writeEntriesCsv(read->entries), csv);
}

TEST(CsvRoundTrip, GeneratedSessionsAreExact)
{
    const Bundle b = awkwardYear();
    ASSERT_GT(b.sessions.size(), 30);
    const QByteArray csv = writeSessionsCsv(b.sessions);
    const auto read = readSessionsCsv(csv, kSource);
    ASSERT_TRUE(read.ok()) << text(read.error().message);
    EXPECT_TRUE(read->warnings.isEmpty()) << text(read->warnings.join(QLatin1Char('\n')));
    EXPECT_EQ(read->columns, sessionsCsvColumns());
    ASSERT_EQ(read->sessions.size(), b.sessions.size());
    for (int i = 0; i < b.sessions.size(); ++i)
        ASSERT_EQ(read->sessions.at(i), csvPart(b.sessions.at(i))) << "session " << i;
    EXPECT_EQ(writeSessionsCsv(read->sessions), csv);
}

TEST(CsvRoundTrip, TenYearsAreExact)
{
    const Bundle b = generateYears10(1);
    const auto read = readEntriesCsv(writeEntriesCsv(b.entries), kSource);
    ASSERT_TRUE(read.ok()) << text(read.error().message);
    EXPECT_EQ(read->entries, csvParts(b.entries));
}

TEST(CsvWrite, HeaderAndRowsAreAsDocumented)
{
    DailyEntry e = simpleEntry(QDate(2026, 10, 5), 7, 3.0);
    e.symptoms.nightPain = true;
    e.symptoms.legWeakness = LegWeakness::Present;
    e.symptoms.legPain = LegPain::One;
    e.symptoms.fall = true;
    e.selfCare.walkingMin = 12;
    e.note = QStringLiteral("stiff, then \"better\"");
    DailyEntry noFunction = simpleEntry(QDate(2026, 10, 6), 0);
    const QByteArray csv = writeEntriesCsv({e, noFunction});
    EXPECT_EQ(
        csv,
        QByteArray("date,pain,function,night_pain,leg_numbness,leg_weakness,leg_pain,saddle,"
                   "bladder,bowel,both_legs,sexual,fall,fever,weight_loss,walking_min,note,"
                   "cat_cow,pelvic_tilts,bird_dog,dead_bug,movement_min,smr,stiffness,reaction\r\n"
                   "2026-10-05,7,3.0,true,false,present,one,false,false,false,false,false,true,"
                   "false,false,12,\"stiff, then \"\"better\"\"\",0,0,0,0,0,false,,\r\n"
                   "2026-10-06,0,,false,false,none,none,false,false,false,false,false,false,false,"
                   "false,0,,0,0,0,0,0,false,,\r\n"));
    // With activities, their ratings by position, and the after-session answers.
    DailyEntry rated = simpleEntry(QDate(2026, 10, 7), 5, 4.5);
    rated.activityScores = {4, std::nullopt, 5};
    rated.selfCare.catCow = 3;
    rated.selfCare.smr = true;
    rated.afterSession = AfterSession{Stiffness::Mild, true};
    EXPECT_EQ(writeEntriesCsv({rated}, 3).split('\n').value(1),
              QByteArray("2026-10-07,5,4.5,false,false,none,none,false,false,false,false,false,"
                         "false,false,false,0,,4,,5,3,0,0,0,0,true,mild,true\r"));

    Session s;
    s.date = QDate(2026, 10, 6);
    s.minutes = 45;
    s.kind = SessionKind::DeepTissue;
    s.therapist = QStringLiteral("J. Okafor");
    s.numbness = true;
    s.note = QStringLiteral("two\nlines");
    EXPECT_EQ(writeSessionsCsv({s}),
              QByteArray("date,minutes,kind,therapist,shooting_pain,numbness,note\r\n"
                         "2026-10-06,45,deep-tissue,J. Okafor,false,true,\"two\nlines\"\r\n"));
}

TEST(CsvWrite, TextsThatASpreadsheetWouldRunAsFormulasAreProtected)
{
    QList<DailyEntry> entries;
    const QStringList notes = {QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("+1"),
                               QStringLiteral("-2"), QStringLiteral("@SUM(A1)"),
                               QStringLiteral("\tx")};
    for (int i = 0; i < notes.size(); ++i) {
        entries << simpleEntry(QDate(2026, 10, 5).addDays(i), 5);
        entries.last().note = notes.at(i);
    }
    const QByteArray csv = writeEntriesCsv(entries);
    const QList<QByteArray> lines = csv.split('\n');
    for (int i = 1; i <= notes.size(); ++i) {
        const QByteArray line = lines.at(i);
        const QByteArray note = line.mid(line.indexOf(",0,") + 3); // after walking_min
        SCOPED_TRACE(line.toStdString());
        // The cell starts with an apostrophe (inside the quotes, when it has quotes).
        EXPECT_TRUE(note.startsWith("'") || note.startsWith("\"'")) << note.toStdString();
    }
    const auto read = readEntriesCsv(csv, kSource);
    ASSERT_TRUE(read.ok()) << text(read.error().message);
    for (int i = 0; i < notes.size(); ++i)
        EXPECT_EQ(read->entries.at(i).note, notes.at(i));
}

TEST(CsvWrite, SessionsPathIsNextToTheEntriesFile)
{
    EXPECT_EQ(sessionsCsvPath(QStringLiteral("/tmp/out/diary.csv")),
              QStringLiteral("/tmp/out/diary-sessions.csv"));
    EXPECT_EQ(sessionsCsvPath(QStringLiteral("diary.CSV")), QStringLiteral("diary-sessions.csv"));
    EXPECT_EQ(sessionsCsvPath(QStringLiteral("export")), QStringLiteral("export-sessions.csv"));
}

// ---- Reading what others write ------------------------------------------------------------

TEST(CsvRead, ColumnsAreFoundByNameInAnyOrder)
{
    const QByteArray a = "date,pain,function,night_pain,walking_min,note\n"
                         "2026-10-05,7,3.5,true,10,first\n"
                         "2026-10-06,6,4.0,false,12,\"second, with comma\"\n";
    const QByteArray b = "note,walking_min,function,date,night_pain,pain\n"
                         "first,10,3.5,2026-10-05,true,7\n"
                         "\"second, with comma\",12,4.0,2026-10-06,false,6\n";
    const auto ra = readEntriesCsv(a, kSource);
    const auto rb = readEntriesCsv(b, kSource);
    ASSERT_TRUE(ra.ok()) << text(ra.error().message);
    ASSERT_TRUE(rb.ok()) << text(rb.error().message);
    EXPECT_EQ(ra->entries, rb->entries);
    ASSERT_EQ(ra->entries.size(), 2);
    EXPECT_EQ(ra->entries.at(1).note, QStringLiteral("second, with comma"));
    EXPECT_EQ(rb->columns, (QStringList{QStringLiteral("note"), QStringLiteral("walking_min"),
                                        QStringLiteral("function"), QStringLiteral("date"),
                                        QStringLiteral("night_pain"), QStringLiteral("pain")}));

    // A whole export with its columns reversed reads the same.
    Bundle g = generateWeeks8(2);
    for (DailyEntry& e : g.entries)
        e.note.clear(); // no quoted fields, so that lines can be split at commas
    const QByteArray written = writeEntriesCsv(g.entries);
    QByteArray reversed;
    for (const QByteArray& line : written.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        QList<QByteArray> fields = line.trimmed().split(',');
        std::reverse(fields.begin(), fields.end());
        reversed += fields.join(',') + "\r\n";
    }
    const auto rr = readEntriesCsv(reversed, kSource);
    ASSERT_TRUE(rr.ok()) << text(rr.error().message);
    EXPECT_EQ(rr->entries, csvParts(g.entries));
}

TEST(CsvRead, AGermanSpreadsheetsFileIsRead)
{
    // Semicolons, a byte order mark, CRLF, decimal commas and DD.MM.YYYY dates.
    const QByteArray german = "\xEF\xBB\xBF"
                              "Date;Pain;Function;Note\r\n"
                              "05.10.2026;5;3,5;\"erster Tag; steif\"\r\n"
                              "6.10.2026;4;4,0;\r\n";
    const auto read = readEntriesCsv(german, kSource);
    ASSERT_TRUE(read.ok()) << text(read.error().message);
    ASSERT_EQ(read->entries.size(), 2);
    DailyEntry first = simpleEntry(QDate(2026, 10, 5), 5, 3.5);
    first.note = QStringLiteral("erster Tag; steif");
    EXPECT_EQ(read->entries.at(0), first);
    EXPECT_EQ(read->entries.at(1), simpleEntry(QDate(2026, 10, 6), 4, 4.0));
}

TEST(CsvRead, DateAndPainAreEnough)
{
    const auto read = readEntriesCsv("date,pain\n2026-10-06,4\n2026-10-05,5\n", kSource);
    ASSERT_TRUE(read.ok()) << text(read.error().message);
    EXPECT_EQ(read->columns, (QStringList{QStringLiteral("date"), QStringLiteral("pain")}));
    ASSERT_EQ(read->entries.size(), 2);
    // Sorted by date; everything else at its default.
    EXPECT_EQ(read->entries.at(0), simpleEntry(QDate(2026, 10, 5), 5));
    EXPECT_EQ(read->entries.at(1), simpleEntry(QDate(2026, 10, 6), 4));
}

TEST(CsvRead, DatePainAndFunctionAreEnough)
{
    const auto read = readEntriesCsv(
        "date,pain,function\n2026-10-05,5,3\n2026-10-06,4,\n2026-10-07,3,6.5\n", kSource);
    ASSERT_TRUE(read.ok()) << text(read.error().message);
    ASSERT_EQ(read->entries.size(), 3);
    EXPECT_EQ(read->entries.at(0), simpleEntry(QDate(2026, 10, 5), 5, 3.0));
    EXPECT_EQ(read->entries.at(1), simpleEntry(QDate(2026, 10, 6), 4)); // empty: not logged
    EXPECT_EQ(read->entries.at(2), simpleEntry(QDate(2026, 10, 7), 3, 6.5));
}

TEST(CsvRead, BomCrlfBlankLinesAndHeaderSpellingAreAccepted)
{
    const QByteArray csv = "\xEF\xBB\xBF Date , PAIN ,Function\r\n"
                           "\r\n"
                           "2026-10-05, 5 , 3.0 \r\n"
                           ",,\r\n"
                           "2026-10-06,4,4.5\r\n"
                           "\r\n";
    const auto read = readEntriesCsv(csv, kSource);
    ASSERT_TRUE(read.ok()) << text(read.error().message);
    EXPECT_TRUE(read->warnings.isEmpty()) << text(read->warnings.join(QLatin1Char('\n')));
    ASSERT_EQ(read->entries.size(), 2);
    EXPECT_EQ(read->entries.at(0), simpleEntry(QDate(2026, 10, 5), 5, 3.0));
    EXPECT_EQ(read->entries.at(1), simpleEntry(QDate(2026, 10, 6), 4, 4.5));
    // A file without a final line break, and one with old Mac line ends.
    const auto noFinal = readEntriesCsv("date,pain\n2026-10-05,5", kSource);
    ASSERT_TRUE(noFinal.ok()) << text(noFinal.error().message);
    EXPECT_EQ(noFinal->entries.size(), 1);
    const auto mac = readEntriesCsv("date,pain\r2026-10-05,5\r2026-10-06,3\r", kSource);
    ASSERT_TRUE(mac.ok()) << text(mac.error().message);
    EXPECT_EQ(mac->entries.size(), 2);
}

TEST(CsvRead, QuotedFieldsHoldLineBreaksQuotesAndCommas)
{
    const QByteArray csv = "date,pain,note\r\n"
                           "2026-10-05,5,\"first line\r\nsecond, \"\"quoted\"\" line\"\r\n"
                           "\"2026-10-06\",\"4\",\"\"\r\n";
    const auto read = readEntriesCsv(csv, kSource);
    ASSERT_TRUE(read.ok()) << text(read.error().message);
    ASSERT_EQ(read->entries.size(), 2);
    EXPECT_EQ(read->entries.at(0).note, QStringLiteral("first line\r\nsecond, \"quoted\" line"));
    EXPECT_EQ(read->entries.at(1).note, QString());
    EXPECT_EQ(read->entries.at(1).pain, 4);
}

TEST(CsvRead, YesNoAnswersAndWholeNumbersAreReadTolerantly)
{
    const QByteArray csv = "date,pain,night_pain,saddle,bladder,fever,leg_weakness,walking_min\n"
                           "2026-10-05,7.0,YES,no,1,0,Present,30.0\n"
                           "2026-10-06,6,TRUE,False,,,,\n";
    const auto read = readEntriesCsv(csv, kSource);
    ASSERT_TRUE(read.ok()) << text(read.error().message);
    ASSERT_EQ(read->entries.size(), 2);
    const DailyEntry& a = read->entries.at(0);
    EXPECT_EQ(a.pain, 7);
    EXPECT_TRUE(a.symptoms.nightPain);
    EXPECT_FALSE(a.symptoms.saddle);
    EXPECT_TRUE(a.symptoms.bladder);
    EXPECT_FALSE(a.symptoms.fever);
    EXPECT_EQ(a.symptoms.legWeakness, LegWeakness::Present);
    EXPECT_EQ(a.selfCare.walkingMin, 30);
    const DailyEntry& b = read->entries.at(1);
    EXPECT_TRUE(b.symptoms.nightPain);
    EXPECT_EQ(b.symptoms.legWeakness, LegWeakness::None);
    EXPECT_EQ(b.selfCare.walkingMin, 0);
}

TEST(CsvRead, UnknownColumnsAreIgnoredWithAWarning)
{
    const QByteArray csv = "date,mood,pain,,activity_scores\n2026-10-05,good,5,x,\"3,4\"\n";
    const auto read = readEntriesCsv(csv, kSource);
    ASSERT_TRUE(read.ok()) << text(read.error().message);
    EXPECT_EQ(read->columns, (QStringList{QStringLiteral("date"), QStringLiteral("pain")}));
    EXPECT_EQ(
        read->warnings,
        (QStringList{QStringLiteral("data.csv: line 1, column \"mood\": unknown column, ignored"),
                     QStringLiteral("data.csv: line 1: column 4 has no name; ignored"),
                     QStringLiteral("data.csv: line 1, column \"activity_scores\": unknown "
                                    "column, ignored")}));
    ASSERT_EQ(read->entries.size(), 1);
    EXPECT_EQ(read->entries.at(0), simpleEntry(QDate(2026, 10, 5), 5));
}

TEST(CsvRead, AHeaderWithoutRowsGivesNoEntriesAndAWarning)
{
    const auto read = readEntriesCsv("date,pain\r\n", kSource);
    ASSERT_TRUE(read.ok()) << text(read.error().message);
    EXPECT_TRUE(read->entries.isEmpty());
    EXPECT_EQ(read->warnings, QStringList{QStringLiteral(
                                  "data.csv: line 1: the file has a header row and nothing else")});
}

TEST(CsvRead, KindIsToldByTheHeader)
{
    EXPECT_EQ(csvKind(writeSessionsCsv({})), CsvKind::Sessions);
    EXPECT_EQ(csvKind("\xEF\xBB\xBF\n\"Date\",\"Minutes\"\n"), CsvKind::Sessions);
    EXPECT_EQ(csvKind(writeEntriesCsv({})), CsvKind::Entries);
    EXPECT_EQ(csvKind("date,pain,minutes\n"), CsvKind::Entries);
    EXPECT_EQ(csvKind(""), CsvKind::Entries);
    EXPECT_EQ(csvKind("\"unclosed\n"), CsvKind::Entries);
}

TEST(CsvRead, SessionsNeedDateAndMinutes)
{
    const auto read = readSessionsCsv("date,minutes\n2026-10-06,45\n2026-10-06,30\n", kSource);
    ASSERT_TRUE(read.ok()) << text(read.error().message);
    ASSERT_EQ(read->sessions.size(), 2); // several a day are fine
    EXPECT_EQ(read->sessions.at(0).kind, SessionKind::Other);
    EXPECT_EQ(read->sessions.at(1).minutes, 30);

    const auto bad = readSessionsCsv("date,minutes,kind\n2026-10-06,0,hot-stone\n", kSource);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().message,
              QStringLiteral(
                  "data.csv: line 2, column \"minutes\": 0 is out of range 1..600\n"
                  "data.csv: line 2, column \"kind\": \"hot-stone\" is not one of "
                  "\"swedish\", \"deep-tissue\", \"trigger-point\", \"myofascial\", \"other\""));
    const auto noMinutes = readSessionsCsv("date,kind\n2026-10-06,swedish\n", kSource);
    ASSERT_FALSE(noMinutes.ok());
    EXPECT_EQ(noMinutes.error().message,
              QStringLiteral("data.csv: line 1: the required column \"minutes\" is missing (the "
                             "header has: date, kind)"));
}

// ---- Bad input ----------------------------------------------------------------------------

struct BadCsv
{
    const char* name;
    QByteArray csv;
    const char* expected; ///< the whole message after "data.csv: "
};

void PrintTo(const BadCsv& row, std::ostream* os)
{
    *os << row.name;
}

const QByteArray kHeader = "date,pain,function,night_pain,leg_weakness,walking_min,note\r\n";
const QByteArray kGood = "2026-10-05,5,3.0,false,none,10,fine\r\n";

/// The header, a valid first row, then `row`: a problem on line 3.
QByteArray third(const QByteArray& row)
{
    return kHeader + kGood + row + "\r\n";
}

const std::vector<BadCsv>& badInputs()
{
    static const std::vector<BadCsv> rows = [] {
        std::vector<BadCsv> r = {
            {"empty", "", "the file is empty; expected a header row such as \"date,pain\""},
            {"only_blank_lines", "\r\n  \r\n\r\n",
             "the file is empty; expected a header row such as \"date,pain\""},
            {"no_pain_column", "date,function\n2026-10-05,3\n",
             "line 1: the required column \"pain\" is missing (the header has: date, function)"},
            {"no_date_column", "Pain,Note\n5,x\n",
             "line 1: the required column \"date\" is missing (the header has: Pain, Note)"},
            {"no_header", "2026-10-05,5\n2026-10-06,4\n",
             "line 1: the required column \"date\" is missing (the header has: 2026-10-05, 5)\n"
             "data.csv: line 1: the required column \"pain\" is missing (the header has: "
             "2026-10-05, 5)"},
            // A semicolon file is read now (a German spreadsheet's); its dates hold to one form.
            {"two_digit_year_dotted", "date;pain\n05.10.26;5\n",
             "line 2, column \"date\": \"05.10.26\" has a two-digit year; write the year in "
             "full, as DD.MM.YYYY or YYYY-MM-DD"},
            {"two_digit_year_iso", "date,pain\n26-10-05,5\n",
             "line 2, column \"date\": \"26-10-05\" has a two-digit year; write the year in "
             "full, as YYYY-MM-DD"},
            {"date_forms_mixed", "date,pain\n05.10.2026,5\n2026-10-06,4\n",
             "line 3, column \"date\": \"2026-10-06\" is written YYYY-MM-DD, but line 2 writes "
             "dates as DD.MM.YYYY; use one form in the whole file"},
            {"tabs", "date\tpain\n2026-10-05\t5\n",
             "line 1: the columns are separated by tabs; BackLog reads comma-separated files"},
            {"utf16",
             QByteArray("\xFF\xFE"
                        "d\0a\0t\0e\0",
                        10),
             "line 1: the file is UTF-16 text; save it as CSV in UTF-8"},
            {"latin1", third("2026-10-06,4,3.0,false,none,10,caf\xE9"),
             "line 3: not valid UTF-8 text; save the file as CSV in UTF-8"},
            {"nul_byte", QByteArray("date,pain\n2026-10-05,5\n\0\n", 25),
             "line 3: a NUL byte; this is not a text file"},
            {"column_twice", "date,pain,note,pain\n2026-10-05,5,x,5\n",
             "line 1, column \"pain\": appears twice in the header (columns 2 and 4)"},
            {"pain_11", {}, "line 14, column \"pain\": 11 is out of range 0..10"},
            {"pain_negative", third("2026-10-06,-1,3.0,false,none,10,"),
             "line 3, column \"pain\": -1 is out of range 0..10"},
            {"pain_fraction", third("2026-10-06,7.5,3.0,false,none,10,"),
             "line 3, column \"pain\": 7.5 is not a whole number 0..10"},
            {"pain_word", third("2026-10-06,seven,3.0,false,none,10,"),
             "line 3, column \"pain\": \"seven\" is not a whole number 0..10"},
            {"pain_empty", third("2026-10-06,,3.0,false,none,10,"),
             "line 3, column \"pain\": missing, expected a whole number 0..10"},
            {"pain_placeholder", third("2026-10-06,%2,3.0,false,none,10,"),
             "line 3, column \"pain\": \"%2\" is not a whole number 0..10"},
            {"date_empty", third(",4,3.0,false,none,10,"),
             "line 3, column \"date\": missing, expected a date YYYY-MM-DD"},
            {"date_day_first", third("06/10/2026,4,3.0,false,none,10,"),
             "line 3, column \"date\": \"06/10/2026\" is not a valid date YYYY-MM-DD"},
            {"date_february_30", third("2026-02-30,4,3.0,false,none,10,"),
             "line 3, column \"date\": \"2026-02-30\" is not a valid date YYYY-MM-DD"},
            {"date_too_early", third("1899-12-31,4,3.0,false,none,10,"),
             "line 3, column \"date\": \"1899-12-31\" is outside the years 1900..2199"},
            {"date_twice", third("2026-10-05,4,3.0,false,none,10,"),
             "line 3, column \"date\": 2026-10-05 appears twice (also line 2); one entry per date"},
            {"function_above_10", third("2026-10-06,4,10.5,false,none,10,"),
             "line 3, column \"function\": 10.5 is out of range 0..10"},
            {"function_two_decimals", third("2026-10-06,4,3.25,false,none,10,"),
             "line 3, column \"function\": 3.25 has more than one decimal place"},
            {"function_decimal_comma", third("2026-10-06,4,\"3,5\",false,none,10,"),
             "line 3, column \"function\": \"3,5\" has a decimal comma; write the decimal point "
             "as \".\""},
            {"function_word", third("2026-10-06,4,high,false,none,10,"),
             "line 3, column \"function\": \"high\" is not a number 0..10"},
            {"night_pain_maybe", third("2026-10-06,4,3.0,maybe,none,10,"),
             "line 3, column \"night_pain\": \"maybe\" is not true or false"},
            {"leg_weakness_unknown", third("2026-10-06,4,3.0,false,bad,10,"),
             "line 3, column \"leg_weakness\": \"bad\" is not one of \"none\", \"present\", "
             "\"worse\""},
            {"walking_too_long", third("2026-10-06,4,3.0,false,none,2000,"),
             "line 3, column \"walking_min\": 2000 is out of range 0..1440"},
            {"walking_exponent", third("2026-10-06,4,3.0,false,none,1e3,"),
             "line 3, column \"walking_min\": \"1e3\" is not a whole number 0..1440"},
            {"too_many_values", third("2026-10-06,4,3.0,false,none,10,a,b"),
             "line 3: expected 7 values as in the header, found 8"},
            {"too_few_values", third("2026-10-06,4"),
             "line 3: expected 7 values as in the header, found 2"},
            {"quote_never_closed", third("2026-10-06,4,3.0,false,none,10,\"open") + kGood,
             "line 3, column \"note\": the double quote that opens this field is never closed"},
            {"quote_inside_field", third("2026-10-06,4,3.0,false,none,10,say \"hi\""),
             "line 3, column \"note\": a double quote inside a field that does not start with "
             "one; put the whole field in double quotes and write the quote twice"},
            {"text_after_quote", third("2026-10-06,4,3.0,false,none,10,\"hi\" there"),
             "line 3, column \"note\": text after the closing double quote; a quoted field ends "
             "with its quote, and a double quote inside it is written twice"},
            {"note_too_long", third("2026-10-06,4,3.0,false,none,10," + QByteArray(10001, 'x')),
             "line 3, column \"note\": text of 10001 characters is longer than 10000"},
            {"line_after_multiline_note",
             kHeader + "2026-10-05,5,3.0,false,none,10,\"one\r\ntwo\nthree\"\r\n"
                       "2026-10-06,4,3.0,false,none,10,x\r\n2026-10-07,12,3.0,false,none,10,\r\n",
             "line 6, column \"pain\": 12 is out of range 0..10"},
            {"bad_quote_in_header", "date,pain,\"note\n2026-10-05,5,x\n",
             "line 1, field 3: the double quote that opens this field is never closed"},
        };
        // The example of the task: line 14 (a header and 12 good rows before it).
        QByteArray longFile = kHeader;
        for (int i = 0; i < 12; ++i)
            longFile +=
                isoDate(QDate(2026, 10, 1).addDays(i)).toLatin1() + ",5,3.0,false,none,10,\r\n";
        longFile += "2026-11-01,11,3.0,false,none,10,\r\n";
        for (BadCsv& row : r)
            if (std::string(row.name) == "pain_11")
                row.csv = longFile;
        return r;
    }();
    return rows;
}

TEST(CsvBadInputTable, HoldsAtLeastThirtyRowsWithUniqueNames)
{
    EXPECT_GE(badInputs().size(), 30u);
    QSet<QString> names;
    for (const BadCsv& row : badInputs())
        names.insert(QString::fromUtf8(row.name));
    EXPECT_EQ(names.size(), qsizetype(badInputs().size()));
}

class CsvBadInput : public ::testing::TestWithParam<BadCsv>
{
};

TEST_P(CsvBadInput, IsRefusedWithALocatedMessage)
{
    const BadCsv& row = GetParam();
    const auto read = readEntriesCsv(row.csv, kSource);
    ASSERT_FALSE(read.ok()) << "accepted:\n" << row.csv.toStdString();
    EXPECT_EQ(read.error().kind, ErrorKind::BadInput);
    EXPECT_EQ(read.error().message,
              kSource + QStringLiteral(": ") + QString::fromUtf8(row.expected));
}

INSTANTIATE_TEST_SUITE_P(Table, CsvBadInput, ::testing::ValuesIn(badInputs()),
                         [](const ::testing::TestParamInfo<BadCsv>& info) {
                             return std::string(info.param.name);
                         });

TEST(CsvBadInput, EveryBadRowIsReportedEachOnItsOwnLineUpToTwenty)
{
    QByteArray csv = kHeader;
    for (int i = 0; i < 30; ++i)
        csv += isoDate(QDate(2026, 10, 1).addDays(i)).toLatin1() + ",11,3.0,false,none,10,\r\n";
    const auto read = readEntriesCsv(csv, kSource);
    ASSERT_FALSE(read.ok());
    const QStringList lines = read.error().message.split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 20);
    EXPECT_EQ(lines.first(),
              QStringLiteral("data.csv: line 2, column \"pain\": 11 is out of range 0..10"));
    EXPECT_EQ(lines.last(),
              QStringLiteral("data.csv: line 21, column \"pain\": 11 is out of range 0..10"));
}

// ---- Import into a diary: all or nothing --------------------------------------------------

/// Every file under `folder` (recursively) with its bytes.
QMap<QString, QByteArray> snapshot(const QString& folder)
{
    QMap<QString, QByteArray> files;
    QDir dir(folder);
    for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden | QDir::System))
        files.insert(name, readFile(dir.filePath(name)));
    for (const QString& sub : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
        const auto inner = snapshot(dir.filePath(sub));
        for (auto it = inner.begin(); it != inner.end(); ++it)
            files.insert(sub + QLatin1Char('/') + it.key(), it.value());
    }
    return files;
}

class CsvImportTest : public DiaryTest
{
};

TEST_F(CsvImportTest, NeedsAnEpisode)
{
    const auto done = diary->importEntries({simpleEntry(QDate(2026, 10, 5), 5)});
    ASSERT_FALSE(done.ok());
    EXPECT_EQ(done.error().kind, ErrorKind::BadInput);
    EXPECT_TRUE(done.error().message.startsWith(diary->database().path() +
                                                QStringLiteral(": the diary has no episode yet")))
        << text(done.error().message);
    EXPECT_TRUE(diary->entries().all().value().isEmpty());

    Session s;
    s.date = QDate(2026, 10, 5);
    s.minutes = 40;
    const auto sessions = diary->importSessions({s});
    ASSERT_FALSE(sessions.ok());
    EXPECT_TRUE(sessions.error().message.contains(QStringLiteral("no episode")))
        << text(sessions.error().message);
    EXPECT_TRUE(diary->sessions().all().value().isEmpty());
}

TEST_F(CsvImportTest, EntriesReplaceThoseOfTheSameDateAsAWhole)
{
    ASSERT_TRUE(diary->episodes().save(simpleEpisode()).ok());
    DailyEntry old = simpleEntry(QDate(2026, 10, 5), 8, 2.0);
    old.activityScores = {2, 2, 2};
    old.selfCare.catCow = 3;
    old.note = QStringLiteral("old");
    ASSERT_TRUE(diary->saveEntry(old).ok());
    ASSERT_TRUE(diary->saveEntry(simpleEntry(QDate(2026, 10, 4), 9)).ok());

    const auto read =
        readEntriesCsv("date,pain,function\n2026-10-05,5,4.5\n2026-10-06,4,5.0\n", kSource);
    ASSERT_TRUE(read.ok()) << text(read.error().message);
    const auto done = diary->importEntries(read->entries);
    ASSERT_TRUE(done.ok()) << text(done.error().message);
    EXPECT_EQ(done->added, 1);
    EXPECT_EQ(done->replaced, 1);

    const QList<DailyEntry> stored = diary->entries().all().value();
    ASSERT_EQ(stored.size(), 3);
    EXPECT_EQ(stored.at(0), simpleEntry(QDate(2026, 10, 4), 9)); // untouched
    EXPECT_EQ(stored.at(1), simpleEntry(QDate(2026, 10, 5), 5, 4.5));
    EXPECT_EQ(stored.at(2), simpleEntry(QDate(2026, 10, 6), 4, 5.0));
}

TEST_F(CsvImportTest, SessionsAlreadyThereAreNotAddedTwice)
{
    ASSERT_TRUE(diary->episodes().save(simpleEpisode()).ok());
    const auto read = readSessionsCsv(
        "date,minutes,kind\n2026-10-06,45,swedish\n2026-10-06,45,swedish\n2026-10-09,30,other\n",
        kSource);
    ASSERT_TRUE(read.ok()) << text(read.error().message);
    const auto first = diary->importSessions(read->sessions);
    ASSERT_TRUE(first.ok()) << text(first.error().message);
    EXPECT_EQ(first.value(), 3);
    const auto again = diary->importSessions(read->sessions);
    ASSERT_TRUE(again.ok()) << text(again.error().message);
    EXPECT_EQ(again.value(), 0);
    EXPECT_EQ(diary->sessions().all().value().size(), 3);
}

TEST_F(CsvImportTest, ARefusedImportLeavesTheDiaryFileByteForByteUnchanged)
{
    const Bundle b = generateWeeks8(4);
    ASSERT_TRUE(diary->importBundle(b).ok());
    diary.reset();
    const QString folderPath = QFileInfo(folder.diaryPath()).absolutePath();
    const QMap<QString, QByteArray> before = snapshot(folderPath);
    ASSERT_TRUE(before.contains(QStringLiteral("diary.sqlite")));

    reopen();
    // New dates and replacements, valid but for the last one: a partial import would show.
    QList<DailyEntry> entries;
    for (int i = 0; i < 80; ++i)
        entries << simpleEntry(b.episode.programStart.addDays(i), i % 10, 5.0);
    entries << simpleEntry(b.episode.programStart.addDays(80), 11);
    const auto done = diary->importEntries(entries);
    ASSERT_FALSE(done.ok());
    EXPECT_TRUE(done.error().message.contains(QStringLiteral("pain 11 is out of range 0..10")))
        << text(done.error().message);
    // Two entries of one date are refused too.
    const auto twice = diary->importEntries(
        {simpleEntry(QDate(2026, 1, 5), 1), simpleEntry(QDate(2026, 1, 5), 2)});
    ASSERT_FALSE(twice.ok());
    EXPECT_TRUE(twice.error().message.contains(QStringLiteral("two entries for 2026-01-05")))
        << text(twice.error().message);
    EXPECT_EQ(diary->entries().all().value(), b.entries);
    diary.reset();

    EXPECT_EQ(snapshot(folderPath), before) << "the diary's folder changed";

    // Control: an import that succeeds does change the snapshot.
    reopen();
    ASSERT_TRUE(diary->importEntries({simpleEntry(b.episode.programStart, 0)}).ok());
    diary.reset();
    EXPECT_NE(snapshot(folderPath), before);
}

} // namespace
