// SPDX-License-Identifier: GPL-3.0-or-later
// Inputs of the fuzz targets (fuzz/, quality.md R3) in the normal suite: what fuzzing found
// and the nastiest inputs of their corpora, one file each under
// tests/data/fuzz-regressions/<target>/ (bundle, csv, cli; a cli file holds the arguments
// separated by NUL bytes). Every file goes through the checks the fuzz target runs
// (fuzz/Checks.h: values in range, a lossless write and read back, a located message when
// refused), and a table names the outcome each must have. The committed seed corpora pass
// the same checks.
#include "../../fuzz/Checks.h"
#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <cctype>
#include <ostream>
#include <string>

using namespace backlog;
using namespace backlog::test;

namespace {

std::string text(const QString& s)
{
    return s.toStdString();
}

/// The outcome a file must have: read (parsed) without an error, or refused with exactly
/// this message. Bundle and CSV messages begin with "fuzz.backlog.json: " or "fuzz.csv: ";
/// a CSV file is read as the kind csvKind() judges it, as backlog-cli and the app do.
struct Outcome
{
    const char* target;
    const char* file;
    const char* error; ///< null when the input is read without an error
    const char* why;   ///< what the file stands for, and the fix when fuzzing found it
};

void PrintTo(const Outcome& row, std::ostream* os)
{
    *os << row.target << "/" << row.file;
}

constexpr const char* kRead = nullptr;

// clang-format off
const Outcome kOutcomes[] = {
    // ---- Exchange bundle --------------------------------------------------------------------
    {"bundle", "format-line-breaks.json",
     "fuzz.backlog.json: line 2, column 29: a control character (U+000a) inside a string; write it as an escape such as \\n",
     "refused on purpose since the strict pre-scan (raw control characters in strings); first found by fuzz_bundle: a text value with line breaks (Qt's parser takes raw control "
     "characters in strings) was quoted raw, so the message had lines without the file name; "
     "describe() now shows control characters as spaces"},
    {"bundle", "lone-surrogate-key.json",
     "fuzz.backlog.json: line 59, column 15: \\o is not an escape JSON knows; write a backslash as \\\\",
     "refused on purpose since the strict pre-scan (Qt takes an unknown escape, and a lone surrogate); first found by fuzz_bundle: an unknown key with half a surrogate pair (\\udc00) was written "
     "back as U+FFFD, so the round trip lost it; the JSON writer now writes such a half as "
     "its \\u escape"},
    {"bundle", "lone-surrogate-note.json",
     "fuzz.backlog.json: line 1, column 159: \\ud800 is half of a surrogate pair, not a character",
     "half a surrogate pair in a note: refused on purpose since the strict pre-scan"},
    {"bundle", "exported-at-year-10000.json",
     "fuzz.backlog.json: exported_at: \"9999-12-31T23:30:00-01:00\" is outside the years 1900..2199",
     "found while writing the round-trip check, which this input breaks: in UTC it is the year "
     "10000, which the writer writes as a date-time that is not read back; exported_at is now "
     "held to the years of the diary"},
    {"bundle", "percent-placeholders.json",
     "fuzz.backlog.json: entries[0].pain: \"%2\" is not a whole number 0..10\n"
     "fuzz.backlog.json: sessions[0].minutes: \"%1x\" is not a whole number 1..600",
     "found while writing the checks: a value holding %2 was itself filled in by the next "
     "arg(), misquoting the value and the range; the message now takes its values at once"},
    {"bundle", "unknown-key-line-break.json", kRead,
     "found with the fix above: an unknown key holding a line break broke its warning (and "
     "backlog-cli's output) into two lines; keys in warnings are now shown on one line too"},
    {"bundle", "deeply-nested.json",
     "fuzz.backlog.json: line 1, column 1142: not valid JSON (too deeply nested document)",
     "3000 nested arrays in an unknown field: Qt's parser refuses more than 1024 levels"},
    {"bundle", "nested-just-enough.json", kRead, "500 nested arrays, kept as an unknown field"},
    {"bundle", "huge-numbers.json",
     "fuzz.backlog.json: entries[0].pain: 1e+308 is out of range 0..10\n"
     "fuzz.backlog.json: entries[0].function: -1e-320 is out of range 0..10\n"
     "fuzz.backlog.json: entries[1].pain: 9007199254740992 is out of range 0..10",
     "the largest and smallest doubles, and 2^53 + 1"},
    {"bundle", "number-overflow.json",
     "fuzz.backlog.json: line 1, column 45: not valid JSON (illegal number)",
     "1e400 does not fit a double"},
    {"bundle", "invalid-utf8.json",
     "fuzz.backlog.json: line 1, column 131: not valid JSON (invalid UTF8 string)",
     "Latin-1, an overlong encoding and an encoded surrogate"},
    {"bundle", "nul-bytes.json",
     "fuzz.backlog.json: line 1, column 129: a control character (U+0000) inside a string; write it as an escape such as \\n",
     "a raw NUL byte inside a string (Qt's parser takes it): written back as \\u0000"},
    {"bundle", "escaped-nul-and-controls.json", kRead, "escaped NUL, controls and quotes"},
    {"bundle", "duplicate-keys.json",
     "fuzz.backlog.json: line 1, column 109: the key \"version\" appears twice in one object; each key may appear once",
     "duplicate keys (Qt keeps the last one): refused on purpose since the strict pre-scan"},
    {"bundle", "bom.json", kRead, "a UTF-8 byte order mark before the object"},

    // ---- CSV --------------------------------------------------------------------------------
    {"csv", "header-line-break.csv",
     "fuzz.csv: line 3: the required column \"date\" is missing (the header has: M   )\n"
     "fuzz.csv: line 3: the required column \"pain\" is missing (the header has: M   )",
     "found by fuzz_csv: the header's names were listed raw, so a quoted name holding a line "
     "break broke the message into lines without the file name; they are now shown on one line"},
    {"csv", "line-separator-in-header.csv",
     "fuzz.csv: line 1: the required column \"pain\" is missing (the header has: date, mo od, walking_min)",
     "a line separator (U+2028) inside a column name: a space in the message and the warning"},
    {"csv", "blank-rows-before-sessions-header.csv", kRead,
     "found while writing the kind check, which this input breaks: rows of empty cells before "
     "the header (as spreadsheets write them) made csvKind() take a blank row for the header "
     "and judge a sessions file to hold entries; it now skips blank rows as the readers do"},
    {"csv", "crlf-and-quotes.csv", kRead,
     "CRLF, doubled quotes, commas, a carriage return and apostrophes inside quoted notes"},
    {"csv", "bom-cr-only.csv", kRead, "a byte order mark and old Mac line ends, a sessions file"},
    {"csv", "nul-byte.csv", "fuzz.csv: line 3: a NUL byte; this is not a text file",
     "a NUL byte"},
    {"csv", "invalid-utf8.csv", "fuzz.csv: line 3: not valid UTF-8 text; save the file as CSV in UTF-8",
     "a surrogate encoded in UTF-8"},
    {"csv", "overlong-utf8.csv", "fuzz.csv: line 2: not valid UTF-8 text; save the file as CSV in UTF-8",
     "an overlong encoding of /"},
    {"csv", "quote-never-closed-at-end.csv",
     "fuzz.csv: line 2, column \"note\": the double quote that opens this field is never closed",
     "a quote that runs to the end of the file"},
    {"csv", "huge-numbers.csv",
     "fuzz.csv: line 2, column \"pain\": 99999999999999999999 is out of range 0..10\n"
     "fuzz.csv: line 2, column \"function\": \"1e308\" is not a number 0..10",
     "numbers beyond an int and an exponent"},

    // ---- Command line -----------------------------------------------------------------------
    {"cli", "value-looks-like-option.args",
     "--as-of: \"--db\" is not a valid date YYYY-MM-DD (years 1900..2199)",
     "an option's value that looks like an option is its value"},
    {"cli", "invalid-utf8.args", kRead, "arguments that are not UTF-8"},
    {"cli", "equals-in-values.args", kRead, "= inside a value, upper-case paper and notes"},
    {"cli", "empty-arguments.args",
     "unknown command \"\" (expected evaluate, analyse, import or export)", "empty arguments"},
    {"cli", "double-dash-only.args", "import: missing the file argument", "-- and nothing after"},
    {"cli", "leap-day-range.args", kRead, "a one-day range on a leap day"},
    {"cli", "option-twice.args", "export: option --output is given twice", "-o and --output"},
    {"cli", "notes-with-json.args", "export: --paper and --notes are options of the pdf format",
     "a report option with another format"},
};
// clang-format on

QString folderOf(const QString& target)
{
    return dataPath(QStringLiteral("fuzz-regressions/") + target);
}

/// The checks of the fuzz target `target` on `input`.
QStringList checksOf(const QString& target, const QByteArray& input)
{
    if (target == QLatin1String("bundle"))
        return fuzz::checkBundleInput(input);
    if (target == QLatin1String("csv"))
        return fuzz::checkCsvInput(input);
    return fuzz::checkCommandLineInput(input);
}

/// The error `input` gets, as the program reading it gives it; empty when it is read.
QString errorOf(const QString& target, const QByteArray& input)
{
    if (target == QLatin1String("bundle")) {
        const auto read = readBundle(input, fuzz::kBundleSource);
        return read ? QString() : read.error().message;
    }
    if (target == QLatin1String("csv")) {
        if (csvKind(input) == CsvKind::Sessions) {
            const auto read = readSessionsCsv(input, fuzz::kCsvSource);
            return read ? QString() : read.error().message;
        }
        const auto read = readEntriesCsv(input, fuzz::kCsvSource);
        return read ? QString() : read.error().message;
    }
    QString error;
    const auto parsed = parseCommandLine(fuzz::argumentsFromBytes(input), &error);
    if (parsed && !checkArguments(*parsed, &error))
        return error;
    return parsed ? QString() : error;
}

class FuzzRegression : public ::testing::TestWithParam<Outcome>
{
};

TEST_P(FuzzRegression, PassesTheChecksWithItsOutcome)
{
    const Outcome& row = GetParam();
    const QString target = QString::fromLatin1(row.target);
    const QString path = folderOf(target) + QLatin1Char('/') + QString::fromUtf8(row.file);
    ASSERT_TRUE(QFileInfo::exists(path)) << text(path);
    const QByteArray input = readFile(path);
    SCOPED_TRACE(row.why);

    const QStringList problems = checksOf(target, input);
    EXPECT_TRUE(problems.isEmpty()) << text(problems.join(QLatin1Char('\n')));
    const QString error = errorOf(target, input);
    if (row.error)
        EXPECT_EQ(text(error), row.error);
    else
        EXPECT_TRUE(error.isEmpty()) << "refused: " << text(error);
}

INSTANTIATE_TEST_SUITE_P(Inputs, FuzzRegression, ::testing::ValuesIn(kOutcomes),
                         [](const ::testing::TestParamInfo<Outcome>& info) {
                             std::string name =
                                 std::string(info.param.target) + "_" + info.param.file;
                             for (char& c : name)
                                 if (!std::isalnum(static_cast<unsigned char>(c)))
                                     c = '_';
                             return name;
                         });

TEST(FuzzRegressionFiles, EachHasAnExpectedOutcome)
{
    QSet<QString> listed;
    for (const Outcome& row : kOutcomes)
        listed.insert(QString::fromLatin1(row.target) + QLatin1Char('/') +
                      QString::fromUtf8(row.file));
    for (const QString& target :
         {QStringLiteral("bundle"), QStringLiteral("csv"), QStringLiteral("cli")}) {
        const QStringList files = QDir(folderOf(target)).entryList(QDir::Files);
        EXPECT_FALSE(files.isEmpty()) << text(target);
        for (const QString& file : files)
            EXPECT_TRUE(listed.contains(target + QLatin1Char('/') + file))
                << "no expected outcome for " << text(target + QLatin1Char('/') + file);
    }
}

TEST(FuzzRegressionFiles, SeedCorporaPassTheChecks)
{
    for (const QString& target :
         {QStringLiteral("bundle"), QStringLiteral("csv"), QStringLiteral("cli")}) {
        const QDir seeds(QStringLiteral(BACKLOG_SOURCE_DIR "/fuzz/corpus/") + target);
        const QStringList files = seeds.entryList(QDir::Files);
        EXPECT_GE(files.size(), 20) << text(seeds.path());
        for (const QString& file : files) {
            const QStringList problems = checksOf(target, readFile(seeds.filePath(file)));
            EXPECT_TRUE(problems.isEmpty()) << text(target + QLatin1Char('/') + file) << ":\n"
                                            << text(problems.join(QLatin1Char('\n')));
        }
    }
}

} // namespace
