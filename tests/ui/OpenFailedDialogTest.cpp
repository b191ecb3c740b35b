// SPDX-License-Identifier: GPL-3.0-or-later
// quality.md R2 in the app: the dialog shown when the diary cannot be opened names the
// file and what is wrong, changes nothing by itself, and each of its choices does what it
// says on a damaged diary in a temporary folder: "Restore a backup..." puts the backup in
// the diary's place, "Start a new diary..." starts an empty one, both keeping the file
// aside byte-for-byte; "Quit" leaves everything as it was.
#include "OpenFailedDialog.h"

#include "Generator.h"
#include "TestSupport.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLockFile>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QTest>
#include <functional>

using namespace backlog;
using namespace backlog::test;

namespace {

/// Writes a big-endian 32-bit field of a closed diary's SQLite header (the widget tests
/// have no SQL): offset 60 is PRAGMA user_version, 68 PRAGMA application_id.
void patchHeader(const QString& path, int offset, quint32 value)
{
    QByteArray bytes = readFile(path);
    ASSERT_GT(bytes.size(), 100);
    for (int i = 0; i < 4; ++i)
        bytes[offset + i] = static_cast<char>((value >> (8 * (3 - i))) & 0xff);
    writeFile(path, bytes);
}

/// Ways a diary cannot be opened (quality.md R2), each applied to a closed diary.
struct Damage
{
    const char* name;
    std::function<void(const QString& path)> apply;
    const char* expected; ///< in the problem the dialog shows
};

void PrintTo(const Damage& d, std::ostream* os)
{
    *os << d.name;
}

const Damage kZeroedPages{"ZeroedPages",
                          [](const QString& path) {
                              QByteArray bytes = readFile(path);
                              for (qsizetype i = 4096; i < bytes.size() - 4096; ++i)
                                  bytes[i] = 0;
                              writeFile(path, bytes);
                          },
                          "damaged"};

const Damage kDamages[] = {
    {"TruncatedToHalf",
     [](const QString& path) {
         QFile f(path);
         ASSERT_TRUE(f.open(QIODevice::ReadWrite));
         ASSERT_TRUE(f.resize(f.size() / 2));
     },
     "truncated"},
    kZeroedPages,
    {"RandomBytes",
     [](const QString& path) {
         QByteArray bytes(64 * 1024, '\0');
         quint32 x = 99;
         for (char& c : bytes) {
             x = x * 1103515245u + 12345u;
             c = static_cast<char>(x >> 24);
         }
         writeFile(path, bytes);
     },
     "not a SQLite database"},
    {"UnrelatedSqliteDatabase", [](const QString& path) { patchHeader(path, 68, 0x12345678); },
     "another application"},
    {"NewerSchemaVersion", [](const QString& path) { patchHeader(path, 60, 99); },
     "newer version of BackLog"},
    {"ReadOnlyFile",
     [](const QString& path) { ASSERT_TRUE(QFile::setPermissions(path, QFile::ReadOwner)); },
     "read-only"},
};

/// A diary with an 8-week episode and a daily backup of it, then damaged.
struct DamagedDiary
{
    TempFolder folder;
    QString path = folder.diaryPath();
    QString backup;
    Bundle content;
    QByteArray damaged;
    QString problem;

    explicit DamagedDiary(const Damage& damage)
    {
        {
            auto diary = Diary::open(path);
            EXPECT_TRUE(diary.ok());
            EXPECT_TRUE(diary.value()->importBundle(generateWeeks8(5)).ok());
            const auto made = diary.value()->dailyBackup(QDate::currentDate());
            EXPECT_TRUE(made.ok());
            backup = made.value();
            content = diary.value()->toBundle().value();
        }
        damage.apply(path);
        damaged = readFile(path);
        auto refused = Diary::open(path);
        EXPECT_FALSE(refused.ok());
        if (!refused)
            problem = refused.error().message;
    }
};

int entryCount(const DiaryService& service)
{
    return static_cast<int>(service.entries().size());
}

/// The episode, entries and sessions the service holds equal the bundle's.
void expectSameContent(const DiaryService& service, const Bundle& content)
{
    const Bundle now = service.toBundle();
    EXPECT_EQ(now.episode, content.episode);
    EXPECT_EQ(now.entries, content.entries);
    EXPECT_EQ(now.sessions, content.sessions);
}

class OpenFailed : public ::testing::TestWithParam<Damage>
{
};

} // namespace

