// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/Csv.h"

#include "Dates.h"
#include "Files.h"
#include "model/Vocabulary.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace backlog {
namespace {

constexpr int kMaxErrors = 20;
constexpr int kMaxNoteLength = 10000;
constexpr int kMaxTherapistLength = 200;

const QLatin1String kDate("date");
const QLatin1String kPain("pain");
const QLatin1String kFunction("function");
const QLatin1String kWalkingMin("walking_min");
const QLatin1String kNote("note");
const QLatin1String kMinutes("minutes");
const QLatin1String kKind("kind");
const QLatin1String kTherapist("therapist");
const QLatin1String kShootingPain("shooting_pain");
const QLatin1String kNumbness("numbness");
const QLatin1String kStiffness("stiffness");
const QLatin1String kReaction("reaction");
constexpr int kMaxCsvActivities = 5; ///< activity_1..activity_5 (an episode names up to 5)

QString activityColumn(int index) // 0-based index: "activity_1" for 0
{
    return QStringLiteral("activity_%1").arg(index + 1);
}

/// The self-care columns other than walking_min (which keeps its place of version 1).
QStringList selfCareColumns()
{
    QStringList out;
    for (const SelfCareItem& item : selfCareItems())
        if (QLatin1String(item.key) != kWalkingMin)
            out << QLatin1String(item.key);
    return out;
}

/// A symptom column of entries.csv: a yes/no symptom, or leg weakness or leg pain.
struct SymptomColumn
{
    QString key;
    const YesNoSymptom* yesNo; ///< null for leg weakness and leg pain
};

/// The symptom columns of entries.csv, in the order formats.md section 2 fixes. That is
/// not the bundle's order of yesNoSymptoms(), so the order is listed here; what each
/// column holds comes from the table, by key.
const QList<SymptomColumn>& symptomColumns()
{
    static const QList<SymptomColumn> columns = [] {
        QList<SymptomColumn> list;
        for (const char* key :
             {"night_pain", "leg_numbness", kLegWeaknessKey, kLegPainKey, "saddle", "bladder",
              "bowel", "both_legs", "sexual", "fall", "fever", "weight_loss"}) {
            const QString name = QLatin1String(key);
            list.append({name, yesNoSymptom(name)});
            Q_ASSERT(list.last().yesNo || name == QLatin1String(kLegWeaknessKey) ||
                     name == QLatin1String(kLegPainKey));
        }
        return list;
    }();
    return columns;
}

// ---- Formula protection (see Csv.h) -------------------------------------------------------

/// Characters that make a spreadsheet cell a formula when they come first.
bool startsFormula(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
           c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

/// True when the reader takes the first character of `text` off: an apostrophe followed
/// by a formula character or by another apostrophe.
bool hasProtectingApostrophe(const QString& text)
{
    return text.size() >= 2 && text.at(0) == QLatin1Char('\'') &&
           (startsFormula(text.at(1)) || text.at(1) == QLatin1Char('\''));
}

/// The text as written: with an apostrophe in front when a spreadsheet would take it for
/// a formula, or when the reader would otherwise take its own first apostrophe off.
QString protectText(const QString& text)
{
    if (text.isEmpty())
        return text;
    if (startsFormula(text.at(0)) || hasProtectingApostrophe(text))
        return QLatin1Char('\'') + text;
    return text;
}

/// The exact inverse of protectText().
QString unprotectText(const QString& text)
{
    return hasProtectingApostrophe(text) ? text.mid(1) : text;
}

// ---- Writing --------------------------------------------------------------------------------

/// Appends one field, quoted when RFC 4180 needs it (or when leading or trailing spaces
/// would be lost to a spreadsheet).
void appendField(QByteArray& out, const QString& value)
{
    bool quote = false;
    for (const QChar c : value) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\r') ||
            c == QLatin1Char('\n')) {
            quote = true;
            break;
        }
    }
    if (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()))
        quote = true;
    if (!quote) {
        out += value.toUtf8();
        return;
    }
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    out += '"';
    out += escaped.toUtf8();
    out += '"';
}

void appendBool(QByteArray& out, bool value)
{
    out += value ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
}

