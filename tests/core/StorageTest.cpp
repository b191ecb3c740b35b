// SPDX-License-Identifier: GPL-3.0-or-later
// The diary file: schema and pragmas, migrations (R4), damaged and foreign files (R2),
// the lock (R5), file permissions, and the repositories.
#include "Generator.h"
#include "TestSupport.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <sys/stat.h>

using namespace backlog;
using namespace backlog::test;

namespace {

QVariant pragma(Database& db, const QString& name)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next())
        return {};
    return q.value(0);
}

/// Sets a header field of a closed diary through a plain SQLite connection.
void rawExec(const QString& path, const QString& sql)
{
    const QString name = QStringLiteral("raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(sql)) << sql.toStdString();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

int mode(const QString& path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return st.st_mode & 0777;
}

/// A closed diary holding a generated 8-week episode.
QString makeFilledDiary(const TempFolder& folder,
                        const QString& name = QStringLiteral("diary.sqlite"))
{
    const QString path = folder.path(name);
    auto diary = Diary::open(path);
    EXPECT_TRUE(diary.ok());
    EXPECT_TRUE(diary.value()->importBundle(generateWeeks8(3)).ok());
    return path;
}

} // namespace

TEST(Database, NewDiaryHasLatestSchemaApplicationIdAndDurableSettings)
{
    TempFolder folder;
    auto db = Database::open(folder.diaryPath());
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    EXPECT_EQ(db.value()->schemaVersion(), Database::latestSchemaVersion());
    EXPECT_EQ(Database::latestSchemaVersion(), 3);
    EXPECT_EQ(pragma(*db.value(), QStringLiteral("application_id")).toLongLong(),
              static_cast<qint64>(Database::kApplicationId));
    EXPECT_EQ(pragma(*db.value(), QStringLiteral("journal_mode")).toString(),
              QStringLiteral("wal"));
    EXPECT_EQ(pragma(*db.value(), QStringLiteral("synchronous")).toInt(), 2); // FULL
    EXPECT_EQ(pragma(*db.value(), QStringLiteral("foreign_keys")).toInt(), 1);
    EXPECT_FALSE(QFileInfo::exists(folder.diaryPath() + QStringLiteral(".new")));
}

TEST(Database, DiaryLockAndBackupsAreReadableByTheUserOnly)
{
    TempFolder folder;
    auto db = Database::open(folder.diaryPath());
    ASSERT_TRUE(db.ok());
    const auto backup = db.value()->backup(QStringLiteral("test"));
    ASSERT_TRUE(backup.ok()) << backup.error().message.toStdString();
    EXPECT_EQ(mode(folder.diaryPath()), 0600);
    EXPECT_EQ(mode(folder.diaryPath() + QStringLiteral(".lock")), 0600);
    EXPECT_EQ(mode(backup.value()), 0600);
    EXPECT_EQ(mode(db.value()->backupFolder()), 0700);
    const QString wal = folder.diaryPath() + QStringLiteral("-wal");
    if (QFileInfo::exists(wal)) {
        EXPECT_EQ(mode(wal), 0600);
    }
}

TEST(Database, DefaultFolderIsCreatedWhenAsked)
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("a/b/diary.sqlite"));
    auto refused = Database::open(path, Database::Options{true, false});
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("does not exist")));
    EXPECT_TRUE(refused.error().message.contains(folder.path(QStringLiteral("a/b"))));
    EXPECT_FALSE(QFileInfo::exists(folder.path(QStringLiteral("a"))));
    auto created = Database::open(path, Database::Options{true, true});
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    EXPECT_EQ(mode(folder.path(QStringLiteral("a/b"))), 0700);
}

