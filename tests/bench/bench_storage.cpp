// SPDX-License-Identifier: GPL-3.0-or-later
// quality.md P4: saving one day's entry (one transaction, durable) against one bare
// QSQLITE insert of a comparable row in its own transaction, on a database opened with the
// same pragmas, in the same run.
//
// Both databases are real files side by side in one temporary folder (QDir::tempPath(),
// i.e. $TMPDIR or /tmp: put it on the disk the figure is meant for, never on a tmpfs,
// where a sync costs nothing). The diary holds the generated 10-year episode; the bare
// table is filled with as many rows, so that both B-trees are of the same depth. Each
// iteration saves the entry of a new day on both sides (an insert), the two alternating
// in one loop (saveAgainstBareInsert). The bare database takes its journal mode,
// synchronous level and foreign-key setting from the diary's own connection, so the
// comparison follows whatever Database::open sets; nothing is weakened.
#include "Diary.h"
#include "DiaryService.h"
#include "Generator.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <chrono>
#include <cstdlib>
#include <memory>
#include <string>

using namespace backlog;

namespace {

const QString kBareConnection = QStringLiteral("bench-bare-insert");

/// The 27 columns of the diary's entry table (resources/migrations), without its checks
/// and defaults: what a plain insert of one day's row writes.
const QString kBareTable = QStringLiteral(
    "CREATE TABLE entry (date TEXT PRIMARY KEY NOT NULL, pain INTEGER NOT NULL, function REAL, "
    "activity_scores TEXT NOT NULL, saddle INTEGER NOT NULL, bladder INTEGER NOT NULL, "
    "bowel INTEGER NOT NULL, both_legs INTEGER NOT NULL, leg_numbness INTEGER NOT NULL, "
    "leg_weakness TEXT NOT NULL, fever INTEGER NOT NULL, weight_loss INTEGER NOT NULL, "
    "night_pain INTEGER NOT NULL, after_session_asked INTEGER NOT NULL, stiffness TEXT NOT NULL, "
    "reaction INTEGER NOT NULL, cat_cow INTEGER NOT NULL, pelvic_tilts INTEGER NOT NULL, "
    "walking_min INTEGER NOT NULL, bird_dog INTEGER NOT NULL, dead_bug INTEGER NOT NULL, "
    "movement_min INTEGER NOT NULL, smr INTEGER NOT NULL, note TEXT NOT NULL, "
    "extra TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)");

const QString kBareInsert = QStringLiteral(
    "INSERT INTO entry (date, pain, function, activity_scores, saddle, bladder, bowel, "
    "both_legs, leg_numbness, leg_weakness, fever, weight_loss, night_pain, "
    "after_session_asked, stiffness, reaction, cat_cow, pelvic_tilts, walking_min, bird_dog, "
    "dead_bug, movement_min, smr, note, extra, created_at, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

const QString kNote = QStringLiteral("Walked to work; stiff after sitting.");

/// One plain row for the bare table: constant values but the date and the timestamps.
void bindBareRow(QSqlQuery& q, const QDate& date)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    q.addBindValue(date.toString(Qt::ISODate));
    q.addBindValue(3);
    q.addBindValue(6.5);
    q.addBindValue(QStringLiteral("[6,7,5]"));
    for (int i = 0; i < 5; ++i)
        q.addBindValue(0);
    q.addBindValue(QStringLiteral("none"));
    for (int i = 0; i < 4; ++i)
        q.addBindValue(0);
    q.addBindValue(QStringLiteral("none"));
    q.addBindValue(0);
    for (int n : {10, 2, 30, 2, 2, 20})
        q.addBindValue(n);
    q.addBindValue(0);
    q.addBindValue(kNote);
    q.addBindValue(QStringLiteral("{}"));
    q.addBindValue(now);
    q.addBindValue(now);
}

struct SaveFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Diary> diary;
    std::unique_ptr<DiaryService> service;
    DailyEntry model; ///< saved again and again under new dates
    QDate next;       ///< the next new day of the diary
    QDate bareNext;   ///< the next new day of the bare table
    std::unique_ptr<QSqlQuery> bareInsert;
    std::string pragmas; ///< as read from the diary's connection, for the label
    std::string error;   ///< why the fixture could not be made

    SaveFixture()
    {
        auto opened = Diary::open(dir.filePath(QStringLiteral("diary.sqlite")));
        if (!opened) {
            error = opened.error().message.toStdString();
            return;
        }
        diary = std::move(opened.value());
        const Bundle b = test::generateYears10(1);
        if (const Status s = diary->importBundle(b); !s) {
            error = s.error().message.toStdString();
            return;
        }
        model = b.entries.last();
        model.symptoms = Symptoms{};
        model.note = kNote;
        next = model.date.addDays(1);
        service = std::make_unique<DiaryService>(*diary);
        if (!service->load())
            std::abort();
        service->setToday(model.date);
        makeBare(b.entries.size());
    }

    ~SaveFixture()
    {
        bareInsert.reset();
        {
            QSqlDatabase c = QSqlDatabase::database(kBareConnection, false);
            c.close();
        }
        QSqlDatabase::removeDatabase(kBareConnection);
    }