void appendHeader(QByteArray& out, const QStringList& columns)
{
    out += columns.join(QLatin1Char(',')).toLatin1();
    out += "\r\n";
}

// ---- Parsing RFC 4180 -----------------------------------------------------------------------

/// One record of the file and the line it starts on.
struct Record
{
    int line = 1;
    QStringList fields;

    bool isBlank() const
    {
        return std::all_of(fields.begin(), fields.end(),
                           [](const QString& f) { return f.trimmed().isEmpty(); });
    }
};

/// Where and why splitting the file into records failed.
struct SplitFailure
{
    int line = 0;
    int field = 0; ///< index in its record
    QString what;
};

/// Splits `text` into records: fields separated by `separator` (a comma, or the semicolon
/// of a spreadsheet that writes decimal commas), records by CRLF, LF or CR; a field in
/// double quotes may hold separators, line breaks and doubled double quotes.
bool splitRecords(const QString& text, QList<Record>* records, SplitFailure* failure,
                  QChar separator = QLatin1Char(','))
{
    int line = 1;
    Record current;
    QString field;
    bool inQuotes = false;
    bool afterQuote = false; // the field was quoted and its closing quote has been read
    int quoteLine = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    inQuotes = false;
                    afterQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n') ||
                    (c == QLatin1Char('\r') && !(i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == separator) {
            current.fields << field;
            field.clear();
            afterQuote = false;
            continue;
        }
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            current.fields << field;
            field.clear();
            afterQuote = false;
            records->append(current);
            current = Record{};
            current.line = ++line;
            continue;
        }
        if (afterQuote) {
            *failure = {line, int(current.fields.size()),
                        QCoreApplication::translate(
                            "Csv",
                            "text after the closing double quote; a quoted field ends "
                            "with its quote, and a double quote inside it is written twice")};
            return false;
        }
        if (c == QLatin1Char('"')) {
            if (field.isEmpty()) {
                inQuotes = true;
                quoteLine = line;
                continue;
            }
            *failure = {line, int(current.fields.size()),
                        QCoreApplication::translate(
                            "Csv",
                            "a double quote inside a field that does not start with one; "
                            "put the whole field in double quotes and write the quote twice")};
            return false;
        }
        field += c;
    }
    if (inQuotes) {
        *failure = {quoteLine, int(current.fields.size()),
                    QCoreApplication::translate(
                        "Csv", "the double quote that opens this field is never closed")};
        return false;
    }
    if (!field.isEmpty() || !current.fields.isEmpty() || afterQuote) {
        current.fields << field;
        records->append(current);
    }
    return true;
}

/// Offset of the first byte that is not part of valid UTF-8, or -1.
qsizetype invalidUtf8At(const QByteArray& bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned int min = 0, code = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            code = c & 0x1F;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            code = c & 0x0F;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            code = c & 0x07;
            min = 0x10000;
        } else {
            return i;
        }
        if (i + extra >= n)
            return i;
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (p[i + k] & 0x3F);
        }
        if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

int lineAt(const QByteArray& bytes, qsizetype offset)
{
    return 1 + int(std::count(bytes.begin(), bytes.begin() + offset, '\n'));
}

// ---- Reading ----------------------------------------------------------------------------------

/// A short, readable rendering of a cell for an error message: numbers as they are,
/// anything else in double quotes.
QString describe(const QString& value)
{
    static const QRegularExpression number(QStringLiteral("^[+-]?[0-9]+(\\.[0-9]*)?$"));
    if (value.size() <= 20 && number.match(value).hasMatch())
        return value;
    QString text = oneLine(value);
    if (text.size() > 40)
        text = text.left(37) + QStringLiteral("...");
    return QLatin1Char('"') + text + QLatin1Char('"');
}