TEST(Migrations, VersionOneFixtureUpgradesKeepsEveryRowAndIsBackedUpFirst)
{
    TempFolder folder;
    const QString path = folder.diaryPath();
    ASSERT_TRUE(QFile::copy(dataPath(QStringLiteral("fixtures/diary-v1.sqlite")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

    auto diary = Diary::open(path);
    ASSERT_TRUE(diary.ok()) << diary.error().message.toStdString();
    EXPECT_EQ(diary.value()->database().schemaVersion(), 3);

    const auto episode = diary.value()->episodes().get();
    ASSERT_TRUE(episode.ok() && episode.value().has_value());
    EXPECT_EQ(episode.value()->patientName, QStringLiteral("Fixture Patient"));
    EXPECT_EQ(episode.value()->programStart, QDate(2025, 9, 8));
    EXPECT_TRUE(episode.value()->screening.discLeg);
    EXPECT_EQ(episode.value()->activities.size(), 2);

    const auto entries = diary.value()->entries().all();
    ASSERT_TRUE(entries.ok());
    ASSERT_EQ(entries->size(), 3);
    EXPECT_EQ(entries.value()[0].note, QStringLiteral("first day"));
    EXPECT_TRUE(entries.value()[0].symptoms.nightPain);
    EXPECT_EQ(entries.value()[1].function, 4.0);
    ASSERT_TRUE(entries.value()[1].afterSession.has_value());
    EXPECT_EQ(entries.value()[1].afterSession->stiffness, Stiffness::Mild);
    EXPECT_FALSE(entries.value()[2].function.has_value());
    EXPECT_EQ(entries.value()[2].note, QStringLiteral("ünïcode ✓"));
    const auto sessions = diary.value()->sessions().all();
    ASSERT_TRUE(sessions.ok());
    ASSERT_EQ(sessions->size(), 2);
    EXPECT_TRUE(sessions.value()[1].shootingPain);
    // The version 2 answers read as "no" for the days and the episode that never asked them.
    EXPECT_FALSE(episode.value()->screening.anticoag);
    EXPECT_TRUE(episode.value()->screening.answered.isEmpty());
    for (const DailyEntry& e : entries.value()) {
        EXPECT_EQ(e.symptoms.legPain, LegPain::None);
        EXPECT_FALSE(e.symptoms.sexual);
        EXPECT_FALSE(e.symptoms.fall);
    }
    // A schema 1 diary stored no alerts: those found now are history (dated before today).
    const auto alerts = diary.value()->alerts().all();
    ASSERT_TRUE(alerts.ok());
    ASSERT_FALSE(alerts->isEmpty());
    for (const Alert& a : alerts.value())
        EXPECT_TRUE(a.foundOnUpgrade) << a.rule.toStdString();
    EXPECT_TRUE(std::any_of(alerts->begin(), alerts->end(), [](const Alert& a) {
        return a.rule == QLatin1String("SCR-DISC-LEG") && a.date == QDate(2025, 9, 8);
    }));

    // The backup was written before the upgrade: it is still a version 1 diary.
    const QStringList backups = QDir(diary.value()->database().backupFolder())
                                    .entryList({QStringLiteral("*before-upgrade-v1-to-v3*")});
    ASSERT_EQ(backups.size(), 1);
    const QString backupPath =
        diary.value()->database().backupFolder() + QLatin1Char('/') + backups.first();
    diary.value().reset();
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(backupPath);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        EXPECT_EQ(q.value(0).toInt(), 1);
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM entry")) && q.next());
        EXPECT_EQ(q.value(0).toInt(), 3);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

TEST(Migrations, SchemaTwoDiaryUpgradesWithItsAlertsRecomputedUnderRulesVersion2)
{
    TempFolder folder;
    const QString path = folder.diaryPath();
    ASSERT_TRUE(QFile::copy(dataPath(QStringLiteral("fixtures/diary-v2.sqlite")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

    QList<Alert> first;
    {
        auto diary = Diary::open(path);
        ASSERT_TRUE(diary.ok()) << diary.error().message.toStdString();
        EXPECT_EQ(diary.value()->database().schemaVersion(), 3);
        EXPECT_EQ(QDir(diary.value()->database().backupFolder())
                      .entryList({QStringLiteral("*before-upgrade-v2-to-v3*")})
                      .size(),
                  1);
        const auto entries = diary.value()->entries().all();
        ASSERT_TRUE(entries.ok());
        EXPECT_EQ(entries->size(), 20);
        EXPECT_EQ(entries.value()[8].activityScores, (QList<std::optional<int>>{4, 4, 5}));
        EXPECT_EQ(entries.value()[4].symptoms.legWeakness, LegWeakness::Present);
        const auto alerts = diary.value()->alerts().all();
        ASSERT_TRUE(alerts.ok());
        first = alerts.value();
    }
    const auto find = [&first](const char* rule, const QDate& date) -> const Alert* {
        for (const Alert& a : first)
            if (a.rule == QLatin1String(rule) && a.date == date)
                return &a;
        return nullptr;
    };
    const QDate start(2025, 9, 8);
    // Acknowledgements are kept where the level did not become more urgent...
    const Alert* immuno = find("SCR-IMMUNO", start);
    ASSERT_NE(immuno, nullptr);
    EXPECT_EQ(immuno->acknowledged, start);
    EXPECT_FALSE(immuno->foundOnUpgrade);
    const Alert* night = find("RF-NIGHT-PAIN", start.addDays(2));
    ASSERT_NE(night, nullptr);
    EXPECT_EQ(night->acknowledged, start.addDays(3));
    // ...and dropped where it did: leg weakness is urgent in version 2 and asks again.
    const Alert* weakness = find("RF-LEG-WEAKNESS", start.addDays(4));
    ASSERT_NE(weakness, nullptr);
    EXPECT_EQ(weakness->level, AlertLevel::Urgent);
    EXPECT_FALSE(weakness->isAcknowledged());
    EXPECT_FALSE(weakness->foundOnUpgrade);
    // Alerts the new rules find for dates before the upgrade are history: the session of
    // day 6, held by the leg weakness, and night pain back on day 12 (a new onset).
    const Alert* held = find("MS-WHILE-STOPPED", start.addDays(5));
    ASSERT_NE(held, nullptr);
    EXPECT_TRUE(held->foundOnUpgrade);
    EXPECT_EQ(held->level, AlertLevel::StopMassage);
    const Alert* nightAgain = find("RF-NIGHT-PAIN", start.addDays(11));
    ASSERT_NE(nightAgain, nullptr);
    EXPECT_TRUE(nightAgain->foundOnUpgrade);
    EXPECT_EQ(find("MS-WHILE-STOPPED", start.addDays(15)), nullptr); // the same reason

    // Opening again recomputes nothing more.
    auto again = Diary::open(path);
    ASSERT_TRUE(again.ok());
    const auto alerts = again.value()->alerts().all();
    ASSERT_TRUE(alerts.ok());
    EXPECT_EQ(alerts.value(), first);
}

TEST(Migrations, NewDiaryNeedsNoBackup)
{
    TempFolder folder;
    auto db = Database::open(folder.diaryPath());
    ASSERT_TRUE(db.ok());
    EXPECT_FALSE(QFileInfo::exists(db.value()->backupFolder()));
}

// ---- R2: files that are refused, untouched ------------------------------------------

struct DamagedCase
{
    const char* name;
    std::function<void(const QString& path)> damage;
    const char* expected;
};

void PrintTo(const DamagedCase& c, std::ostream* os)
{
    *os << c.name;
}

class DamagedDiary : public ::testing::TestWithParam<DamagedCase>
{
};

TEST_P(DamagedDiary, IsRefusedWithAClearMessageAndLeftByteForByteUnchanged)
{
    TempFolder folder;
    const QString path = makeFilledDiary(folder);
    GetParam().damage(path);
    const QByteArray before = readFile(path);
    const QStringList siblingsBefore = QDir(folder.path(QString())).entryList(QDir::Files);

    auto diary = Diary::open(path);
    ASSERT_FALSE(diary.ok());
    EXPECT_EQ(diary.error().kind, ErrorKind::BadInput);
    EXPECT_TRUE(diary.error().message.startsWith(path)) << diary.error().message.toStdString();
    EXPECT_TRUE(diary.error().message.contains(QLatin1String(GetParam().expected)))
        << diary.error().message.toStdString();
    EXPECT_EQ(readFile(path), before);

    // The command line refuses it too, with exit status 2, and changes nothing.
    const ProcessResult run =
        runCli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                QStringLiteral("-o"), folder.path(QStringLiteral("out.json")),
                QStringLiteral("--db"), path});
    EXPECT_EQ(run.exitCode, 2) << run.err.toStdString();
    EXPECT_TRUE(run.err.startsWith(path.toUtf8())) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(GetParam().expected)) << run.err.toStdString();
    EXPECT_EQ(readFile(path), before);
    EXPECT_FALSE(QFileInfo::exists(folder.path(QStringLiteral("out.json"))));
    EXPECT_EQ(QDir(folder.path(QString())).entryList(QDir::Files), siblingsBefore);
}

namespace {
void truncateHalf(const QString& path)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    ASSERT_TRUE(f.resize(f.size() / 2));
}
void truncateOddSize(const QString& path)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    ASSERT_TRUE(f.resize(f.size() - 100));
}
void zeroPages(const QString& path)
{
    QByteArray bytes = readFile(path);
    const int pageSize = 4096;
    ASSERT_GT(bytes.size(), 4 * pageSize);
    for (int i = pageSize; i < bytes.size() - pageSize; ++i)
        bytes[i] = 0;
    writeFile(path, bytes);
}
void zeroHeader(const QString& path)
{
    QByteArray bytes = readFile(path);
    for (int i = 0; i < 100; ++i)
        bytes[i] = 0;
    writeFile(path, bytes);
}
void randomBytes(const QString& path)
{
    QByteArray bytes(64 * 1024, '\0');
    quint32 x = 12345;
    for (char& c : bytes) {
        x = x * 1103515245u + 12345u;
        c = static_cast<char>(x >> 24);
    }
    writeFile(path, bytes);
}
void emptyFile(const QString& path)
{
    writeFile(path, QByteArray());
}
void textFile(const QString& path)
{
    writeFile(path, "date,pain\n2026-01-01,5\n");
}
void foreignSqlite(const QString& path)
{
    QFile::remove(path);
    rawExec(path, QStringLiteral("CREATE TABLE contacts (name TEXT)"));
}
void newerSchema(const QString& path)
{
    rawExec(path, QStringLiteral("PRAGMA user_version = 99"));
}
void corruptTablePage(const QString& path)
{
    // Damage inside a table page (not the header): found by SQLite's integrity check.
    QByteArray bytes = readFile(path);
    const int pageSize = 4096;
    ASSERT_GT(bytes.size(), 6 * pageSize);
    for (int i = 3 * pageSize + 8; i < 3 * pageSize + 200; ++i)
        bytes[i] = static_cast<char>(0xA5);
    writeFile(path, bytes);
}
} // namespace

INSTANTIATE_TEST_SUITE_P(
    R2, DamagedDiary,
    ::testing::Values(DamagedCase{"TruncatedToHalf", truncateHalf, "truncated"},
                      DamagedCase{"TruncatedMidPage", truncateOddSize,
                                  "not a whole number of pages"},
                      DamagedCase{"ZeroedPages", zeroPages, "damaged"},
                      DamagedCase{"ZeroedHeader", zeroHeader, "not a SQLite database"},
                      DamagedCase{"RandomBytes", randomBytes, "not a SQLite database"},
                      DamagedCase{"EmptyFile", emptyFile, "empty"},
                      DamagedCase{"TextFile", textFile, "not a SQLite database"},
                      DamagedCase{"UnrelatedSqliteDatabase", foreignSqlite, "another application"},
                      DamagedCase{"NewerSchemaVersion", newerSchema, "newer version of BackLog"},
                      DamagedCase{"CorruptTablePage", corruptTablePage, "damaged"}),
    [](const ::testing::TestParamInfo<DamagedCase>& info) { return std::string(info.param.name); });

TEST(DamagedDiary, ReadOnlyFileIsRefusedAndUnchanged)
{
    TempFolder folder;
    const QString path = makeFilledDiary(folder);
    ASSERT_TRUE(QFile::setPermissions(path, QFile::ReadOwner));
    const QByteArray before = readFile(path);
    auto diary = Diary::open(path);
    ASSERT_FALSE(diary.ok());
    EXPECT_TRUE(diary.error().message.contains(QStringLiteral("read-only")));
    EXPECT_TRUE(diary.error().message.startsWith(path));
    EXPECT_EQ(readFile(path), before);
    const ProcessResult run = runCli({QStringLiteral("import"),
                                      dataPath(QStringLiteral("scenarios/responder.backlog.json")),
                                      QStringLiteral("--db"), path});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.startsWith(path.toUtf8())) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("read-only")) << run.err.toStdString();
    EXPECT_EQ(readFile(path), before);
}

