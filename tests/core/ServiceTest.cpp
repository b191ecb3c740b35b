// SPDX-License-Identifier: GPL-3.0-or-later
// The app's core services: DiaryService (writes, re-evaluation, stored alerts), Settings,
// daily backups and restore, and the autostart entry.
#include "Autostart.h"
#include "DiaryService.h"
#include "Settings.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace backlog;
using namespace backlog::test;

namespace {

class Service : public DiaryTest
{
protected:
    void SetUp() override
    {
        DiaryTest::SetUp();
        service = std::make_unique<DiaryService>(*diary);
        ASSERT_TRUE(service->load().ok());
        service->setToday(QDate(2026, 10, 10));
        ASSERT_TRUE(service->saveEpisode(simpleEpisode(QDate(2026, 10, 5))).ok());
    }
    void TearDown() override
    {
        service.reset();
        DiaryTest::TearDown();
    }
    std::unique_ptr<DiaryService> service;
};

QStringList storedRules(Diary& diary)
{
    QStringList out;
    for (const Alert& a : diary.alerts().all().value())
        out << a.rule + QLatin1Char('@') + a.date.toString(Qt::ISODate) +
                   (a.isAcknowledged() ? QStringLiteral("+ack") : QString());
    return out;
}

} // namespace

TEST_F(Service, ASaveIsDurableReevaluatedAndAnnounced)
{
    QSignalSpy changed(service.get(), &DiaryService::changed);
    DailyEntry e = simpleEntry(QDate(2026, 10, 9), 5);
    e.symptoms.saddle = true;
    ASSERT_TRUE(service->saveEntry(e).ok());
    EXPECT_EQ(changed.count(), 1);
    EXPECT_TRUE(service->evaluation().needsBanner());
    EXPECT_TRUE(storedRules(*diary).contains(QStringLiteral("RF-SADDLE@2026-10-09")));
    ASSERT_TRUE(diary->entries().get(e.date).value().has_value()); // in the file
}

TEST_F(Service, AnAlertWhoseReportIsCorrectedIsWithdrawnUnlessAcknowledged)
{
    DailyEntry e = simpleEntry(QDate(2026, 10, 9), 5);
    e.symptoms.saddle = true;
    e.symptoms.nightPain = true;
    ASSERT_TRUE(service->saveEntry(e).ok());
    ASSERT_TRUE(service->setAcknowledged(QStringLiteral("RF-NIGHT-PAIN"), e.date, e.date).ok());
    e.symptoms.saddle = false; // ticked by mistake
    e.symptoms.nightPain = false;
    ASSERT_TRUE(service->saveEntry(e).ok());
    EXPECT_FALSE(service->evaluation().needsBanner());
    // The acknowledged alert stays in the history; the raised one is withdrawn.
    const QStringList stored = storedRules(*diary);
    EXPECT_TRUE(stored.contains(QStringLiteral("RF-NIGHT-PAIN@2026-10-09+ack")));
    EXPECT_FALSE(stored.join(QLatin1Char(' ')).contains(QStringLiteral("RF-SADDLE")));
}

TEST_F(Service, AcknowledgementCanBeTakenBack)
{
    DailyEntry e = simpleEntry(QDate(2026, 10, 9), 5);
    e.symptoms.bladder = true;
    ASSERT_TRUE(service->saveEntry(e).ok());
    ASSERT_TRUE(
        service->setAcknowledged(QStringLiteral("RF-BLADDER"), e.date, QDate(2026, 10, 10)).ok());
    EXPECT_FALSE(service->evaluation().needsBanner());
    ASSERT_TRUE(service->setAcknowledged(QStringLiteral("RF-BLADDER"), e.date, QDate()).ok());
    EXPECT_TRUE(service->evaluation().needsBanner());
    EXPECT_FALSE(service->setAcknowledged(QStringLiteral("RF-BOWEL"), e.date, e.date).ok());
}