/// A number written plainly: digits, an optional point and decimals, an optional sign.
std::optional<double> plainNumber(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[+-]?[0-9]+(\\.[0-9]+)?$"));
    if (text.size() > 30 || !pattern.match(text).hasMatch())
        return std::nullopt;
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok && std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(Csv)

public:
    explicit Reader(QString source) : m_source(std::move(source)) {}

    QStringList errors;
    QStringList warnings;
    qint64 moreWarningCount = 0; ///< warnings beyond kMaxWarnings, counted only
    QStringList columns;         ///< known columns, in file order
    QList<Record> rows;          ///< data rows, blank ones left out

    static QString at(int line) { return tr("line %1").arg(line); }
    static QString at(int line, const QString& column)
    {
        return tr("line %1, column \"%2\"").arg(line).arg(oneLine(column));
    }

    void error(const QString& where, const QString& what)
    {
        if (errors.size() < kMaxErrors)
            errors << m_source + QStringLiteral(": ") + where + QStringLiteral(": ") + what;
    }
    void warn(const QString& where, const QString& what)
    {
        if (warnings.size() < kMaxWarnings)
            warnings << m_source + QStringLiteral(": ") + where + QStringLiteral(": ") + what;
        else
            ++moreWarningCount;
    }
    /// The warnings as kept, with the count of those beyond kMaxWarnings.
    QStringList allWarnings() const
    {
        QStringList out = warnings;
        if (moreWarningCount > 0)
            out << moreWarnings(m_source, moreWarningCount);
        return out;
    }

    /// Checks the bytes, splits the records and reads the header against the `known`
    /// columns. False when the file cannot be read further (errors says why).
    bool prepare(const QByteArray& csv, const QStringList& known, const QStringList& required);

    bool has(const QString& column) const { return m_index.contains(column); }

    /// The cell of `column` in `row`; empty when the file has no such column.
    QString cell(const Record& row, const QString& column) const
    {
        const int i = m_index.value(column, -1);
        return i < 0 ? QString() : row.fields.at(i);
    }

    std::optional<QDate> date(const Record& row, const QString& column)
    {
        const QString v = cell(row, column).trimmed();
        const QString where = at(row.line, column);
        if (v.isEmpty()) {
            error(where, tr("missing, expected a date YYYY-MM-DD"));
            return std::nullopt;
        }
        // YYYY-MM-DD, or DD.MM.YYYY as a German (or other) spreadsheet writes it; one
        // form per file, and never a two-digit year (which century would be a guess).
        static const QRegularExpression dotted(
            QStringLiteral("^([0-9]{1,2})\\.([0-9]{1,2})\\.([0-9]+)$"));
        static const QRegularExpression shortIso(
            QStringLiteral("^([0-9]{2})-([0-9]{2})-([0-9]{2})$"));
        std::optional<QDate> d;
        DateForm form = DateForm::Iso;
        if (const auto m = dotted.match(v); m.hasMatch()) {
            form = DateForm::Dotted;
            if (m.captured(3).size() != 4) {
                error(where, tr("%1 has a two-digit year; write the year in full, as "
                                "DD.MM.YYYY or YYYY-MM-DD")
                                 .arg(describe(v)));
                return std::nullopt;
            }
            const QDate parsed(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
            if (parsed.isValid())
                d = parsed;
        } else if (shortIso.match(v).hasMatch()) {
            error(where, tr("%1 has a two-digit year; write the year in full, as YYYY-MM-DD")
                             .arg(describe(v)));
            return std::nullopt;
        } else {
            d = parseIsoDate(v);
        }
        if (!d) {
            error(where, form == DateForm::Dotted
                             ? tr("%1 is not a valid date DD.MM.YYYY").arg(describe(v))
                             : tr("%1 is not a valid date YYYY-MM-DD").arg(describe(v)));
            return std::nullopt;
        }
        if (m_dateFormLine == 0) {
            m_dateForm = form;
            m_dateFormLine = row.line;
        } else if (form != m_dateForm) {
            error(where, tr("%1 is written %2, but line %3 writes dates as %4; use one form "
                            "in the whole file")
                             .arg(describe(v), formName(form), QString::number(m_dateFormLine),
                                  formName(m_dateForm)));
            return std::nullopt;
        }
        if (!isPlausibleDate(*d)) {
            error(where, tr("%1 is outside the years 1900..2199").arg(describe(v)));
            return std::nullopt;
        }
        return d;
    }

    /// A whole number in min..max; `fallback` for an empty cell unless required.
    std::optional<int> integer(const Record& row, const QString& column, int min, int max,
                               bool required, int fallback = 0)
    {
        const QString v = cell(row, column).trimmed();
        const QString where = at(row.line, column);
        if (v.isEmpty()) {
            if (!required)
                return fallback;
            error(where, tr("missing, expected a whole number %1..%2").arg(min).arg(max));
            return std::nullopt;
        }
        const auto d = number(v);
        if (!d || *d != std::floor(*d)) {
            error(where, tr("%1 is not a whole number %2..%3")
                             .arg(describe(v), QString::number(min), QString::number(max)));
            return std::nullopt;
        }
        if (*d < min || *d > max) {
            error(where, tr("%1 is out of range %2..%3")
                             .arg(describe(v), QString::number(min), QString::number(max)));
            return std::nullopt;
        }
        return static_cast<int>(*d);
    }

    /// A score 0..10 with at most one decimal place; nullopt for an empty cell.
    std::optional<double> score(const Record& row, const QString& column)
    {
        const QString v = cell(row, column).trimmed();
        const QString where = at(row.line, column);
        if (v.isEmpty())
            return std::nullopt;
        const auto d = number(v);
        if (!d) {
            static const QRegularExpression decimalComma(QStringLiteral("^[0-9]+,[0-9]+$"));
            if (decimalComma.match(v).hasMatch())
                error(where, tr("%1 has a decimal comma; write the decimal point as \".\"")
                                 .arg(describe(v)));
            else
                error(where, tr("%1 is not a number 0..10").arg(describe(v)));
            return std::nullopt;
        }
        if (!(*d >= 0.0 && *d <= 10.0)) {
            error(where, tr("%1 is out of range 0..10").arg(describe(v)));
            return std::nullopt;
        }
        if (std::fabs(*d * 10.0 - std::round(*d * 10.0)) > 1e-6) {
            error(where, tr("%1 has more than one decimal place").arg(describe(v)));
            return std::nullopt;
        }
        return roundToTenth(*d);
    }

    bool boolean(const Record& row, const QString& column)
    {
        const QString v = cell(row, column).trimmed().toLower();
        if (v.isEmpty() || v == QLatin1String("false") || v == QLatin1String("no") ||
            v == QLatin1String("0"))
            return false;
        if (v == QLatin1String("true") || v == QLatin1String("yes") || v == QLatin1String("1"))
            return true;
        error(at(row.line, column),
              tr("%1 is not true or false").arg(describe(cell(row, column).trimmed())));
        return false;
    }

    template <typename E>
    E choice(const Record& row, const QString& column, E fallback,
             std::optional<E> (*parse)(const QString&), const QString& allowed)
    {
        const QString v = cell(row, column).trimmed();
        if (v.isEmpty())
            return fallback;
        const auto parsed = parse(v.toLower());
        if (!parsed) {
            error(at(row.line, column), tr("%1 is not one of %2").arg(describe(v), allowed));
            return fallback;
        }
        return *parsed;
    }

    QString text(const Record& row, const QString& column, int maxLength)
    {
        const QString v = unprotectText(cell(row, column));
        if (v.size() > maxLength) {
            error(at(row.line, column),
                  tr("text of %1 characters is longer than %2").arg(v.size()).arg(maxLength));
            return {};
        }
        return v;
    }

    /// The separator of the file (a comma, or a semicolon as a spreadsheet with decimal
    /// commas writes).
    QChar separator = QLatin1Char(',');

private:
    enum class DateForm { Iso, Dotted };
    static QString formName(DateForm form)
    {
        return form == DateForm::Dotted ? QStringLiteral("DD.MM.YYYY")
                                        : QStringLiteral("YYYY-MM-DD");
    }

    /// A plain number; with the semicolon separator the decimal mark may be a comma.
    std::optional<double> number(const QString& text) const
    {
        if (separator == QLatin1Char(';')) {
            static const QRegularExpression comma(QStringLiteral("^[+-]?[0-9]+,[0-9]+$"));
            if (comma.match(text).hasMatch())
                return plainNumber(QString(text).replace(QLatin1Char(','), QLatin1Char('.')));
        }
        return plainNumber(text);
    }

    QString m_source;
    QHash<QString, int> m_index; ///< known column -> field index
    DateForm m_dateForm = DateForm::Iso;
    int m_dateFormLine = 0; ///< the line whose date set the file's form; 0 before any
};

bool Reader::prepare(const QByteArray& input, const QStringList& known, const QStringList& required)
{
    QByteArray csv = input;
    if (csv.startsWith("\xFF\xFE") || csv.startsWith("\xFE\xFF")) {
        error(at(1), tr("the file is UTF-16 text; save it as CSV in UTF-8"));
        return false;
    }
    if (csv.startsWith("\xEF\xBB\xBF"))
        csv.remove(0, 3);
    if (csv.trimmed().isEmpty()) {
        errors << m_source + QStringLiteral(": ") +
                      tr("the file is empty; expected a header row such as \"date,pain\"");
        return false;
    }
    if (const qsizetype nul = csv.indexOf('\0'); nul >= 0) {
        error(at(lineAt(csv, nul)), tr("a NUL byte; this is not a text file"));
        return false;
    }
    if (const qsizetype bad = invalidUtf8At(csv); bad >= 0) {
        error(at(lineAt(csv, bad)), tr("not valid UTF-8 text; save the file as CSV in UTF-8"));
        return false;
    }

    QList<Record> records;
    SplitFailure failure;
    const QString text = QString::fromUtf8(csv);
    bool split = splitRecords(text, &records, &failure);
    records.removeIf([](const Record& r) { return r.isBlank(); });
    // A spreadsheet that writes decimal commas separates its columns with semicolons: a
    // header that is one field holding semicolons says so.
    if (!records.isEmpty() && records.first().fields.size() == 1 &&
        records.first().fields.first().contains(QLatin1Char(';'))) {
        separator = QLatin1Char(';');
        records.clear();
        split = splitRecords(text, &records, &failure, separator);
        records.removeIf([](const Record& r) { return r.isBlank(); });
    }
    if (!split) {
        // Name the column when the header has been read.
        const bool afterHeader = !records.isEmpty() && failure.line > records.first().line;
        const QStringList names = afterHeader ? records.first().fields : QStringList();
        if (failure.field < names.size() && !names.at(failure.field).trimmed().isEmpty())
            error(at(failure.line, names.at(failure.field).trimmed().toLower()), failure.what);
        else
            error(tr("line %1, field %2").arg(failure.line).arg(failure.field + 1), failure.what);
        return false;
    }
    if (records.isEmpty()) {
        errors << m_source + QStringLiteral(": ") +
                      tr("the file is empty; expected a header row such as \"date,pain\"");
        return false;
    }

    const Record header = records.takeFirst();
    if (header.fields.size() == 1) {
        const QString only = header.fields.first();
        if (only.contains(QLatin1Char('\t'))) {
            error(at(header.line), tr("the columns are separated by tabs; BackLog reads "
                                      "comma-separated files"));
            return false;
        }
    }
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        if (name.isEmpty()) {
            warn(at(header.line), tr("column %1 has no name; ignored").arg(i + 1));
            continue;
        }
        if (!known.contains(name)) {
            warn(at(header.line, name), tr("unknown column, ignored"));
            continue;
        }
        if (m_index.contains(name)) {
            error(at(header.line, name), tr("appears twice in the header (columns %1 and %2)")
                                             .arg(m_index.value(name) + 1)
                                             .arg(i + 1));
            continue;
        }
        m_index.insert(name, i);
        columns << name;
    }
    for (const QString& name : required) {
        if (!m_index.contains(name)) {
            QStringList present;
            for (const QString& f : header.fields)
                present << oneLine(f.trimmed());
            error(at(header.line), tr("the required column \"%1\" is missing (the header has: %2)")
                                       .arg(name, present.join(QStringLiteral(", "))));
        }
    }
    if (!errors.isEmpty())
        return false;

    const int width = int(header.fields.size());
    for (const Record& r : std::as_const(records)) {
        if (r.fields.size() != width) {
            error(at(r.line), tr("expected %1 values as in the header, found %2")
                                  .arg(width)
                                  .arg(r.fields.size()));
            continue;
        }
        rows << r;
    }
    if (records.isEmpty())
        warn(at(header.line), tr("the file has a header row and nothing else"));
    return true;
}

} // namespace