TEST(DamagedDiary, AMissingFolderIsNamedAndNotMade)
{
    TempFolder folder;
    const QString missing = folder.path(QStringLiteral("gone"));
    const QString path = missing + QStringLiteral("/diary.sqlite");
    // An explicit path (--db in both programs) is never made up: the folder may be a
    // drive that is not mounted.
    auto diary = Diary::open(path, Database::Options{true, false});
    ASSERT_FALSE(diary.ok());
    EXPECT_EQ(diary.error().kind, ErrorKind::BadInput);
    EXPECT_TRUE(diary.error().message.startsWith(path)) << diary.error().message.toStdString();
    EXPECT_TRUE(
        diary.error().message.contains(QStringLiteral("the folder %1 does not exist").arg(missing)))
        << diary.error().message.toStdString();
    for (const QStringList& arguments :
         {QStringList{QStringLiteral("import"),
                      dataPath(QStringLiteral("scenarios/responder.backlog.json")),
                      QStringLiteral("--db"), path},
          QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                      QStringLiteral("-o"), folder.path(QStringLiteral("out.json")),
                      QStringLiteral("--db"), path}}) {
        const ProcessResult run = runCli(arguments);
        EXPECT_EQ(run.exitCode, 2) << run.err.toStdString();
        EXPECT_TRUE(run.err.startsWith(path.toUtf8())) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains("does not exist")) << run.err.toStdString();
    }
    EXPECT_FALSE(QFileInfo::exists(missing));
    EXPECT_FALSE(QFileInfo::exists(folder.path(QStringLiteral("out.json"))));
}