TEST_F(Service, SessionsAreAddedUpdatedRemovedAndRestoredWithTheirId)
{
    Session s;
    s.date = QDate(2026, 10, 8);
    s.minutes = 20;
    const auto added = service->addSession(s);
    ASSERT_TRUE(added.ok());
    EXPECT_GT(added->id, 0);
    EXPECT_TRUE(storedRules(*diary).contains(QStringLiteral("MS-SHORT@2026-10-08")));
    Session changed = added.value();
    changed.minutes = 45;
    ASSERT_TRUE(service->updateSession(changed).ok());
    EXPECT_FALSE(storedRules(*diary).contains(QStringLiteral("MS-SHORT@2026-10-08")));
    ASSERT_TRUE(service->removeSession(changed.id).ok());
    EXPECT_TRUE(service->sessions().isEmpty());
    ASSERT_TRUE(service->restoreSession(changed).ok());
    ASSERT_EQ(service->sessions().size(), 1);
    EXPECT_EQ(service->sessions().first(), changed);
}

TEST_F(Service, EntriesAreRemovedAndTheCacheFollowsTheFile)
{
    ASSERT_TRUE(service->saveEntry(simpleEntry(QDate(2026, 10, 9), 5)).ok());
    ASSERT_TRUE(service->removeEntry(QDate(2026, 10, 9)).ok());
    EXPECT_FALSE(service->entry(QDate(2026, 10, 9)).has_value());
    EXPECT_FALSE(diary->entries().get(QDate(2026, 10, 9)).value().has_value());
}

TEST(Settings, DefaultsTypedValuesAndTheChangedSignal)
{
    TempFolder folder;
    const QString file = folder.path(QStringLiteral("settings.ini"));
    {
        Settings settings(file);
        EXPECT_TRUE(settings.reminderEnabled());
        EXPECT_EQ(settings.reminderTime(), QTime(20, 0));
        EXPECT_FALSE(settings.startAtLogin());
        QSignalSpy spy(&settings, &Settings::changed);
        settings.setValue(Settings::Key::ReminderTime, QTime(8, 30));
        settings.setValue(Settings::Key::ReminderTime, QTime(8, 30)); // unchanged: no signal
        ASSERT_EQ(spy.count(), 1);
        EXPECT_EQ(spy.first().first().value<Settings::Key>(), Settings::Key::ReminderTime);
    }
    Settings again(file);
    EXPECT_EQ(again.reminderTime(), QTime(8, 30));
    EXPECT_EQ(Settings::name(Settings::Key::ReminderTime), QStringLiteral("reminder/time"));
    EXPECT_TRUE(readFile(file).contains("time=")); // stored in the file given, not elsewhere
}