QStringList entriesCsvHeader(int activities)
{
    QStringList list = {kDate, kPain, kFunction};
    for (const SymptomColumn& column : symptomColumns())
        list << column.key;
    list << kWalkingMin << kNote;
    for (int i = 0; i < std::clamp(activities, 0, kMaxCsvActivities); ++i)
        list << activityColumn(i);
    list << selfCareColumns() << kStiffness << kReaction;
    return list;
}

const QStringList& entriesCsvColumns()
{
    static const QStringList columns = entriesCsvHeader(kMaxCsvActivities);
    return columns;
}

const QStringList& sessionsCsvColumns()
{
    static const QStringList columns = {kDate,         kMinutes,  kKind, kTherapist,
                                        kShootingPain, kNumbness, kNote};
    return columns;
}

Result<CsvEntriesRead> readEntriesCsv(const QByteArray& csv, const QString& sourceName)
{
    Reader reader(sourceName);
    CsvEntriesRead result;
    if (reader.prepare(csv, entriesCsvColumns(), {kDate, kPain})) {
        const QString weaknessNames = quotedNames(legWeaknessAnswers());
        const QString painNames = quotedNames(legPainAnswers());
        const QString stiffnessNames = QStringLiteral("\"none\", \"mild\", \"severe\"");
        QHash<QDate, int> seen; // date -> line
        for (const Record& row : std::as_const(reader.rows)) {
            DailyEntry e;
            if (const auto d = reader.date(row, kDate)) {
                e.date = *d;
                if (const int other = seen.value(*d); other > 0)
                    reader.error(Reader::at(row.line, kDate),
                                 Reader::tr("%1 appears twice (also line %2); one entry per date")
                                     .arg(isoDate(*d))
                                     .arg(other));
                else
                    seen.insert(*d, row.line);
            }
            e.pain = reader.integer(row, kPain, 0, 10, true).value_or(0);
            e.function = reader.score(row, kFunction);
            Symptoms& s = e.symptoms;
            for (const SymptomColumn& column : symptomColumns()) {
                if (column.yesNo)
                    s.*column.yesNo->member = reader.boolean(row, column.key);
                else if (column.key == QLatin1String(kLegWeaknessKey))
                    s.legWeakness = reader.choice(row, column.key, LegWeakness::None,
                                                  &legWeaknessFromString, weaknessNames);
                else
                    s.legPain = reader.choice(row, column.key, LegPain::None, &legPainFromString,
                                              painNames);
            }
            for (const SelfCareItem& item : selfCareItems()) {
                const QString key = QLatin1String(item.key);
                if (item.done)
                    e.selfCare.*item.done = reader.boolean(row, key);
                else
                    e.selfCare.*item.amount =
                        reader.integer(row, key, 0, item.maxAmount, false).value_or(0);
            }
            e.note = reader.text(row, kNote, kMaxNoteLength);
            // The activity ratings by position; an empty cell is a rating not given.
            int last = -1;
            for (int i = 0; i < kMaxCsvActivities; ++i)
                if (reader.has(activityColumn(i)))
                    last = i;
            for (int i = 0; i <= last; ++i) {
                const QString column = activityColumn(i);
                if (reader.has(column) && !reader.cell(row, column).trimmed().isEmpty())
                    e.activityScores << reader.integer(row, column, 0, 10, false);
                else
                    e.activityScores << std::nullopt;
            }
            while (!e.activityScores.isEmpty() && !e.activityScores.last())
                e.activityScores.removeLast(); // nothing rated after the last rating
            // The after-session answers: none when every one of their cells is empty.
            const bool hasStiffness = reader.has(kStiffness);
            const bool hasReaction = reader.has(kReaction);
            if ((hasStiffness && !reader.cell(row, kStiffness).trimmed().isEmpty()) ||
                (hasReaction && !reader.cell(row, kReaction).trimmed().isEmpty())) {
                AfterSession a;
                a.stiffness = reader.choice(row, kStiffness, Stiffness::None, &stiffnessFromString,
                                            stiffnessNames);
                a.reaction = reader.boolean(row, kReaction);
                e.afterSession = a;
            }
            result.entries << e;
        }
    }
    if (!reader.errors.isEmpty())
        return badInput(reader.errors.join(QLatin1Char('\n')));
    std::stable_sort(result.entries.begin(), result.entries.end(),
                     [](const DailyEntry& a, const DailyEntry& b) { return a.date < b.date; });
    result.columns = reader.columns;
    result.warnings = reader.allWarnings();
    return result;
}