TEST(DamagedDiary, AFolderIsNotADiary)
{
    TempFolder folder;
    ASSERT_TRUE(QDir().mkdir(folder.path(QStringLiteral("d"))));
    auto diary = Diary::open(folder.path(QStringLiteral("d")));
    ASSERT_FALSE(diary.ok());
    EXPECT_TRUE(diary.error().message.contains(QStringLiteral("folder")));
}

// ---- R5: the lock -------------------------------------------------------------------

TEST(Lock, SecondOpenIsToldTheDiaryIsOpenElsewhere)
{
    TempFolder folder;
    auto first = Diary::open(folder.diaryPath());
    ASSERT_TRUE(first.ok());
    auto second = Diary::open(folder.diaryPath());
    ASSERT_FALSE(second.ok());
    EXPECT_TRUE(second.error().message.contains(QStringLiteral("open in another copy of BackLog")))
        << second.error().message.toStdString();

    // Another process (the CLI) is told too, and writes nothing.
    const QByteArray before = readFile(folder.diaryPath());
    const ProcessResult run = runCli({QStringLiteral("import"),
                                      dataPath(QStringLiteral("scenarios/responder.backlog.json")),
                                      QStringLiteral("--db"), folder.diaryPath()});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains("open in another copy")) << run.err.toStdString();
    EXPECT_EQ(readFile(folder.diaryPath()), before);
    const auto entries = first.value()->entries().all();
    ASSERT_TRUE(entries.ok());
    EXPECT_TRUE(entries->isEmpty());

    first.value().reset();
    auto third = Diary::open(folder.diaryPath());
    EXPECT_TRUE(third.ok()) << third.error().message.toStdString();
}