TEST_P(OpenFailed, NamesTheFileAndTheProblemAndQuitChangesNothing)
{
    DamagedDiary d(GetParam());
    ASSERT_TRUE(d.problem.contains(QLatin1String(GetParam().expected))) << d.problem.toStdString();
    const QStringList filesBefore = filesIn(d.folder.path(QString()));

    OpenFailedDialog dialog(d.path, d.problem);
    dialog.open();
    QApplication::processEvents();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(dialog.findChild<QLabel*>(QStringLiteral("fileLabel"))->text(),
              QDir::toNativeSeparators(d.path));
    const QString shown = dialog.findChild<QLabel*>(QStringLiteral("problemLabel"))->text();
    EXPECT_TRUE(shown.contains(QLatin1String(GetParam().expected))) << shown.toStdString();
    EXPECT_FALSE(shown.startsWith(d.path)); // named once, beside "File:"
    EXPECT_TRUE(dialog.restoreButton()->isEnabled());
    EXPECT_TRUE(dialog.newDiaryButton()->isEnabled());

    // Looking at the list of backups and at the question changes nothing either.
    QTest::mouseClick(dialog.restoreButton(), Qt::LeftButton);
    ASSERT_TRUE(dialog.backupChooser());
    EXPECT_EQ(dialog.backupList()->count(), 1);
    dialog.backupChooser()->reject();
    QTest::mouseClick(dialog.newDiaryButton(), Qt::LeftButton);
    ASSERT_TRUE(dialog.newDiaryQuestion());
    dialog.newDiaryQuestion()->button(QMessageBox::Cancel)->click();
    QApplication::processEvents();

    QTest::mouseClick(dialog.quitButton(), Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_FALSE(dialog.takeService());
    EXPECT_EQ(readFile(d.path), d.damaged);
    EXPECT_EQ(filesIn(d.folder.path(QString())), filesBefore);
}

TEST_P(OpenFailed, RestoreABackupPutsItInPlaceAndKeepsTheFileAside)
{
    DamagedDiary d(GetParam());
    OpenFailedDialog dialog(d.path, d.problem);
    dialog.open();
    QTest::mouseClick(dialog.restoreButton(), Qt::LeftButton);
    ASSERT_TRUE(dialog.backupChooser());
    EXPECT_TRUE(dialog.backupChooser()->isVisible());
    ASSERT_EQ(dialog.backupList()->count(), 1);
    EXPECT_EQ(dialog.backupList()->currentItem()->data(Qt::UserRole).toString(), d.backup);
    auto* restore =
        dialog.backupChooser()->findChild<QPushButton*>(QStringLiteral("restoreButton"));
    ASSERT_TRUE(restore);
    QTest::mouseClick(restore, Qt::LeftButton);
    QApplication::processEvents();

    EXPECT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorLabel()->text().toStdString();
    std::unique_ptr<DiaryService> diary = dialog.takeService();
    ASSERT_TRUE(diary);
    EXPECT_EQ(diary->path(), d.path);
    expectSameContent(*diary, d.content);
    // The file that could not be opened is kept, byte for byte, beside the diary; the
    // backup is still there too.
    ASSERT_FALSE(dialog.keptAside().isEmpty());
    EXPECT_EQ(QFileInfo(dialog.keptAside()).absolutePath(), QFileInfo(d.path).absolutePath());
    EXPECT_TRUE(
        QFileInfo(dialog.keptAside()).fileName().startsWith(QStringLiteral("diary-set-aside-")));
    EXPECT_EQ(readFile(dialog.keptAside()), d.damaged);
    EXPECT_TRUE(QFileInfo::exists(d.backup));
}

TEST_P(OpenFailed, StartANewDiaryKeepsTheFileAsideAndStartsAnEmptyOne)
{
    DamagedDiary d(GetParam());
    OpenFailedDialog dialog(d.path, d.problem);
    dialog.open();
    QTest::mouseClick(dialog.newDiaryButton(), Qt::LeftButton);
    QMessageBox* question = dialog.newDiaryQuestion();
    ASSERT_TRUE(question);
    EXPECT_TRUE(question->isVisible());
    EXPECT_TRUE(question->text().contains(QDir::toNativeSeparators(d.path)));
    auto* start = question->findChild<QPushButton*>(QStringLiteral("startButton"));
    ASSERT_TRUE(start);
    QTest::mouseClick(start, Qt::LeftButton);
    QApplication::processEvents();

    EXPECT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorLabel()->text().toStdString();
    std::unique_ptr<DiaryService> diary = dialog.takeService();
    ASSERT_TRUE(diary);
    EXPECT_EQ(diary->path(), d.path);
    EXPECT_EQ(entryCount(*diary), 0);
    EXPECT_FALSE(diary->hasEpisode()); // the app then opens the setup
    ASSERT_FALSE(dialog.keptAside().isEmpty());
    EXPECT_EQ(readFile(dialog.keptAside()), d.damaged);
    // The backups stay where they were, for a later restore from the File menu.
    EXPECT_EQ(diary->backups().size(), 1);
}

INSTANTIATE_TEST_SUITE_P(R2, OpenFailed, ::testing::ValuesIn(kDamages),
                         [](const ::testing::TestParamInfo<Damage>& info) {
                             return std::string(info.param.name);
                         });

TEST(OpenFailedDialog, ABackupThatCannotBeOpenedChangesNothing)
{
    DamagedDiary d(kZeroedPages);
    writeFile(d.backup, "not a diary");
    const QStringList filesBefore = filesIn(d.folder.path(QString()));
    OpenFailedDialog dialog(d.path, d.problem);
    dialog.open();
    QTest::mouseClick(dialog.restoreButton(), Qt::LeftButton);
    ASSERT_TRUE(dialog.backupChooser());
    QTest::mouseClick(
        dialog.backupChooser()->findChild<QPushButton*>(QStringLiteral("restoreButton")),
        Qt::LeftButton);
    QApplication::processEvents();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(dialog.backupChooser()->isVisible()); // to choose another one
    const QString error =
        dialog.backupChooser()->findChild<QLabel*>(QStringLiteral("chooserErrorLabel"))->text();
    EXPECT_TRUE(error.contains(QStringLiteral("this backup cannot be restored")))
        << error.toStdString();
    EXPECT_TRUE(error.contains(d.backup)) << error.toStdString();
    EXPECT_FALSE(dialog.takeService());
    EXPECT_TRUE(dialog.keptAside().isEmpty());
    EXPECT_EQ(readFile(d.path), d.damaged);
    EXPECT_EQ(filesIn(d.folder.path(QString())), filesBefore);
}

TEST(OpenFailedDialog, ABackupFileFromElsewhereCanBeChosen)
{
    DamagedDiary d(kZeroedPages);
    // The backup moved out of the backups folder: the list is empty, a file can be chosen.
    const QString elsewhere = d.folder.path(QStringLiteral("copy-from-usb-stick.sqlite"));
    ASSERT_TRUE(QFile::rename(d.backup, elsewhere));
    OpenFailedDialog dialog(d.path, d.problem);
    dialog.open();
    QTest::mouseClick(dialog.restoreButton(), Qt::LeftButton);
    ASSERT_TRUE(dialog.backupChooser());
    EXPECT_EQ(dialog.backupList()->count(), 0);
    EXPECT_FALSE(dialog.backupChooser()
                     ->findChild<QPushButton*>(QStringLiteral("restoreButton"))
                     ->isEnabled());
    QTest::mouseClick(
        dialog.backupChooser()->findChild<QPushButton*>(QStringLiteral("otherFileButton")),
        Qt::LeftButton);
    auto* files =
        dialog.backupChooser()->findChild<QFileDialog*>(QStringLiteral("backupFileDialog"));
    ASSERT_TRUE(files);
    files->selectFile(elsewhere);
    static_cast<QDialog*>(files)->accept(); // QFileDialog::accept, as its Open button
    QApplication::processEvents();
    EXPECT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorLabel()->text().toStdString();
    std::unique_ptr<DiaryService> diary = dialog.takeService();
    ASSERT_TRUE(diary);
    expectSameContent(*diary, d.content);
    EXPECT_EQ(readFile(dialog.keptAside()), d.damaged);
    EXPECT_TRUE(QFileInfo::exists(elsewhere));
}

TEST(OpenFailedDialog, AMissingFolderGetsANewDiaryAndNothingToMoveAside)
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("gone/diary.sqlite"));
    auto refused = Diary::open(path, Database::Options{true, false});
    ASSERT_FALSE(refused.ok());
    OpenFailedDialog dialog(path, refused.error().message);
    dialog.open();
    EXPECT_TRUE(dialog.findChild<QLabel*>(QStringLiteral("problemLabel"))
                    ->text()
                    .contains(QStringLiteral("does not exist")));
    QTest::mouseClick(dialog.newDiaryButton(), Qt::LeftButton);
    ASSERT_TRUE(dialog.newDiaryQuestion());
    EXPECT_TRUE(
        dialog.newDiaryQuestion()->text().contains(QStringLiteral("starts a new, empty diary")));
    QTest::mouseClick(
        dialog.newDiaryQuestion()->findChild<QPushButton*>(QStringLiteral("startButton")),
        Qt::LeftButton);
    QApplication::processEvents();
    EXPECT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorLabel()->text().toStdString();
    EXPECT_TRUE(dialog.takeService());
    EXPECT_TRUE(dialog.keptAside().isEmpty());
    EXPECT_TRUE(QFileInfo::exists(path));
}