Result<CsvSessionsRead> readSessionsCsv(const QByteArray& csv, const QString& sourceName)
{
    Reader reader(sourceName);
    CsvSessionsRead result;
    if (reader.prepare(csv, sessionsCsvColumns(), {kDate, kMinutes})) {
        const QString kindNames = quotedNames(sessionKinds());
        for (const Record& row : std::as_const(reader.rows)) {
            Session s;
            if (const auto d = reader.date(row, kDate))
                s.date = *d;
            s.minutes = reader.integer(row, kMinutes, 1, 600, true).value_or(0);
            s.kind =
                reader.choice(row, kKind, SessionKind::Other, &sessionKindFromString, kindNames);
            s.therapist = reader.text(row, kTherapist, kMaxTherapistLength);
            s.shootingPain = reader.boolean(row, kShootingPain);
            s.numbness = reader.boolean(row, kNumbness);
            s.note = reader.text(row, kNote, kMaxNoteLength);
            result.sessions << s;
        }
    }
    if (!reader.errors.isEmpty())
        return badInput(reader.errors.join(QLatin1Char('\n')));
    std::stable_sort(result.sessions.begin(), result.sessions.end(),
                     [](const Session& a, const Session& b) { return a.date < b.date; });
    result.columns = reader.columns;
    result.warnings = reader.allWarnings();
    return result;
}

