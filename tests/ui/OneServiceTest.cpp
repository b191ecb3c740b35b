// SPDX-License-Identifier: GPL-3.0-or-later
// Both programs go through one service, so they cannot disagree: the same diary exported
// by the app (its File menu's exports) and by backlog-cli gives the same bundle, CSV and
// FHIR bytes (apart from the export time), the same report text (pdftotext) and the same
// chart pixels.
#include "Generator.h"
#include "MainWindow.h"
#include "ProgressPage.h"
#include "UiTestSupport.h"

#include <QAbstractButton>
#include <QDate>
#include <QImage>
#include <QRegularExpression>

using namespace backlog;
using namespace backlog::test;

namespace {

/// `data` without the lines that carry the time of the export.
QByteArray withoutExportTime(const QByteArray& data)
{
    QList<QByteArray> kept;
    for (const QByteArray& line : data.split('\n'))
        if (!line.contains("\"exported_at\"") && !line.contains("\"timestamp\"") &&
            !line.contains("Generated "))
            kept << line;
    return kept.join('\n');
}

QByteArray pdfText(const QString& pdf)
{
    const ProcessResult r = runProgram(QStringLiteral("pdftotext"),
                                       {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return r.out;
}

class OneService : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // A diary of six weeks up to today: both programs take the system date as today.
        GeneratorOptions options;
        options.days = 42;
        options.programStart = QDate::currentDate().addDays(-41);
        options.seed = 7;
        const Bundle bundle = generateEpisode(options);
        const QString source = app.folder.path(QStringLiteral("source.backlog.json"));
        writeFile(source, writeBundle(bundle, QDateTime::currentDateTimeUtc()));
        const ProcessResult imported = runCli(
            {QStringLiteral("import"), source, QStringLiteral("--db"), app.folder.diaryPath()});
        ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
        app.open(QDate::currentDate());
        ReportOptions report;
        report.paper = QPageSize::A4;
        app.window->setReportOptions(report);
    }

    /// Exports with the app, then (the diary closed) with backlog-cli.
    void exportBoth(MainWindow::ExportKind kind, const QString& appFile,
                    const QStringList& cliArguments)
    {
        const Status made = app.window->exportTo(kind, app.folder.path(appFile));
        ASSERT_TRUE(made.ok()) << made.error().message.toStdString();
        cliRuns << cliArguments;
    }

    void runCliExports()
    {
        app.close(); // one copy of BackLog per diary
        for (const QStringList& arguments : cliRuns) {
            const ProcessResult r =
                runCli(QStringList{QStringLiteral("export")} + arguments +
                       QStringList{QStringLiteral("--db"), app.folder.diaryPath()});
            ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        }
    }

    App app;
    QList<QStringList> cliRuns;
};

} // namespace

TEST_F(OneService, TheAppAndTheCommandLineExportTheSameBytesTextAndPixels)
{
    const auto out = [&](const char* name) { return app.folder.path(QString::fromLatin1(name)); };
    exportBoth(MainWindow::ExportKind::Bundle, QStringLiteral("app.backlog.json"),
               {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"),
                out("cli.backlog.json")});
    exportBoth(
        MainWindow::ExportKind::Csv, QStringLiteral("app.csv"),
        {QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), out("cli.csv")});
    exportBoth(MainWindow::ExportKind::Fhir, QStringLiteral("app.fhir.json"),
               {QStringLiteral("--format"), QStringLiteral("fhir"), QStringLiteral("-o"),
                out("cli.fhir.json")});
    exportBoth(MainWindow::ExportKind::Report, QStringLiteral("app.pdf"),
               {QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--paper"),
                QStringLiteral("a4"), QStringLiteral("-o"), out("cli.pdf")});
    // The chart alone: the app exports the weeks the Progress page shows ("All" here).
    app.window->progressPage()->windowButton(ChartWindow::All)->click();
    exportBoth(
        MainWindow::ExportKind::Chart, QStringLiteral("app.png"),
        {QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("-o"), out("cli.png")});
    runCliExports();

    for (const auto& [a, c] :
         {std::pair{"app.backlog.json", "cli.backlog.json"}, std::pair{"app.csv", "cli.csv"},
          std::pair{"app-sessions.csv", "cli-sessions.csv"},
          std::pair{"app.fhir.json", "cli.fhir.json"}}) {
        const QByteArray fromApp = readFile(out(a));
        const QByteArray fromCli = readFile(out(c));
        ASSERT_FALSE(fromApp.isEmpty()) << a;
        EXPECT_EQ(withoutExportTime(fromApp), withoutExportTime(fromCli)) << a << " vs " << c;
    }
    // The bundle has the alerts of the evaluation, with their acknowledgements.
    EXPECT_TRUE(readFile(out("app.backlog.json")).contains("\"acknowledged\""));

    const QByteArray appText = pdfText(out("app.pdf"));
    ASSERT_FALSE(appText.trimmed().isEmpty());
    EXPECT_EQ(withoutExportTime(appText), withoutExportTime(pdfText(out("cli.pdf"))));

    const QImage appImage(out("app.png"));
    const QImage cliImage(out("cli.png"));
    ASSERT_FALSE(appImage.isNull());
    EXPECT_EQ(appImage.size(), cliImage.size());
    EXPECT_TRUE(appImage.convertToFormat(QImage::Format_ARGB32) ==
                cliImage.convertToFormat(QImage::Format_ARGB32));
}
