// SPDX-License-Identifier: GPL-3.0-or-later
// File > Import (a preview, located errors, all or nothing, a backup first) and
// File > Export of the app, read back with the core's readers.
#include "Generator.h"
#include "ImportDialog.h"
#include "UiTestSupport.h"
#include "exchange/Csv.h"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPushButton>
#include <QUndoStack>

using namespace backlog;
using namespace backlog::test;

namespace {

QByteArray diaryDigest(const QString& path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256);
}

class ImportExportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        app.open(QDate(2026, 11, 21));
        ASSERT_TRUE(app.service->saveEpisode(simpleEpisode(QDate(2026, 11, 2))).ok());
        ASSERT_TRUE(app.service->saveEntry(simpleEntry(QDate(2026, 11, 3), 6)).ok());
    }

    QString write(const QString& name, const QByteArray& data)
    {
        const QString path = files.path(name);
        writeFile(path, data);
        return path;
    }

    int backupsBeforeImport() const
    {
        int n = 0;
        for (const BackupInfo& b : app.diary->backups())
            if (b.reason == QLatin1String("before-import"))
                ++n;
        return n;
    }

    TempFolder files;
    App app;
};

TEST_F(ImportExportTest, ACsvFileIsPreviewedThenImportedAfterABackup)
{
    const QString path =
        write(QStringLiteral("other-diary.csv"),
              "pain,date,function\r\n5,2026-11-03,4.5\r\n4,2026-11-04,5\r\n3,2026-11-05,\r\n");
    ImportDialog* dialog = app.window->openImport(path);
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->canImport());
    EXPECT_EQ(dialog->previewRows(), 3);
    EXPECT_TRUE(dialog->summary().contains(QStringLiteral("3 daily entries")))
        << dialog->summary().toStdString();
    EXPECT_TRUE(dialog->summary().contains(QStringLiteral("Days already in your diary: 1;")))
        << dialog->summary().toStdString();
    // Nothing is written by the preview.
    EXPECT_EQ(app.service->entries().size(), 1);
    EXPECT_EQ(backupsBeforeImport(), 0);

    ASSERT_TRUE(dialog->import().ok());
    EXPECT_EQ(app.service->entries().size(), 3);
    EXPECT_EQ(app.service->entry(QDate(2026, 11, 3))->pain, 5);
    EXPECT_EQ(app.service->entry(QDate(2026, 11, 3))->function, 4.5);
    EXPECT_FALSE(app.service->entry(QDate(2026, 11, 5))->function.has_value());
    EXPECT_EQ(backupsBeforeImport(), 1);
    EXPECT_EQ(app.window->undoStack()->count(), 0);
}

TEST_F(ImportExportTest, ABadRowIsShownByLineAndColumnAndNothingChanges)
{
    app.close();
    const QByteArray before = diaryDigest(app.folder.diaryPath());
    app.open(QDate(2026, 11, 21));
    const QString path =
        write(QStringLiteral("bad.csv"), "date,pain\n2026-11-04,4\n2026-11-05,11\n2026-11-06,3\n");
    ImportDialog* dialog = app.window->openImport(path);
    EXPECT_FALSE(dialog->canImport());
    EXPECT_TRUE(dialog->messages().contains(QStringLiteral("bad.csv: line 3, column \"pain\": 11")))
        << dialog->messages().toStdString();
    EXPECT_FALSE(dialog->findChild<QPushButton*>(QStringLiteral("importButton"))->isEnabled());
    EXPECT_FALSE(dialog->import().ok());
    dialog->close();
    EXPECT_EQ(app.service->entries().size(), 1);
    EXPECT_EQ(backupsBeforeImport(), 0);
    app.close();
    EXPECT_EQ(diaryDigest(app.folder.diaryPath()), before);
}

TEST_F(ImportExportTest, ASessionsCsvFileIsRecognisedByItsColumns)
{
    const QString path = write(QStringLiteral("sessions.csv"),
                               "date,minutes,kind,therapist\n2026-11-04,45,deep-tissue,Sam\n"
                               "2026-11-07,30,swedish,\n");
    ImportDialog* dialog = app.window->openImport(path);
    ASSERT_TRUE(dialog->canImport());
    EXPECT_EQ(dialog->previewRows(), 2);
    EXPECT_TRUE(dialog->summary().contains(QStringLiteral("2 massage sessions")));
    ASSERT_TRUE(dialog->import().ok());
    ASSERT_EQ(app.service->sessions().size(), 2);
    EXPECT_EQ(app.service->sessions().first().therapist, QStringLiteral("Sam"));
}