TEST(Lock, ALockFileLeftEmptyByAKilledCopyDoesNotLockTheDiaryForGood)
{
    // QLockFile creates the file and then writes its process id: a copy killed in between
    // leaves it empty (found by KillTest.AMigrationKilledAtARandomMoment...).
    TempFolder folder;
    {
        auto made = Diary::open(folder.diaryPath());
        ASSERT_TRUE(made.ok());
    }
    writeFile(folder.diaryPath() + QStringLiteral(".lock"), QByteArray());
    auto diary = Diary::open(folder.diaryPath());
    ASSERT_TRUE(diary.ok()) << diary.error().message.toStdString();
    // A live holder is still respected, with or without its process id written.
    auto second = Diary::open(folder.diaryPath());
    EXPECT_FALSE(second.ok());
}

// ---- A diary that cannot be opened: moved aside, replaced by a backup ---------------

TEST(Unopened, MoveAsideTakesTheSideFilesAlongAndDeletesNothing)
{
    TempFolder folder;
    const QString path = makeFilledDiary(folder);
    writeFile(path + QStringLiteral("-wal"), "a WAL of the damaged file");
    const QByteArray before = readFile(path);
    const auto aside = Diary::moveAside(path);
    ASSERT_TRUE(aside.ok()) << aside.error().message.toStdString();
    EXPECT_TRUE(QFileInfo(aside.value()).fileName().startsWith(QStringLiteral("diary-set-aside-")));
    EXPECT_TRUE(aside.value().endsWith(QStringLiteral(".sqlite")));
    EXPECT_EQ(readFile(aside.value()), before);
    EXPECT_EQ(readFile(aside.value() + QStringLiteral("-wal")), "a WAL of the damaged file");
    EXPECT_FALSE(QFileInfo::exists(path));
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-wal"))); // never applied to a new diary
    // A second time the same second: another name, nothing overwritten.
    writeFile(path, "again");
    const auto again = Diary::moveAside(path);
    ASSERT_TRUE(again.ok());
    EXPECT_NE(again.value(), aside.value());
    EXPECT_EQ(readFile(again.value()), "again");
    EXPECT_EQ(readFile(aside.value()), before);
    // Nothing there: nothing to move.
    const auto nothing = Diary::moveAside(path);
    ASSERT_TRUE(nothing.ok());
    EXPECT_TRUE(nothing.value().isEmpty());
}