TEST(OpenFailedDialog, ADiaryOpenElsewhereIsNeitherMovedNorReplaced)
{
    DamagedDiary d(kZeroedPages);
    // Another copy of BackLog holds the lock (as it does while the diary is open there).
    QLockFile lock(d.path + QStringLiteral(".lock"));
    ASSERT_TRUE(lock.tryLock(0));
    OpenFailedDialog dialog(d.path, d.problem);
    dialog.open();
    EXPECT_FALSE(dialog.startNewDiary());
    EXPECT_FALSE(dialog.restoreBackup(d.backup));
    EXPECT_TRUE(
        dialog.errorLabel()->text().contains(QStringLiteral("open in another copy of BackLog")))
        << dialog.errorLabel()->text().toStdString();
    EXPECT_EQ(readFile(d.path), d.damaged);
    EXPECT_TRUE(dialog.keptAside().isEmpty());
}

// docs/screenshots/open-failed.png when BACKLOG_SCREENSHOT_DIR is set.
TEST(OpenFailedDialog, Screenshot)
{
    const QString path = QStringLiteral("/home/sam/.local/share/BackLog/diary.sqlite");
    OpenFailedDialog dialog(
        path, path + QStringLiteral(": the diary is damaged: its size (20480 bytes) is not a whole "
                                    "number of pages; it may have been truncated"));
    dialog.open();
    QApplication::processEvents();
    const QPixmap shot = dialog.grab();
    EXPECT_FALSE(shot.isNull());
    const QString dir = qEnvironmentVariable("BACKLOG_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        EXPECT_TRUE(shot.save(dir + QStringLiteral("/open-failed.png")));
    }
}