CsvKind csvKind(const QByteArray& csv)
{
    // The header is the first record that is not blank, as the readers take it: rows of
    // empty cells before it are skipped. It is looked for in a prefix of whole lines that
    // doubles until it holds the header (or the whole file), so that a big file is not
    // split whole for its first line, and a quoted line break before the header still
    // counts as part of its field.
    const qsizetype begin = csv.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    for (qsizetype size = 4096;; size *= 2) {
        qsizetype end = begin + size < csv.size() ? csv.indexOf('\n', begin + size) : -1;
        if (end < 0)
            end = csv.size();
        QList<Record> records;
        SplitFailure failure;
        splitRecords(QString::fromUtf8(csv.mid(begin, end - begin)), &records, &failure);
        records.removeIf([](const Record& r) { return r.isBlank(); });
        if (!records.isEmpty()) {
            QStringList names;
            for (const QString& f : records.first().fields)
                names << f.trimmed().toLower();
            return names.contains(kMinutes) && !names.contains(kPain) ? CsvKind::Sessions
                                                                      : CsvKind::Entries;
        }
        if (end == csv.size())
            return CsvKind::Entries;
    }
}

QByteArray writeEntriesCsv(const QList<DailyEntry>& entries, int activities)
{
    for (const DailyEntry& e : entries)
        activities = std::max(activities, static_cast<int>(e.activityScores.size()));
    activities = std::clamp(activities, 0, kMaxCsvActivities);
    const QStringList care = selfCareColumns();
    QByteArray out;
    out.reserve(64 + entries.size() * 110);
    appendHeader(out, entriesCsvHeader(activities));
    for (const DailyEntry& e : entries) {
        const Symptoms& s = e.symptoms;
        out += isoDate(e.date).toLatin1();
        out += ',';
        out += QByteArray::number(e.pain);
        out += ',';
        if (e.function)
            out += QByteArray::number(*e.function, 'f', 1);
        for (const SymptomColumn& column : symptomColumns()) {
            out += ',';
            if (column.yesNo)
                appendBool(out, s.*column.yesNo->member);
            else if (column.key == QLatin1String(kLegWeaknessKey))
                out += toString(s.legWeakness).toLatin1();
            else
                out += toString(s.legPain).toLatin1();
        }
        out += ',';
        out += QByteArray::number(e.selfCare.walkingMin);
        out += ',';
        appendField(out, protectText(e.note));
        for (int i = 0; i < activities; ++i) {
            out += ',';
            if (const auto score = e.activityScores.value(i))
                out += QByteArray::number(*score);
        }
        for (const QString& key : care) {
            out += ',';
            const SelfCareItem* item = selfCareItem(key);
            if (item->done)
                appendBool(out, e.selfCare.*item->done);
            else
                out += QByteArray::number(e.selfCare.*item->amount);
        }
        out += ',';
        if (e.afterSession)
            out += toString(e.afterSession->stiffness).toLatin1();
        out += ',';
        if (e.afterSession)
            appendBool(out, e.afterSession->reaction);
        out += "\r\n";
    }
    return out;
}