TEST_F(ImportExportTest, AnExchangeFileIsPreviewedAndImported)
{
    Bundle b = generateEpisode({.days = 20, .seed = 3, .programStart = QDate(2026, 11, 2)});
    const QString path =
        write(QStringLiteral("x.backlog.json"), writeBundle(b, QDateTime::currentDateTimeUtc()));
    ImportDialog* dialog = app.window->openImport(path);
    ASSERT_TRUE(dialog->canImport()) << dialog->messages().toStdString();
    EXPECT_EQ(dialog->previewRows(), b.entries.size());
    ASSERT_TRUE(dialog->import().ok());
    const bool sameDay = std::any_of(b.entries.begin(), b.entries.end(), [](const DailyEntry& e) {
        return e.date == QDate(2026, 11, 3);
    });
    EXPECT_EQ(app.service->entries().size(), b.entries.size() + (sameDay ? 0 : 1));
    EXPECT_EQ(app.service->sessions().size(), b.sessions.size());
}

TEST_F(ImportExportTest, ExportsReadBackToTheSameData)
{
    Bundle b = generateEpisode({.days = 40, .seed = 5, .programStart = QDate(2026, 10, 5)});
    ASSERT_TRUE(app.diary->importBundle(b).ok());
    ASSERT_TRUE(app.service->reload().ok());

    const QString json = files.path(QStringLiteral("out.backlog.json"));
    ASSERT_TRUE(app.window->exportTo(MainWindow::ExportKind::Bundle, json).ok());
    const auto read = readBundleFile(json);
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    EXPECT_EQ(read.value().bundle.entries, app.service->entries());
    EXPECT_EQ(read.value().bundle.sessions.size(), app.service->sessions().size());

    const QString csv = files.path(QStringLiteral("out.csv"));
    ASSERT_TRUE(app.window->exportTo(MainWindow::ExportKind::Csv, csv).ok());
    const auto entries = readEntriesCsv(readFile(csv), csv);
    ASSERT_TRUE(entries.ok()) << entries.error().message.toStdString();
    ASSERT_EQ(entries.value().entries.size(), app.service->entries().size());
    for (int i = 0; i < entries.value().entries.size(); ++i) {
        EXPECT_EQ(entries.value().entries[i].pain, app.service->entries()[i].pain);
        EXPECT_EQ(entries.value().entries[i].function, app.service->entries()[i].function);
        EXPECT_EQ(entries.value().entries[i].note, app.service->entries()[i].note);
    }
    const auto sessions =
        readSessionsCsv(readFile(files.path(QStringLiteral("out-sessions.csv"))), csv);
    ASSERT_TRUE(sessions.ok());
    EXPECT_EQ(sessions.value().sessions.size(), app.service->sessions().size());

    const QString fhir = files.path(QStringLiteral("out-fhir.json"));
    ASSERT_TRUE(app.window->exportTo(MainWindow::ExportKind::Fhir, fhir).ok());
    EXPECT_TRUE(readFile(fhir).contains("72514-3"));
}

TEST_F(ImportExportTest, TheReportAndTheChartAreExportedFromTheApp)
{
    Bundle b = generateEpisode({.days = 56, .seed = 9, .programStart = QDate(2026, 9, 21)});
    ASSERT_TRUE(app.diary->importBundle(b).ok());
    ASSERT_TRUE(app.service->reload().ok());

    const QString pdf = files.path(QStringLiteral("report.pdf"));
    ASSERT_TRUE(app.window->exportTo(MainWindow::ExportKind::Report, pdf).ok());
    const ProcessResult info = runProgram(QStringLiteral("pdfinfo"), {pdf});
    ASSERT_EQ(info.exitCode, 0) << info.err.toStdString();
    EXPECT_TRUE(info.out.contains("Pages:")) << info.out.toStdString();
    EXPECT_EQ(runProgram(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf}).exitCode, 0);

    const QString png = files.path(QStringLiteral("chart.png"));
    ASSERT_TRUE(app.window->exportTo(MainWindow::ExportKind::Chart, png).ok());
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_GE(image.width(), 800);

    const QString svg = files.path(QStringLiteral("chart.svg"));
    ASSERT_TRUE(app.window->exportTo(MainWindow::ExportKind::Chart, svg).ok());
    EXPECT_TRUE(readFile(svg).contains("<svg"));
}

TEST_F(ImportExportTest, AFailedExportNamesThePathAndLeavesNoFile)
{
    const QString missing = files.path(QStringLiteral("no-such-folder/out.backlog.json"));
    const Status s = app.window->exportTo(MainWindow::ExportKind::Bundle, missing);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("no-such-folder")))
        << s.error().message.toStdString();
    EXPECT_FALSE(QFileInfo::exists(missing));
}

TEST_F(ImportExportTest, TheFileMenuOffersImportAndEveryExport)
{
    for (const char* name :
         {"importAction", "openReviewAction", "exportReportAction", "exportChartAction",
          "exportCsvAction", "exportBundleAction", "exportFhirAction"})
        EXPECT_NE(app.window->findChild<QAction*>(QLatin1String(name)), nullptr) << name;
}

} // namespace