TEST(Unopened, ReplaceWithBackupChecksTheBackupFirstAndKeepsTheFile)
{
    TempFolder folder;
    const QString path = makeFilledDiary(folder);
    QString backup;
    Bundle content;
    {
        auto diary = Diary::open(path);
        ASSERT_TRUE(diary.ok());
        backup = diary.value()->database().backup(QStringLiteral("manual")).value();
        content = diary.value()->toBundle().value();
    }
    writeFile(path, "damaged");
    const QString bad = folder.path(QStringLiteral("bad.sqlite"));
    writeFile(bad, "not a diary either");
    const QStringList filesBefore = QDir(folder.path(QString())).entryList(QDir::Files);
    const auto refused = Diary::replaceWithBackup(path, bad);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.startsWith(
        bad + QStringLiteral(": this backup cannot be restored")))
        << refused.error().message.toStdString();
    EXPECT_EQ(readFile(path), "damaged");
    EXPECT_EQ(QDir(folder.path(QString())).entryList(QDir::Files), filesBefore);

    const auto aside = Diary::replaceWithBackup(path, backup);
    ASSERT_TRUE(aside.ok()) << aside.error().message.toStdString();
    EXPECT_EQ(readFile(aside.value()), "damaged");
    EXPECT_TRUE(QFileInfo::exists(backup));
    auto diary = Diary::open(path);
    ASSERT_TRUE(diary.ok()) << diary.error().message.toStdString();
    EXPECT_EQ(diary.value()->toBundle().value(), content);
}