DailyEntry mergeCsvEntry(const std::optional<DailyEntry>& existing, const DailyEntry& read,
                         const QStringList& columns, int activityCount)
{
    DailyEntry out = existing.value_or(DailyEntry{});
    out.date = read.date;
    const auto has = [&](const QString& column) { return columns.contains(column); };
    if (has(kPain))
        out.pain = read.pain;
    if (has(kFunction))
        out.function = read.function;
    for (const SymptomColumn& column : symptomColumns()) {
        if (!has(column.key))
            continue;
        if (column.yesNo)
            out.symptoms.*column.yesNo->member = read.symptoms.*column.yesNo->member;
        else if (column.key == QLatin1String(kLegWeaknessKey))
            out.symptoms.legWeakness = read.symptoms.legWeakness;
        else
            out.symptoms.legPain = read.symptoms.legPain;
    }
    for (const SelfCareItem& item : selfCareItems()) {
        if (!has(QLatin1String(item.key)))
            continue;
        if (item.done)
            out.selfCare.*item.done = read.selfCare.*item.done;
        else
            out.selfCare.*item.amount = read.selfCare.*item.amount;
    }
    if (has(kNote))
        out.note = read.note;
    bool activitiesGiven = false;
    for (int i = 0; i < kMaxCsvActivities; ++i) {
        if (!has(activityColumn(i)))
            continue;
        activitiesGiven = true;
        const std::optional<int> score = read.activityScores.value(i);
        if (i >= out.activityScores.size() && !score)
            continue; // an empty cell beyond the ratings held adds nothing
        while (out.activityScores.size() <= i)
            out.activityScores << std::nullopt;
        out.activityScores[i] = score;
    }
    // Without a function column, the day's function score follows the ratings, from a
    // complete set only (clinical.md 2).
    if (activitiesGiven && !has(kFunction) && activityCount > 0)
        out.function = functionFromActivities(out.activityScores, activityCount);
    if (has(kStiffness) || has(kReaction)) {
        if (!read.afterSession) {
            out.afterSession.reset();
        } else {
            AfterSession a = out.afterSession.value_or(AfterSession{});
            if (has(kStiffness))
                a.stiffness = read.afterSession->stiffness;
            if (has(kReaction))
                a.reaction = read.afterSession->reaction;
            out.afterSession = a;
        }
    }
    return out;
}

QByteArray writeSessionsCsv(const QList<Session>& sessions)
{
    QByteArray out;
    out.reserve(64 + sessions.size() * 48);
    appendHeader(out, sessionsCsvColumns());
    for (const Session& s : sessions) {
        out += isoDate(s.date).toLatin1();
        out += ',';
        out += QByteArray::number(s.minutes);
        out += ',';
        out += toString(s.kind).toLatin1();
        out += ',';
        appendField(out, protectText(s.therapist));
        out += ',';
        appendBool(out, s.shootingPain);
        out += ',';
        appendBool(out, s.numbness);
        out += ',';
        appendField(out, protectText(s.note));
        out += "\r\n";
    }
    return out;
}

QString sessionsCsvPath(const QString& entriesPath)
{
    if (entriesPath.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return entriesPath.chopped(4) + QStringLiteral("-sessions.csv");
    return entriesPath + QStringLiteral("-sessions.csv");
}

} // namespace backlog