TEST_F(Service, DailyBackupIsMadeOnceADayAndTheSevenMadeLastAreKept)
{
    const QDate day(2026, 10, 1);
    const auto first = diary->dailyBackup(day);
    ASSERT_TRUE(first.ok());
    ASSERT_FALSE(first->isEmpty());
    const QString folder = diary->database().backupFolder();
    // Nine earlier daily copies, made in order 1..9 but named with dates ahead of today,
    // as when the clock has since been set back. One legacy copy, named before backups
    // were keyed to the diary's whole file name.
    for (int i = 1; i <= 9; ++i) {
        const QString name = QStringLiteral("diary.sqlite-%1-090000-daily-n%2.sqlite")
                                 .arg(QDate(2030, 1, i).toString(QStringLiteral("yyyyMMdd")))
                                 .arg(i);
        ASSERT_TRUE(QFile::copy(first.value(), folder + QLatin1Char('/') + name));
    }
    ASSERT_TRUE(QFile::remove(first.value()));
    const QString legacy = folder + QStringLiteral("/diary-20250101-090000-daily.sqlite");
    ASSERT_TRUE(QFile::copy(
        folder + QStringLiteral("/diary.sqlite-20300101-090000-daily-n1.sqlite"), legacy));

    const auto made = diary->dailyBackup(QDate::currentDate());
    ASSERT_TRUE(made.ok());
    ASSERT_FALSE(made->isEmpty());
    EXPECT_TRUE(made->endsWith(QStringLiteral("-daily-n10.sqlite"))) << made->toStdString();
    const auto second = diary->dailyBackup(QDate::currentDate());
    ASSERT_TRUE(second.ok());
    EXPECT_TRUE(second->isEmpty()); // one a day
    QList<int> kept;
    for (const BackupInfo& b : diary->backups())
        if (b.reason == QLatin1String("daily") && !b.legacy)
            kept << b.order;
    // The seven made last, the new one among them, whatever their dates say.
    EXPECT_EQ(kept, (QList<int>{10, 9, 8, 7, 6, 5, 4}));
    EXPECT_TRUE(QFileInfo::exists(made.value()));
    EXPECT_TRUE(QFileInfo::exists(legacy)); // listed, never pruned
    EXPECT_EQ(diary->backups().first().path, made.value());

    // Another kind of backup is kept apart: the last 5 of it, and the daily ones stay.
    for (int i = 0; i < 7; ++i)
        ASSERT_TRUE(diary->database().backup(QStringLiteral("before-import")).ok());
    int imports = 0, daily = 0;
    for (const BackupInfo& b : diary->backups()) {
        imports += b.reason == QLatin1String("before-import");
        daily += b.reason == QLatin1String("daily") && !b.legacy;
    }
    EXPECT_EQ(imports, Database::kKeepEachKind);
    EXPECT_EQ(daily, 7);
}

TEST_F(Service, BackupsOfTwoDiariesInOneFolderAreKeptApart)
{
    const QString other = folder.path(QStringLiteral("diary.db"));
    auto second = Diary::open(other);
    ASSERT_TRUE(second.ok()) << second.error().message.toStdString();
    ASSERT_TRUE(diary->dailyBackup(QDate::currentDate()).ok());
    ASSERT_TRUE(second.value()->dailyBackup(QDate::currentDate()).ok());
    ASSERT_EQ(diary->backups().size(), 1);
    ASSERT_EQ(second.value()->backups().size(), 1);
    EXPECT_NE(diary->backups().first().path, second.value()->backups().first().path);
    EXPECT_TRUE(second.value()->backups().first().path.contains(QStringLiteral("diary.db-")));
}

TEST_F(Service, RestoreBringsBackACopyAndKeepsTheCurrentDiary)
{
    ASSERT_TRUE(service->saveEntry(simpleEntry(QDate(2026, 10, 6), 7)).ok());
    const auto copy = diary->database().backup(QStringLiteral("manual"));
    ASSERT_TRUE(copy.ok());
    ASSERT_TRUE(service->saveEntry(simpleEntry(QDate(2026, 10, 7), 3)).ok());
    ASSERT_TRUE(service->saveEntry(simpleEntry(QDate(2026, 10, 6), 1)).ok());

    const auto kept = diary->restoreFrom(copy.value());
    ASSERT_TRUE(kept.ok()) << kept.error().message.toStdString();
    ASSERT_TRUE(service->reload().ok());
    EXPECT_EQ(service->entry(QDate(2026, 10, 6))->pain, 7);
    EXPECT_FALSE(service->entry(QDate(2026, 10, 7)).has_value());
    EXPECT_TRUE(service->hasEpisode());

    // The diary as it was before the restore is a backup that can itself be restored.
    const auto back = diary->restoreFrom(kept.value());
    ASSERT_TRUE(back.ok());
    ASSERT_TRUE(service->reload().ok());
    EXPECT_EQ(service->entry(QDate(2026, 10, 6))->pain, 1);
    EXPECT_EQ(service->entry(QDate(2026, 10, 7))->pain, 3);
    // No leftovers of the check copy.
    EXPECT_FALSE(QFileInfo::exists(diary->database().backupFolder() +
                                   QStringLiteral("/restore-check.sqlite")));
}