TEST(Unopened, AVersionOneBackupIsUpgradedOnTheWayIn)
{
    TempFolder folder;
    const QString path = folder.diaryPath();
    writeFile(path, QByteArray(4096, 'x'));
    const auto aside =
        Diary::replaceWithBackup(path, dataPath(QStringLiteral("fixtures/diary-v1.sqlite")));
    ASSERT_TRUE(aside.ok()) << aside.error().message.toStdString();
    auto diary = Diary::open(path);
    ASSERT_TRUE(diary.ok()) << diary.error().message.toStdString();
    EXPECT_EQ(diary.value()->database().schemaVersion(), Database::latestSchemaVersion());
    EXPECT_EQ(diary.value()->entries().all()->size(), 3);
    // No trace of the check: only the diary, the file kept aside, its lock and WAL.
    for (const QString& name :
         QDir(folder.path(QString())).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot))
        EXPECT_TRUE(name.startsWith(QStringLiteral("diary.sqlite")) ||
                    name.startsWith(QStringLiteral("diary-set-aside-")))
            << name.toStdString();
}

// ---- Repositories -------------------------------------------------------------------

class Repositories : public DiaryTest
{
};

TEST_F(Repositories, EpisodeRoundTripsEveryField)
{
    Episode e = simpleEpisode();
    e.activities = {QStringLiteral("lifting"), QStringLiteral("sitting")};
    e.screening.surgery6w = true;
    e.screening.surgeryDate = QDate(2026, 9, 20);
    e.screening.cancer = true;
    e.baselineFunction.reset();
    e.extra.insert(QStringLiteral("clinic"), QStringLiteral("North"));
    ASSERT_TRUE(diary->episodes().save(e).ok());
    reopen();
    const auto read = diary->episodes().get();
    ASSERT_TRUE(read.ok() && read.value().has_value());
    EXPECT_EQ(*read.value(), e);
}

TEST_F(Repositories, EntryIsInsertedThenUpdatedKeepingWhenItWasFirstEntered)
{
    DailyEntry e = simpleEntry(QDate(2026, 10, 6), 5, 4.5);
    e.symptoms.legWeakness = LegWeakness::Worse;
    e.afterSession = AfterSession{Stiffness::Severe, true};
    e.selfCare.walkingMin = 12;
    e.activityScores = {4, 5};
    ASSERT_TRUE(diary->saveEntry(e).ok());
    const auto first = diary->entries().timestamps(e.date);
    ASSERT_TRUE(first.ok() && first->first.isValid());

    e.pain = 3;
    e.note = QStringLiteral("better");
    ASSERT_TRUE(diary->saveEntry(e).ok());
    reopen();
    const auto all = diary->entries().all();
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 1);
    EXPECT_EQ(all->first(), e);
    const auto second = diary->entries().timestamps(e.date);
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second->first, first->first);
    EXPECT_GE(second->second, first->second);
}

