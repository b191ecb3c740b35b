// SPDX-License-Identifier: GPL-3.0-or-later
// The "Is it helping?" page: the verdict and figures of the diary's analysis in plain
// words, "too early to tell" with the sessions still needed, the pain around sessions,
// and in review mode words about the patient.
#include "HelpingPage.h"

#include "Generator.h"
#include "PainSimulator.h"
#include "ReportWriter.h"
#include "UiTestSupport.h"
#include "exchange/Bundle.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>

using namespace backlog;
using namespace backlog::test;
using namespace backlog::simulation;

namespace {

/// A bundle of a simulated diary in which each session lowers pain by 2 points for two days.
Bundle helpedBundle(const QDate& start)
{
    Simulator simulator(5);
    for (;;) {
        const SimulatedDiary d = simulator.diary(Booking::Schedule, Effect{2.0, 1.5, false});
        Bundle b = bundleOf(d, start);
        b.episode.patientName = QStringLiteral("Anna Example");
        auto service = serviceOf(b);
        if (service->sessionEffectAsOf(b.entries.last().date).verdict == SessionVerdict::LowerPain)
            return b;
    }
}

} // namespace

TEST(HelpingPage, SaysInPlainWordsWhatTheDiaryShowsWithTheSameFigures)
{
    App app;
    const QDate start(2026, 9, 7);
    const Bundle b = helpedBundle(start);
    const QDate today = b.entries.last().date;
    app.open(today);
    ASSERT_TRUE(app.diary->importBundle(b).ok());
    ASSERT_TRUE(app.service->reload().ok());
    app.window->show();
    HelpingPage* page = app.window->helpingPage();
    ASSERT_NE(page, nullptr);
    const SessionEffect expected = app.service->sessionEffectAsOf(today);
    ASSERT_EQ(expected.verdict, SessionVerdict::LowerPain);
    EXPECT_EQ(page->effect().effect, expected.effect);
    EXPECT_TRUE(page->verdictLabel()->text().startsWith(QStringLiteral("Yes, in the short term")))
        << page->verdictLabel()->text().toStdString();
    const QString figures = page->figuresLabel()->text();
    const QString size = QLocale().toString(std::fabs(roundHalfUp(*expected.effect, 1)), 'f', 1);
    EXPECT_TRUE(figures.contains(QStringLiteral("about %1 points lower").arg(size)))
        << figures.toStdString();
    EXPECT_TRUE(figures.contains(QStringLiteral("somewhere between"))) << figures.toStdString();
    EXPECT_TRUE(figures.contains(QStringLiteral("%1 usable sessions").arg(expected.sessionsUsed)));
    EXPECT_TRUE(page->limitsLabel()->text().contains(QStringLiteral("long term")));
    EXPECT_TRUE(page->chart()->isVisibleTo(page));
    EXPECT_TRUE(page->chart()->accessibleDescription().contains(QStringLiteral("1 day after")));
    EXPECT_FALSE(page->chart()->grab().isNull());
    // Speaks to the patient.
    EXPECT_TRUE(figures.contains(QStringLiteral("your pain")));
}

TEST(HelpingPage, TooEarlyToTellSaysHowManyMoreSessionsAreNeededAndFollowsTheDiary)
{
    App app;
    const QDate start(2026, 10, 5);
    const QDate today = start.addDays(13);
    app.open(today);
    ASSERT_TRUE(app.service->saveEpisode(simpleEpisode(start)).ok());
    for (int day = 0; day <= 13; ++day)
        ASSERT_TRUE(app.service->saveEntry(simpleEntry(start.addDays(day), 5 + day % 2)).ok());
    HelpingPage* page = app.window->helpingPage();
    auto addSession = [&](int day) {
        Session s;
        s.date = start.addDays(day);
        s.minutes = 30;
        ASSERT_TRUE(app.service->addSession(s).ok());
    };
    addSession(2);
    addSession(5);
    addSession(9);
    EXPECT_EQ(page->verdictLabel()->text(),
              QStringLiteral("Too early to tell: 3 more usable sessions are needed."));
    EXPECT_TRUE(page->figuresLabel()->isHidden());
    EXPECT_TRUE(page->usableLabel()->text().endsWith(QStringLiteral("Usable so far: 3.")));
    addSession(11);
    addSession(13); // not usable: neither of the two days after has a score
    EXPECT_EQ(page->verdictLabel()->text(),
              QStringLiteral("Too early to tell: 2 more usable sessions are needed."));
}

TEST(HelpingPage, InReviewModeItSpeaksOfThePatient)
{
    const Bundle b = helpedBundle(QDate(2026, 9, 7));
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("anna.backlog.json"));
    writeFile(path,
              writeBundle(b, QDateTime(b.entries.last().date.addDays(1), QTime(9, 0), Qt::UTC)));
    App app;
    app.open(QDate(2026, 12, 1));
    app.window->show();
    auto opened = app.window->openReview(path);
    ASSERT_TRUE(opened.ok());
    MainWindow* review = opened.value();
    HelpingPage* page = review->helpingPage();
    const QString all = page->verdictLabel()->text() + page->figuresLabel()->text() +
                        page->usableLabel()->text() + page->limitsLabel()->text();
    EXPECT_TRUE(all.contains(QStringLiteral("the patient"))) << all.toStdString();
    EXPECT_FALSE(all.contains(QStringLiteral("your"), Qt::CaseInsensitive)) << all.toStdString();
    EXPECT_FALSE(all.contains(QStringLiteral(" you "), Qt::CaseInsensitive)) << all.toStdString();
    delete review;
}

TEST(HelpingPage, TheReportCarriesTheSameFiguresWithTheMethodNamed)
{
    const QDate start(2026, 9, 7);
    const Bundle b = helpedBundle(start);
    auto service = serviceOf(b);
    const QDate asOf = b.entries.last().date;
    const SessionEffect e = service->sessionEffectAsOf(asOf);
    TempFolder folder;
    const QString pdf = folder.path(QStringLiteral("report.pdf"));
    ReportOptions options;
    options.to = asOf;
    ASSERT_TRUE(writeReport(*service, options, pdf).ok());
    const ProcessResult r = runProgram(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    ASSERT_EQ(r.exitCode, 0);
    const QString text = QString::fromUtf8(r.out).simplified();
    EXPECT_TRUE(text.contains(QStringLiteral("Is massage helping? Yes, in the short term")))
        << text.toStdString();
    const auto fixed = [](double v) {
        return (v < 0 ? QStringLiteral("-") : QStringLiteral("+")) +
               QString::number(std::fabs(roundHalfUp(v, 2)), 'f', 2);
    };
    EXPECT_TRUE(text.contains(QStringLiteral("%1 points (95 % interval %2 to %3;")
                                  .arg(fixed(*e.effect), fixed(*e.low), fixed(*e.high))))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("%1 usable sessions").arg(e.sessionsUsed)));
    EXPECT_TRUE(text.contains(QStringLiteral("Method: GLS")));
    // For docs/screenshots: the PDF, cut to the section by hand.
    const QString dir = qEnvironmentVariable("BACKLOG_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QFile::copy(pdf, dir + QStringLiteral("/report-helping.pdf"));
}