TEST_F(Service, ADamagedBackupIsNotRestoredAndChangesNothing)
{
    ASSERT_TRUE(service->saveEntry(simpleEntry(QDate(2026, 10, 6), 7)).ok());
    const QString bad = folder.path(QStringLiteral("bad.sqlite"));
    writeFile(bad, "not a diary at all");
    const int before = static_cast<int>(diary->backups().size());
    const auto result = diary->restoreFrom(bad);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("cannot be restored")));
    EXPECT_EQ(diary->entries().get(QDate(2026, 10, 6)).value()->pain, 7);
    EXPECT_EQ(diary->backups().size(), before); // no "before-restore" copy for nothing
}

TEST_F(Service, AnOlderVersionBackupIsUpgradedOnACopyAndRestored)
{
    const QString v1 = folder.path(QStringLiteral("old.sqlite"));
    ASSERT_TRUE(QFile::copy(dataPath(QStringLiteral("fixtures/diary-v1.sqlite")), v1));
    QFile::setPermissions(v1, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray original = readFile(v1);
    const auto kept = diary->restoreFrom(v1);
    ASSERT_TRUE(kept.ok()) << kept.error().message.toStdString();
    ASSERT_TRUE(service->reload().ok());
    EXPECT_EQ(service->episode()->patientName, QStringLiteral("Fixture Patient"));
    EXPECT_EQ(service->entries().size(), 3);
    EXPECT_EQ(readFile(v1), original); // the backup itself is untouched
}

TEST(Autostart, EntryIsWrittenAndRemoved)
{
    QStandardPaths::setTestModeEnabled(true);
    ASSERT_TRUE(autostartPath().contains(QStringLiteral("qttest")));
    ASSERT_TRUE(setAutostart(true, QStringLiteral("/usr/bin/backlog")).ok());
    EXPECT_TRUE(autostartEnabled());
    const QByteArray text = readFile(autostartPath());
    EXPECT_TRUE(text.contains("Exec=\"/usr/bin/backlog\" --minimized"));
    EXPECT_TRUE(text.contains("[Desktop Entry]"));
    ASSERT_TRUE(setAutostart(false, QString()).ok());
    EXPECT_FALSE(autostartEnabled());
}

TEST_F(Service, AStartWithTheRecentDaysShowsStoredAlertsThenTheRestLoads)
{
    for (int d = 0; d < 40; ++d)
        ASSERT_TRUE(service->saveEntry(simpleEntry(QDate(2026, 9, 1).addDays(d), 5)).ok());
    DailyEntry e = simpleEntry(QDate(2026, 10, 9), 5);
    e.symptoms.bowel = true;
    ASSERT_TRUE(service->saveEntry(e).ok());

    DiaryService starting(*diary);
    starting.setToday(QDate(2026, 10, 10));
    ASSERT_TRUE(starting.loadStart().ok());
    EXPECT_TRUE(starting.hasEpisode());
    EXPECT_TRUE(starting.entry(QDate(2026, 10, 9)).has_value()); // the recent days
    EXPECT_FALSE(starting.entry(QDate(2026, 9, 1)).has_value()); // not yet
    EXPECT_TRUE(starting.evaluation().needsBanner());            // from the stored alerts
    QSignalSpy changed(&starting, &DiaryService::changed);
    ASSERT_TRUE(starting.loadRest().ok());
    EXPECT_EQ(changed.count(), 1);
    EXPECT_TRUE(starting.entry(QDate(2026, 9, 1)).has_value());
    EXPECT_EQ(starting.entries().size(), service->entries().size());
    EXPECT_EQ(starting.evaluation().alerts.size(), service->evaluation().alerts.size());
}

TEST_F(Service, TheAlertsKeptInMemoryMatchTheDiaryAfterEveryKindOfWrite)
{
    DailyEntry e = simpleEntry(QDate(2026, 10, 9), 5);
    e.symptoms.saddle = true;
    e.symptoms.nightPain = true;
    ASSERT_TRUE(service->saveEntry(e).ok());
    ASSERT_TRUE(service->setAcknowledged(QStringLiteral("RF-NIGHT-PAIN"), e.date, e.date).ok());
    e.symptoms.saddle = false; // the saddle alert is withdrawn
    ASSERT_TRUE(service->saveEntry(e).ok());
    Session s;
    s.date = QDate(2026, 10, 8);
    s.minutes = 20; // MS-SHORT
    ASSERT_TRUE(service->addSession(s).ok());

    DiaryService fresh(*diary);
    fresh.setToday(service->today());
    ASSERT_TRUE(fresh.load().ok());
    const auto strip = [](QList<Alert> alerts) {
        for (Alert& a : alerts)
            a.data.clear();
        return alerts;
    };
    EXPECT_EQ(strip(fresh.evaluation().alerts), strip(service->evaluation().alerts));
    EXPECT_EQ(fresh.evaluation().needsBanner(), service->evaluation().needsBanner());
}

// One transaction per user action: an entry and the alerts it raises are stored together
// or not at all; a refused write changes neither the diary nor what the service holds.
TEST_F(Service, AnEntryAndTheAlertsItRaisesAreStoredTogetherOrNotAtAll)
{
    QProcess sqlite;
    sqlite.start(
        QStringLiteral("sqlite3"),
        {folder.diaryPath(), QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON alert "
                                            "BEGIN SELECT RAISE(ABORT, 'refused'); END;")});
    ASSERT_TRUE(sqlite.waitForFinished(10000));
    ASSERT_EQ(sqlite.exitCode(), 0) << sqlite.readAllStandardError().toStdString();
    const QStringList alertsBefore = storedRules(*diary);

    DailyEntry e = simpleEntry(QDate(2026, 10, 9), 4);
    e.symptoms.saddle = true; // raises RF-SADDLE, which the trigger refuses to store
    const Status saved = service->saveEntry(e);
    ASSERT_FALSE(saved.ok());
    EXPECT_TRUE(saved.error().message.contains(QStringLiteral("refused")))
        << saved.error().message.toStdString();
    EXPECT_FALSE(diary->entries().get(e.date).value().has_value()); // not in the file
    EXPECT_FALSE(service->entry(e.date).has_value());               // nor in memory
    EXPECT_EQ(storedRules(*diary), alertsBefore);
    for (const Alert& a : service->evaluation().alerts)
        EXPECT_NE(a.rule, QStringLiteral("RF-SADDLE")); // the evaluation shown is the diary's
}

TEST_F(Service, ACsvSessionMoreThanAYearBeforeThePainIsRefusedAndNothingChanges)
{
    const QDate earliest = service->episode()->earliestSessionDate();
    ASSERT_TRUE(earliest.isValid());
    const QString csv = folder.path(QStringLiteral("old-sessions.csv"));
    writeFile(csv, "date,minutes\n" + earliest.addDays(5).toString(Qt::ISODate).toUtf8() + ",45\n" +
                       earliest.addDays(-1).toString(Qt::ISODate).toUtf8() + ",30\n");
    const auto read = DiaryService::readImport(csv);
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    const auto before = service->sessions();
    const auto imported = service->import(read.value());
    ASSERT_FALSE(imported.ok());
    EXPECT_EQ(imported.error().kind, ErrorKind::BadInput);
    EXPECT_TRUE(imported.error().message.contains(earliest.addDays(-1).toString(Qt::ISODate)))
        << imported.error().message.toStdString();
    EXPECT_TRUE(imported.error().message.contains(QStringLiteral("old-sessions.csv")));
    EXPECT_EQ(service->sessions(), before);
}