TEST_F(Repositories, EntriesBetweenDatesAndRemoval)
{
    for (int d = 0; d < 10; ++d)
        ASSERT_TRUE(diary->saveEntry(simpleEntry(QDate(2026, 10, 1).addDays(d), d)).ok());
    const auto some = diary->entries().between(QDate(2026, 10, 3), QDate(2026, 10, 5));
    ASSERT_TRUE(some.ok());
    ASSERT_EQ(some->size(), 3);
    EXPECT_EQ(some->first().pain, 2);
    ASSERT_TRUE(diary->entries().remove(QDate(2026, 10, 4)).ok());
    const auto after = diary->entries().get(QDate(2026, 10, 4));
    ASSERT_TRUE(after.ok());
    EXPECT_FALSE(after.value().has_value());
}

TEST_F(Repositories, OutOfRangeScoresAreRefusedAndNothingIsStored)
{
    const Status s = diary->saveEntry(simpleEntry(QDate(2026, 10, 6), 11));
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("11 is out of range 0..10")));
    EXPECT_FALSE(diary->saveEntry(simpleEntry(QDate(2026, 10, 6), 5, 10.5)).ok());
    const auto all = diary->entries().all();
    ASSERT_TRUE(all.ok());
    EXPECT_TRUE(all->isEmpty());
}

TEST_F(Repositories, SessionsAreAddedUpdatedAndRemoved)
{
    Session s;
    s.date = QDate(2026, 10, 7);
    s.minutes = 45;
    s.kind = SessionKind::TriggerPoint;
    s.therapist = QStringLiteral("A. B.");
    const auto id = diary->sessions().add(s);
    ASSERT_TRUE(id.ok());
    s.id = id.value();
    s.numbness = true;
    ASSERT_TRUE(diary->sessions().update(s).ok());
    auto all = diary->sessions().all();
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 1);
    EXPECT_EQ(all->first(), s);
    s.minutes = 0;
    EXPECT_FALSE(diary->sessions().update(s).ok());
    ASSERT_TRUE(diary->sessions().remove(s.id).ok());
    all = diary->sessions().all();
    ASSERT_TRUE(all.ok());
    EXPECT_TRUE(all->isEmpty());
}

TEST_F(Repositories, AlertsAreStoredOncePerRuleAndDateAndAcknowledged)
{
    const Alert a{
        QStringLiteral("RF-NIGHT-PAIN"), AlertLevel::SeeDoctor, QDate(2026, 10, 9), {}, {}};
    ASSERT_TRUE(diary->alerts().save(a).ok());
    ASSERT_TRUE(diary->alerts().save(a).ok());
    ASSERT_TRUE(diary->alerts().acknowledge(a.rule, a.date, QDate(2026, 10, 10)).ok());
    EXPECT_FALSE(
        diary->alerts().acknowledge(a.rule, QDate(2026, 10, 11), QDate(2026, 10, 12)).ok());
    const auto all = diary->alerts().all();
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 1);
    EXPECT_EQ(all->first().acknowledged, QDate(2026, 10, 10));
}

TEST_F(Repositories, AnImportNeverTakesBackAnAcknowledgement)
{
    ASSERT_TRUE(diary->episodes().save(simpleEpisode(QDate(2026, 10, 5))).ok());
    const Alert raised{
        QStringLiteral("RF-NIGHT-PAIN"), AlertLevel::SeeDoctor, QDate(2026, 10, 9), {}, {}};
    Alert acknowledged = raised;
    acknowledged.acknowledged = QDate(2026, 10, 10);
    ASSERT_TRUE(diary->alerts().save(acknowledged).ok());
    Bundle b;
    b.episode = simpleEpisode(QDate(2026, 10, 5));
    b.alerts = {raised,
                Alert{QStringLiteral("RF-FEVER"), AlertLevel::Urgent, QDate(2026, 10, 11), {}, {}}};
    ASSERT_TRUE(diary->importBundle(b).ok());
    const auto all = diary->alerts().all();
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 2);
    EXPECT_EQ(all.value()[0].acknowledged, QDate(2026, 10, 10));
    EXPECT_FALSE(all.value()[1].isAcknowledged());
}
