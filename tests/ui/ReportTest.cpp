// SPDX-License-Identifier: GPL-3.0-or-later
// The physiotherapist's PDF report (product.md item 8), checked with real PDF tools:
// pdfinfo (pages, paper, metadata), pdftotext (content), qpdf --check (structure) and
// pdfimages (the chart is vector graphics, not an image). Set BACKLOG_SCREENSHOT_DIR to
// also keep PNG pages of an 8-week report for docs/screenshots.
#include "Generator.h"
#include "ReportWriter.h"
#include "TestSupport.h"
#include "clinical/Engine.h"
#include "clinical/Progress.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace backlog;
using namespace backlog::test;

namespace {

const QDateTime kGenerated(QDate(2026, 3, 2), QTime(9, 30));

ReportOptions optionsFor(QPageSize::PageSizeId paper, bool notes = false)
{
    ReportOptions options;
    options.paper = paper;
    options.includeNotes = notes;
    options.generatedAt = kGenerated;
    return options;
}

/// Writes the report of `bundle` into `folder` and returns its path (empty on failure).
QString writeTo(const TempFolder& folder, const QString& name, const Bundle& bundle,
                const ReportOptions& options)
{
    const QString path = folder.path(name);
    const Status written = writeReport(*serviceOf(bundle), options, path);
    EXPECT_TRUE(written.ok()) << written.error().message.toStdString();
    return written.ok() ? path : QString();
}

/// A field of pdfinfo's output ("Pages", "Title", ...).
QString pdfInfo(const QString& path, const QString& field)
{
    const ProcessResult r = runProgram(QStringLiteral("pdfinfo"), {path});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QRegularExpression line(
        QStringLiteral("^%1:\\s*(.*)$").arg(QRegularExpression::escape(field)),
        QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = line.match(QString::fromUtf8(r.out));
    return match.hasMatch() ? match.captured(1).trimmed() : QString();
}

int pageCount(const QString& path)
{
    return pdfInfo(path, QStringLiteral("Pages")).toInt();
}

QString pdfText(const QString& path)
{
    const ProcessResult r = runProgram(QStringLiteral("pdftotext"),
                                       {QStringLiteral("-layout"), path, QStringLiteral("-")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return QString::fromUtf8(r.out);
}

/// The line of `text` that contains `marker`.
QString lineWith(const QString& text, const QString& marker)
{
    for (const QString& line : text.split(QLatin1Char('\n')))
        if (line.contains(marker))
            return line;
    return {};
}

/// The answer printed after a screening question: "Yes", "No" or empty when not found.
QString answerTo(const QString& text, const QString& question)
{
    const QRegularExpression answer(QRegularExpression::escape(question) +
                                    QStringLiteral("\\s+(Yes|No)\\b"));
    return answer.match(text).captured(1);
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("Yes") : QStringLiteral("No");
}

QString oneDecimal(double value)
{
    return QLocale().toString(value, 'f', 1);
}

Evaluation evaluationOf(const Bundle& b)
{
    const QDate asOf = defaultAsOf(b.episode, b.entries, b.sessions);
    return evaluate(b.episode, b.entries, b.sessions, b.alerts, asOf);
}

ProgressSeries seriesOf(const Bundle& b)
{
    const Evaluation ev = evaluationOf(b);
    return buildProgress(b.episode, b.entries, b.sessions, ev.alerts, ev.asOf);
}

} // namespace

TEST(ReportTest, eightWeeksFitOnTwoPagesOfA4AndLetter)
{
    TempFolder folder;
    for (const std::uint64_t seed : {1, 2, 6, 9, 11}) {
        const Bundle b = generateWeeks8(seed);
        for (const bool notes : {false, true}) {
            const QString a4 = writeTo(folder, QStringLiteral("a4-%1-%2.pdf").arg(seed).arg(notes),
                                       b, optionsFor(QPageSize::A4, notes));
            EXPECT_EQ(pageCount(a4), 2) << "A4, seed " << seed << ", notes " << notes;
            EXPECT_EQ(pdfInfo(a4, QStringLiteral("Page size")).section(QLatin1String(" pts"), 0, 0),
                      QStringLiteral("595 x 842"));

            const QString letter =
                writeTo(folder, QStringLiteral("letter-%1-%2.pdf").arg(seed).arg(notes), b,
                        optionsFor(QPageSize::Letter, notes));
            // The daily notes, asked for on top, may spill onto a third page of the
            // shorter Letter paper.
            if (notes)
                EXPECT_LE(pageCount(letter), 3) << "Letter, seed " << seed << ", notes";
            else
                EXPECT_EQ(pageCount(letter), 2) << "Letter, seed " << seed;
            EXPECT_EQ(
                pdfInfo(letter, QStringLiteral("Page size")).section(QLatin1String(" pts"), 0, 0),
                QStringLiteral("612 x 792"));
        }
    }
}

TEST(ReportTest, carriesTitleAndCreator)
{
    TempFolder folder;
    const Bundle b = generateWeeks8(1);
    const QString path = writeTo(folder, QStringLiteral("r.pdf"), b, optionsFor(QPageSize::A4));
    EXPECT_EQ(pdfInfo(path, QStringLiteral("Creator")), QStringLiteral("BackLog " BACKLOG_VERSION));
    const QString title = pdfInfo(path, QStringLiteral("Title"));
    EXPECT_TRUE(title.contains(QStringLiteral("report"))) << title.toStdString();
    EXPECT_TRUE(title.contains(b.episode.patientName)) << title.toStdString();
}

TEST(ReportTest, showsTheEpisodeAndTheCoreFigures)
{
    TempFolder folder;
    const Bundle b = generateWeeks8(2);
    const QString text =
        pdfText(writeTo(folder, QStringLiteral("r.pdf"), b, optionsFor(QPageSize::A4)));
    const Evaluation ev = evaluationOf(b);
    const ProgressSeries s = seriesOf(b);

    EXPECT_TRUE(text.contains(b.episode.patientName));
    EXPECT_TRUE(text.contains(b.episode.onsetDate.toString(Qt::ISODate)));
    EXPECT_TRUE(text.contains(b.episode.programStart.toString(Qt::ISODate)));
    EXPECT_TRUE(text.contains(QStringLiteral("As of %1").arg(ev.asOf.toString(Qt::ISODate))));
    EXPECT_TRUE(
        text.contains(QStringLiteral("Week %1, phase %2").arg(ev.programWeek).arg(ev.phase)));
    EXPECT_TRUE(text.contains(QStringLiteral("does not diagnose")));
    EXPECT_TRUE(text.contains(QStringLiteral("How these figures are computed")));
    EXPECT_TRUE(text.contains(QStringLiteral("lower is better")));
    EXPECT_TRUE(text.contains(QStringLiteral("higher is better")));

    // The summary row of each score holds the core's baseline and 7-day mean.
    ASSERT_TRUE(s.pain.baseline && s.pain.now && s.function.baseline && s.function.now);
    const QString pain = lineWith(text, QStringLiteral("Pain (0–10)"));
    EXPECT_TRUE(pain.contains(oneDecimal(*s.pain.baseline))) << pain.toStdString();
    EXPECT_TRUE(pain.contains(oneDecimal(*s.pain.now))) << pain.toStdString();
    EXPECT_TRUE(pain.contains(oneDecimal(std::abs(*s.pain.change)))) << pain.toStdString();
    const QString function = lineWith(text, QStringLiteral("Function (0–10)"));
    EXPECT_TRUE(function.contains(oneDecimal(*s.function.baseline))) << function.toStdString();
    EXPECT_TRUE(function.contains(oneDecimal(*s.function.now))) << function.toStdString();
    // The evaluation agrees with the series the summary is taken from.
    EXPECT_EQ(oneDecimal(*ev.baselinePain), oneDecimal(*s.pain.baseline));
    EXPECT_EQ(oneDecimal(*ev.pain7d), oneDecimal(*s.pain.now));

    // Every ended week with its self-care ratio rounded as the evaluate report rounds it.
    ASSERT_EQ(ev.weeks.size(), 8);
    for (const WeekAdherence& w : ev.weeks) {
        const QDate first = b.episode.programStart.addDays(7 * (w.week - 1));
        const QString row = lineWith(
            text, QStringLiteral("%1 to %2")
                      .arg(first.toString(Qt::ISODate), first.addDays(6).toString(Qt::ISODate)));
        EXPECT_TRUE(row.contains(QLocale().toString(roundToHundredth(w.selfCareRatio), 'f', 2)))
            << row.toStdString();
        // pdftotext drops the thin spaces around the slash.
        EXPECT_TRUE(
            QString(row)
                .remove(QLatin1Char(' '))
                .contains(QStringLiteral("%1/%2").arg(w.sessionsDone).arg(w.sessionsPlanned)))
            << row.toStdString();
    }

    for (const Session& session : b.sessions)
        EXPECT_TRUE(text.contains(session.date.toString(Qt::ISODate)))
            << session.date.toString(Qt::ISODate).toStdString();

    // Every alert, with its acknowledgement date on its row, or "Not acknowledged".
    ASSERT_FALSE(ev.alerts.isEmpty());
    for (const Alert& a : ev.alerts) {
        bool found = false;
        for (const QString& line : text.split(QLatin1Char('\n'))) {
            if (!line.contains(a.date.toString(Qt::ISODate)) || !line.contains(a.rule))
                continue;
            found = a.isAcknowledged() ? line.contains(a.acknowledged.toString(Qt::ISODate))
                                       : line.contains(QStringLiteral("Not acknowledged"));
            if (found)
                break;
        }
        EXPECT_TRUE(found) << a.rule.toStdString() << " "
                           << a.date.toString(Qt::ISODate).toStdString();
    }

    // Screening: every question in words with its answer.
    const Screening& screening = b.episode.screening;
    EXPECT_EQ(answerTo(text, QStringLiteral("Began after a fall, accident or other injury")),
              yesNo(screening.trauma));
    EXPECT_EQ(answerTo(text, QStringLiteral("Cancer, now or in the past")),
              yesNo(screening.cancer));
    EXPECT_EQ(answerTo(text, QStringLiteral("Unexplained weight loss or fever with the pain")),
              yesNo(screening.weightFever));
    EXPECT_EQ(answerTo(text, QStringLiteral("Long-term steroids, weak immunity or IV drug use")),
              yesNo(screening.immuno));
    EXPECT_EQ(answerTo(text, QStringLiteral("Diagnosed disc herniation with leg symptoms")),
              yesNo(screening.discLeg));
    EXPECT_EQ(answerTo(text, QStringLiteral("Back surgery in the last 6 weeks")),
              yesNo(screening.surgery6w));
    EXPECT_EQ(answerTo(text, QStringLiteral("Severe osteoporosis")), yesNo(screening.osteoporosis));

    // The footer: generation time, version, page X of Y.
    EXPECT_TRUE(
        text.contains(QStringLiteral("Generated 2026-03-02 09:30 by BackLog " BACKLOG_VERSION)));
    EXPECT_TRUE(text.contains(QStringLiteral("Page 1 of 2")));
    EXPECT_TRUE(text.contains(QStringLiteral("Page 2 of 2")));
}

TEST(ReportTest, showsScreeningAnswersAndSurgeryDate)
{
    TempFolder folder;
    Bundle b;
    b.episode = simpleEpisode(QDate(2026, 10, 5));
    b.episode.screening.cancer = true;
    b.episode.screening.surgery6w = true;
    b.episode.screening.surgeryDate = QDate(2026, 9, 28);
    const QString text =
        pdfText(writeTo(folder, QStringLiteral("r.pdf"), b, optionsFor(QPageSize::A4)));
    EXPECT_EQ(answerTo(text, QStringLiteral("Cancer, now or in the past")), QStringLiteral("Yes"));
    EXPECT_EQ(answerTo(text, QStringLiteral("Began after a fall, accident or other injury")),
              QStringLiteral("No"));
    EXPECT_EQ(answerTo(text, QStringLiteral("Back surgery in the last 6 weeks")),
              QStringLiteral("Yes"));
    EXPECT_TRUE(text.contains(QStringLiteral("surgery on 2026-09-28")));
    // The screening alerts fire on the program start and stay raised until acknowledged.
    for (const QString& rule : {QStringLiteral("SCR-CANCER"), QStringLiteral("SCR-SURGERY-6W")}) {
        const QString row = lineWith(text, rule + QStringLiteral(" ·"));
        EXPECT_TRUE(row.contains(QStringLiteral("2026-10-05"))) << row.toStdString();
        EXPECT_TRUE(row.contains(QStringLiteral("Not acknowledged"))) << row.toStdString();
    }
    EXPECT_TRUE(text.contains(QStringLiteral("Alerts (2 still raised, listed first)")));
}

TEST(ReportTest, notesOnlyWhenAsked)
{
    TempFolder folder;
    Bundle b = generateWeeks8(1);
    b.entries[3].note = QStringLiteral("Walked to the harbour without stopping.");
    b.entries[20].note = QStringLiteral("Sore after gardening.");
    const QString without =
        pdfText(writeTo(folder, QStringLiteral("a.pdf"), b, optionsFor(QPageSize::A4, false)));
    EXPECT_FALSE(without.contains(QStringLiteral("harbour")));
    EXPECT_FALSE(without.contains(QStringLiteral("gardening")));
    const QString with =
        pdfText(writeTo(folder, QStringLiteral("b.pdf"), b, optionsFor(QPageSize::A4, true)));
    EXPECT_TRUE(with.contains(QStringLiteral("Walked to the harbour without stopping.")));
    EXPECT_TRUE(lineWith(with, QStringLiteral("gardening"))
                    .contains(b.entries[20].date.toString(Qt::ISODate)));
}

TEST(ReportTest, isValidPdfWithVectorChart)
{
    TempFolder folder;
    const QString path =
        writeTo(folder, QStringLiteral("r.pdf"), generateWeeks8(3), optionsFor(QPageSize::Letter));
    const ProcessResult check =
        runProgram(QStringLiteral("qpdf"), {QStringLiteral("--check"), path});
    EXPECT_EQ(check.exitCode, 0) << check.out.toStdString() << check.err.toStdString();

    const ProcessResult images =
        runProgram(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
    ASSERT_EQ(images.exitCode, 0) << images.err.toStdString();
    // Only the two header lines: no raster image anywhere.
    const QStringList lines = QString::fromUtf8(images.out).trimmed().split(QLatin1Char('\n'));
    EXPECT_EQ(lines.size(), 2) << images.out.toStdString();

    // The chart's own text is text too (its legend and axis).
    EXPECT_TRUE(pdfText(path).contains(QStringLiteral("Wk")));
}

TEST(ReportTest, oneYearPaginatesWithEverySession)
{
    TempFolder folder;
    const Bundle b = generateYears1(4);
    const QString path = writeTo(folder, QStringLiteral("year.pdf"), b, optionsFor(QPageSize::A4));
    const int pages = pageCount(path);
    EXPECT_GT(pages, 2);
    const QString text = pdfText(path);
    for (const Session& session : b.sessions)
        EXPECT_TRUE(text.contains(session.date.toString(Qt::ISODate)))
            << session.date.toString(Qt::ISODate).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("(continued)")));
    EXPECT_TRUE(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    // Every page has its footer.
    EXPECT_EQ(text.count(QStringLiteral("Generated 2026-03-02 09:30 by BackLog")), pages);
    const ProcessResult check =
        runProgram(QStringLiteral("qpdf"), {QStringLiteral("--check"), path});
    EXPECT_EQ(check.exitCode, 0) << check.out.toStdString();
}

TEST(ReportTest, periodLimitsTheLogs)
{
    TempFolder folder;
    const Bundle b = generateWeeks8(1);
    ASSERT_GE(b.sessions.size(), 4);
    ReportOptions options = optionsFor(QPageSize::A4);
    options.from = b.episode.programStart.addDays(28);
    options.to = b.episode.programStart.addDays(48);
    const QString text = pdfText(writeTo(folder, QStringLiteral("r.pdf"), b, options));
    EXPECT_TRUE(text.contains(
        QStringLiteral("%1 to %2")
            .arg(options.from.toString(Qt::ISODate), options.to.toString(Qt::ISODate))));
    EXPECT_TRUE(text.contains(QStringLiteral("Week 7, phase 2")));
    for (const Session& s : b.sessions) {
        // Dates of sessions outside the period may still appear elsewhere (a week's dates),
        // so look at the session table's rows: the date followed by the minutes.
        const QString row =
            QStringLiteral("%1 %2").arg(s.date.toString(Qt::ISODate)).arg(s.minutes);
        const bool inside = s.date >= options.from && s.date <= options.to;
        const QString simplified = text.simplified();
        EXPECT_EQ(simplified.contains(row), inside) << row.toStdString();
    }
}

TEST(ReportTest, episodeWithoutEntriesRenders)
{
    TempFolder folder;
    Bundle b;
    b.episode = simpleEpisode(QDate(2026, 10, 5));
    b.episode.patientName.clear();
    const QString path = writeTo(folder, QStringLiteral("empty.pdf"), b, optionsFor(QPageSize::A4));
    ASSERT_FALSE(path.isEmpty());
    EXPECT_EQ(pageCount(path), 1);
    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(QStringLiteral("not given"))); // no patient name
    EXPECT_TRUE(text.contains(QStringLiteral("not yet")));
    EXPECT_TRUE(text.contains(QStringLiteral("No session was logged in this period.")));
    EXPECT_TRUE(text.contains(QStringLiteral("No program week has ended yet.")));
    EXPECT_TRUE(text.contains(QStringLiteral("Page 1 of 1")));
}

TEST(ReportTest, unwritableFolderFailsNamingThePath)
{
    TempFolder folder;
    // A regular file where the folder should be: unwritable for every user, root included.
    writeFile(folder.path(QStringLiteral("folder")), "not a folder");
    const QString path = folder.path(QStringLiteral("folder/report.pdf"));
    const Status written =
        writeReport(*serviceOf(generateWeeks8(1)), optionsFor(QPageSize::A4), path);
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().message.contains(QDir::toNativeSeparators(path)))
        << written.error().message.toStdString();
    EXPECT_FALSE(QFileInfo::exists(path));
    EXPECT_EQ(QDir(folder.path(QString())).entryList(QDir::Files | QDir::NoDotAndDotDot),
              QStringList{QStringLiteral("folder")});
}

TEST(ReportTest, rejectsAnEpisodeWithoutStart)
{
    Bundle b;
    const Result<QByteArray> pdf = renderReport(*serviceOf(b), optionsFor(QPageSize::A4));
    EXPECT_FALSE(pdf.ok());
    EXPECT_FALSE(pdf.error().message.isEmpty());
}

TEST(ReportTest, defaultPaperFollowsTheTerritory)
{
    EXPECT_EQ(defaultPaper(QLocale(QLocale::English, QLocale::UnitedStates)), QPageSize::Letter);
    EXPECT_EQ(defaultPaper(QLocale(QLocale::French, QLocale::Canada)), QPageSize::Letter);
    EXPECT_EQ(defaultPaper(QLocale(QLocale::Spanish, QLocale::Mexico)), QPageSize::Letter);
    EXPECT_EQ(defaultPaper(QLocale(QLocale::English, QLocale::UnitedKingdom)), QPageSize::A4);
    EXPECT_EQ(defaultPaper(QLocale(QLocale::German, QLocale::Germany)), QPageSize::A4);
    EXPECT_EQ(defaultPaper(QLocale(QLocale::English, QLocale::Australia)), QPageSize::A4);
}

TEST(ReportTest, screenshotsOfEightWeeks)
{
    const QString dir = qEnvironmentVariable("BACKLOG_SCREENSHOT_DIR");
    if (dir.isEmpty())
        GTEST_SKIP() << "set BACKLOG_SCREENSHOT_DIR to write docs/screenshots/report-page-*.png";
    TempFolder folder;
    const QString path =
        writeTo(folder, QStringLiteral("r.pdf"), generateWeeks8(2), optionsFor(QPageSize::A4));
    const ProcessResult r =
        runProgram(QStringLiteral("pdftoppm"),
                   {QStringLiteral("-r"), QStringLiteral("80"), QStringLiteral("-png"), path,
                    QDir(dir).filePath(QStringLiteral("report-page"))});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(QFileInfo::exists(QDir(dir).filePath(QStringLiteral("report-page-1.png"))));
    EXPECT_TRUE(QFileInfo::exists(QDir(dir).filePath(QStringLiteral("report-page-2.png"))));
}