    /// A database with the diary's pragmas and connect options, and a table of `rows`
    /// rows like the diary's entries.
    void makeBare(qsizetype rows)
    {
        QSqlQuery diaryPragma(diary->database().connection());
        const auto read = [&](const char* pragma) {
            diaryPragma.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(pragma)));
            return diaryPragma.next() ? diaryPragma.value(0).toString() : QString();
        };
        const QString journal = read("journal_mode"), synchronous = read("synchronous"),
                      foreignKeys = read("foreign_keys");
        pragmas = QStringLiteral("journal_mode=%1 synchronous=%2 foreign_keys=%3")
                      .arg(journal, synchronous, foreignKeys)
                      .toStdString();

        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kBareConnection);
        c.setDatabaseName(dir.filePath(QStringLiteral("bare.sqlite")));
        c.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!c.open()) {
            error = c.lastError().text().toStdString();
            return;
        }
        QSqlQuery q(c);
        for (const QString& pragma : {QStringLiteral("PRAGMA journal_mode=%1").arg(journal),
                                      QStringLiteral("PRAGMA synchronous=%1").arg(synchronous),
                                      QStringLiteral("PRAGMA foreign_keys=%1").arg(foreignKeys)})
            if (!q.exec(pragma)) {
                error = q.lastError().text().toStdString();
                return;
            }
        // Check that the bare connection really runs with the diary's settings.
        for (const auto& [pragma, expected] :
             {std::pair{"journal_mode", journal}, std::pair{"synchronous", synchronous},
              std::pair{"foreign_keys", foreignKeys}}) {
            q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(pragma)));
            if (!q.next() || q.value(0).toString() != expected) {
                error = std::string("the bare database does not take PRAGMA ") + pragma;
                return;
            }
        }
        if (!q.exec(kBareTable)) {
            error = q.lastError().text().toStdString();
            return;
        }
        bareInsert = std::make_unique<QSqlQuery>(c);
        bareInsert->prepare(kBareInsert);
        bareNext = model.date.addDays(1 - rows);
        c.transaction();
        for (qsizetype i = 0; i < rows; ++i) {
            bindBareRow(*bareInsert, bareNext);
            bareNext = bareNext.addDays(1);
            if (!bareInsert->exec()) {
                error = bareInsert->lastError().text().toStdString();
                c.rollback();
                return;
            }
        }
        c.commit();
    }

    DailyEntry nextEntry()
    {
        DailyEntry e = model;
        e.date = next;
        next = next.addDays(1);
        return e;
    }
};

std::unique_ptr<SaveFixture> g_save;

SaveFixture* fixture(benchmark::State& state)
{
    if (!g_save)
        g_save = std::make_unique<SaveFixture>();
    if (!g_save->error.empty()) {
        state.SkipWithError(g_save->error.c_str());
        return nullptr;
    }
    state.SetLabel(g_save->pragmas);
    return g_save.get();
}

/// The save of the app's diary, Diary::saveEntry (one transaction around the entry's
/// upsert, EntryRepository::save, committed with the diary's pragmas), against one bare
/// insert of a comparable row in its own transaction. The two alternate within one loop,
/// their order swapped every iteration, so that the disk's and the machine's noise (a sync
/// costs from a tenth of a millisecond to several on a shared disk) falls on both alike;
/// each is timed on its own. Counters: save_ms and bare_ms, the mean of each per
/// iteration, and ratio = save / bare of the repetition. The benchmark's own time is that
/// of both.
void saveAgainstBareInsert(benchmark::State& state)
{
    SaveFixture* f = fixture(state);
    if (!f)
        return;
    using Clock = std::chrono::steady_clock;
    QSqlDatabase c = QSqlDatabase::database(kBareConnection, false);
    QSqlQuery& q = *f->bareInsert;
    Clock::duration saving{}, inserting{};
    const auto save = [&] {
        const DailyEntry e = f->nextEntry();
        const auto begin = Clock::now();
        const Status s = f->diary->saveEntry(e);
        saving += Clock::now() - begin;
        if (!s)
            state.SkipWithError(s.error().message.toUtf8().constData());
        return bool(s);
    };
    const auto insert = [&] {
        const QDate date = f->bareNext;
        f->bareNext = f->bareNext.addDays(1);
        const auto begin = Clock::now();
        c.transaction();
        bindBareRow(q, date);
        const bool ok = q.exec() && c.commit();
        inserting += Clock::now() - begin;
        if (!ok)
            state.SkipWithError((q.lastError().text() + c.lastError().text()).toUtf8().constData());
        return ok;
    };
    bool saveFirst = true;
    for (auto _ : state) {
        const bool ok = saveFirst ? save() && insert() : insert() && save();
        if (!ok)
            break;
        saveFirst = !saveFirst;
    }
    const auto ms = [](Clock::duration d) {
        return std::chrono::duration<double, std::milli>(d).count();
    };
    state.counters["save_ms"] = benchmark::Counter(ms(saving), benchmark::Counter::kAvgIterations);
    state.counters["bare_ms"] =
        benchmark::Counter(ms(inserting), benchmark::Counter::kAvgIterations);
    state.counters["ratio"] = inserting.count() > 0 ? ms(saving) / ms(inserting) : 0.0;
}
BENCHMARK(saveAgainstBareInsert)
    ->Name("P4/save_entry_against_bare_insert_10y")
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

/// What the app does on each save (not part of the bar): DiaryService::saveEntry, the same
/// durable save followed by the full evaluation of the 10-year diary held in memory (new
/// alerts stored) and the widgets told. It saves the last day's entry again with another
/// note, as when the patient edits today's entry (an update of the row).
void serviceSaveEntry(benchmark::State& state)
{
    SaveFixture* f = fixture(state);
    if (!f)
        return;
    DailyEntry e = f->model;
    int round = 0;
    for (auto _ : state) {
        e.note = QStringLiteral("Walked to work; stiff after sitting (%1).").arg(round++);
        if (const Status s = f->service->saveEntry(e); !s) {
            state.SkipWithError(s.error().message.toUtf8().constData());
            break;
        }
    }
}
BENCHMARK(serviceSaveEntry)
    ->Name("P4/service_save_today_and_evaluate_10y")
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

} // namespace

/// Closes both databases while the QCoreApplication still exists.
void releaseStorageBenchFixture()
{
    g_save.reset();
}
