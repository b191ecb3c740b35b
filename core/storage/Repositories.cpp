// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Repositories.h"

#include "Dates.h"
#include "model/Vocabulary.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace backlog {
namespace {

Error queryError(const Database& db, const QSqlQuery& q, const QString& what)
{
    return failure(db.sqlError(what, q.lastError()));
}

QString toJson(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject objectFromJson(const QString& text)
{
    if (text.size() <= 2) // "{}", the default of every row
        return {};
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString toJson(const QJsonArray& a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QJsonArray arrayFromJson(const QString& text)
{
    if (text.size() <= 2) // "[]"
        return {};
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

/// Text as a non-null value: the columns are NOT NULL DEFAULT ''.
QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant optionalReal(const std::optional<double>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}

std::optional<double> readOptionalReal(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

QVariant dateOrNull(const QDate& d)
{
    return d.isValid() ? QVariant(isoDate(d)) : QVariant(QMetaType(QMetaType::QString));
}

/// A stored date (always written as YYYY-MM-DD by this code): parsed directly, as it is
/// read for every row.
QDate readDate(const QVariant& v)
{
    if (v.isNull())
        return {};
    const QString t = v.toString();
    if (t.size() != 10 || t.at(4) != QLatin1Char('-') || t.at(7) != QLatin1Char('-'))
        return parseIsoDate(t).value_or(QDate());
    const auto digits = [&t](int from, int count) {
        int n = 0;
        for (int i = from; i < from + count; ++i) {
            const int d = t.at(i).unicode() - '0';
            if (d < 0 || d > 9)
                return -1;
            n = n * 10 + d;
        }
        return n;
    };
    return QDate(digits(0, 4), digits(5, 2), digits(8, 2));
}

/// "?, ?, ..., ?" for n values.
QString placeholders(int n)
{
    QStringList marks;
    for (int i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

/// The entry table's columns, in the order readEntry() and EntryRepository::save() take
/// them: the symptom columns are named by the symptoms' keys and come in the bundle's
/// order, the self-care columns by the self-care keys, in the table's order.
const QStringList& entryColumnList()
{
    static const QStringList columns = [] {
        QStringList list = {QStringLiteral("date"), QStringLiteral("pain"),
                            QStringLiteral("function"), QStringLiteral("activity_scores")};
        for (const YesNoSymptom& symptom : yesNoSymptomsBeforeLegs())
            list << QLatin1String(symptom.key);
        list << QLatin1String(kLegWeaknessKey) << QLatin1String(kLegPainKey);
        for (const YesNoSymptom& symptom : yesNoSymptomsAfterLegs())
            list << QLatin1String(symptom.key);
        list << QStringLiteral("after_session_asked") << QStringLiteral("stiffness")
             << QStringLiteral("reaction");
        for (const SelfCareItem& item : selfCareItems())
            list << QLatin1String(item.key);
        list << QStringLiteral("note") << QStringLiteral("extra");
        return list;
    }();
    return columns;
}

/// The entry table's columns as a SELECT or INSERT lists them.
const QString& entryColumns()
{
    static const QString columns = entryColumnList().join(QStringLiteral(", "));
    return columns;
}

DailyEntry readEntry(const QSqlQuery& q)
{
    DailyEntry e;
    int c = 0;
    e.date = readDate(q.value(c++));
    e.pain = q.value(c++).toInt();
    e.function = readOptionalReal(q.value(c++));
    if (e.function)
        e.function = roundToTenth(*e.function);
    for (const QJsonValue& v : arrayFromJson(q.value(c++).toString()))
        e.activityScores << (v.isDouble() ? std::optional<int>(v.toInt()) : std::nullopt);
    Symptoms& s = e.symptoms;
    for (const YesNoSymptom& symptom : yesNoSymptomsBeforeLegs())
        s.*symptom.member = q.value(c++).toBool();
    s.legWeakness = legWeaknessFromString(q.value(c++).toString()).value_or(LegWeakness::None);
    s.legPain = legPainFromString(q.value(c++).toString()).value_or(LegPain::None);
    for (const YesNoSymptom& symptom : yesNoSymptomsAfterLegs())
        s.*symptom.member = q.value(c++).toBool();
    const bool asked = q.value(c++).toBool();
    AfterSession after;
    after.stiffness = stiffnessFromString(q.value(c++).toString()).value_or(Stiffness::None);
    after.reaction = q.value(c++).toBool();
    if (asked)
        e.afterSession = after;
    SelfCare& care = e.selfCare;
    for (const SelfCareItem& item : selfCareItems()) {
        if (item.amount)
            care.*item.amount = q.value(c++).toInt();
        else
            care.*item.done = q.value(c++).toBool();
    }
    e.note = q.value(c++).toString();
    e.extra = objectFromJson(q.value(c++).toString());
    return e;
}

const QString kSessionColumns =
    QStringLiteral("id, date, minutes, kind, therapist, shooting_pain, numbness, note, extra");

Session readSession(const QSqlQuery& q)
{
    Session s;
    s.id = q.value(0).toLongLong();
    s.date = readDate(q.value(1));
    s.minutes = q.value(2).toInt();
    s.kind = sessionKindFromString(q.value(3).toString()).value_or(SessionKind::Other);
    s.therapist = q.value(4).toString();
    s.shootingPain = q.value(5).toBool();
    s.numbness = q.value(6).toBool();
    s.note = q.value(7).toString();
    s.extra = objectFromJson(q.value(8).toString());
    return s;
}

} // namespace

// ---- Episode --------------------------------------------------------------------------

namespace {
/// The episode's screening columns, in the order of screeningQuestions().
QString screeningColumns()
{
    QStringList columns;
    for (const ScreeningQuestion& q : screeningQuestions())
        columns << QLatin1String(q.column);
    return columns.join(QStringLiteral(", "));
}
} // namespace

Result<std::optional<Episode>> EpisodeRepository::get() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT patient_name, onset_date, program_start, baseline_pain, "
                               "baseline_function, activities, surgery_date, plan_template, extra, "
                               "screening_answered, %1 FROM episode WHERE id = 1")
                    .arg(screeningColumns())))
        return queryError(m_db, q, QCoreApplication::translate("Database", "reading the episode"));
    if (!q.next())
        return std::optional<Episode>{};
    Episode e;
    e.patientName = q.value(0).toString();
    e.onsetDate = readDate(q.value(1));
    e.programStart = readDate(q.value(2));
    e.baselinePain = readOptionalReal(q.value(3));
    e.baselineFunction = readOptionalReal(q.value(4));
    for (const QJsonValue& v : arrayFromJson(q.value(5).toString()))
        e.activities << v.toString();
    Screening& s = e.screening;
    s.surgeryDate = readDate(q.value(6));
    e.planTemplate = q.value(7).toString();
    e.extra = objectFromJson(q.value(8).toString());
    const QJsonObject answered = objectFromJson(q.value(9).toString());
    for (auto it = answered.begin(); it != answered.end(); ++it)
        if (const auto day = parseIsoDate(it.value().toString()))
            s.answered.insert(it.key(), *day);
    int c = 10;
    for (const ScreeningQuestion& question : screeningQuestions())
        s.*question.answer = q.value(c++).toBool();
    return std::optional<Episode>{e};
}

Status EpisodeRepository::save(const Episode& e)
{
    QStringList updates;
    for (const QString& column : {QStringLiteral("patient_name"), QStringLiteral("onset_date"),
                                  QStringLiteral("program_start"), QStringLiteral("baseline_pain"),
                                  QStringLiteral("baseline_function"), QStringLiteral("activities"),
                                  QStringLiteral("surgery_date"), QStringLiteral("plan_template"),
                                  QStringLiteral("extra"), QStringLiteral("screening_answered")})
        updates << QStringLiteral("%1 = excluded.%1").arg(column);
    for (const ScreeningQuestion& question : screeningQuestions())
        updates << QStringLiteral("%1 = excluded.%1").arg(QLatin1String(question.column));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
                  "INSERT INTO episode (id, patient_name, onset_date, program_start, "
                  "baseline_pain, baseline_function, activities, surgery_date, plan_template, "
                  "extra, screening_answered, %1) VALUES (1, %2) ON CONFLICT (id) DO UPDATE SET %3")
                  .arg(screeningColumns(),
                       placeholders(10 + static_cast<int>(screeningQuestions().size())),
                       updates.join(QStringLiteral(", "))));
    q.addBindValue(text(e.patientName));
    q.addBindValue(isoDate(e.onsetDate));
    q.addBindValue(isoDate(e.programStart));
    q.addBindValue(optionalReal(e.baselinePain));
    q.addBindValue(optionalReal(e.baselineFunction));
    q.addBindValue(toJson(QJsonArray::fromStringList(e.activities)));
    const Screening& s = e.screening;
    q.addBindValue(dateOrNull(s.surgeryDate));
    q.addBindValue(text(e.planTemplate));
    q.addBindValue(toJson(e.extra));
    QJsonObject answered;
    for (auto it = s.answered.begin(); it != s.answered.end(); ++it)
        if (it.value().isValid())
            answered.insert(it.key(), isoDate(it.value()));
    q.addBindValue(toJson(answered));
    for (const ScreeningQuestion& question : screeningQuestions())
        q.addBindValue(s.*question.answer ? 1 : 0);
    if (!q.exec())
        return queryError(m_db, q, QCoreApplication::translate("Database", "saving the episode"));
    return {};
}

Result<std::pair<QJsonObject, QJsonObject>> EpisodeRepository::bundleExtras() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT extra_top, extra_patient FROM episode WHERE id = 1")))
        return queryError(m_db, q, QCoreApplication::translate("Database", "reading the episode"));
    if (!q.next())
        return std::pair<QJsonObject, QJsonObject>{};
    return std::pair{objectFromJson(q.value(0).toString()), objectFromJson(q.value(1).toString())};
}

Status EpisodeRepository::saveBundleExtras(const QJsonObject& top, const QJsonObject& patient)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE episode SET extra_top = ?, extra_patient = ? WHERE id = 1"));
    q.addBindValue(toJson(top));
    q.addBindValue(toJson(patient));
    if (!q.exec())
        return queryError(m_db, q, QCoreApplication::translate("Database", "saving the episode"));
    return {};
}

// ---- Entries --------------------------------------------------------------------------

Result<std::optional<DailyEntry>> EntryRepository::get(const QDate& date) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM entry WHERE date = ?").arg(entryColumns()));
    q.addBindValue(isoDate(date));
    if (!q.exec())
        return queryError(m_db, q, QCoreApplication::translate("Database", "reading an entry"));
    if (!q.next())
        return std::optional<DailyEntry>{};
    return std::optional<DailyEntry>{readEntry(q)};
}

Result<QList<DailyEntry>> EntryRepository::all() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM entry ORDER BY date").arg(entryColumns())))
        return queryError(m_db, q, QCoreApplication::translate("Database", "reading entries"));
    QList<DailyEntry> out;
    while (q.next())
        out << readEntry(q);
    return out;
}

Result<QList<DailyEntry>> EntryRepository::between(const QDate& from, const QDate& to) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM entry WHERE date BETWEEN ? AND ? ORDER BY date")
                  .arg(entryColumns()));
    q.addBindValue(isoDate(from));
    q.addBindValue(isoDate(to));
    if (!q.exec())
        return queryError(m_db, q, QCoreApplication::translate("Database", "reading entries"));
    QList<DailyEntry> out;
    while (q.next())
        out << readEntry(q);
    return out;
}

Status EntryRepository::save(const DailyEntry& e)
{
    if (!e.date.isValid())
        return badInput(QCoreApplication::translate("Database", "an entry needs a date"));
    if (e.pain < 0 || e.pain > 10)
        return badInput(QCoreApplication::translate("Database", "%1: pain %2 is out of range 0..10")
                            .arg(isoDate(e.date))
                            .arg(e.pain));
    if (e.function && !(*e.function >= 0.0 && *e.function <= 10.0))
        return badInput(
            QCoreApplication::translate("Database", "%1: function %2 is out of range 0..10")
                .arg(isoDate(e.date))
                .arg(*e.function));
    const QString now = isoUtcDateTime(QDateTime::currentDateTimeUtc());
    // Every column but the date (the conflict's key) takes the new value.
    static const QString sql = [] {
        QStringList updates;
        for (const QString& column : entryColumnList().mid(1))
            updates << QStringLiteral("%1 = excluded.%1").arg(column);
        updates << QStringLiteral("updated_at = excluded.updated_at");
        return QStringLiteral("INSERT INTO entry (%1, created_at, updated_at) "
                              "VALUES (%2) "
                              "ON CONFLICT (date) DO UPDATE SET %3")
            .arg(entryColumns(), placeholders(static_cast<int>(entryColumnList().size()) + 2),
                 updates.join(QStringLiteral(", ")));
    }();
    // Prepared once per diary: an import saves thousands of entries.
    QSqlQuery& q = m_db.preparedQuery(sql);
    q.addBindValue(isoDate(e.date));
    q.addBindValue(e.pain);
    q.addBindValue(optionalReal(e.function));
    QJsonArray scores;
    for (const std::optional<int>& s : e.activityScores)
        scores << (s ? QJsonValue(*s) : QJsonValue(QJsonValue::Null));
    q.addBindValue(toJson(scores));
    const Symptoms& s = e.symptoms;
    for (const YesNoSymptom& symptom : yesNoSymptomsBeforeLegs())
        q.addBindValue(s.*symptom.member ? 1 : 0);
    q.addBindValue(toString(s.legWeakness));
    q.addBindValue(toString(s.legPain));
    for (const YesNoSymptom& symptom : yesNoSymptomsAfterLegs())
        q.addBindValue(s.*symptom.member ? 1 : 0);
    const AfterSession after = e.afterSession.value_or(AfterSession{});
    q.addBindValue(e.afterSession ? 1 : 0);
    q.addBindValue(toString(after.stiffness));
    q.addBindValue(after.reaction ? 1 : 0);
    const SelfCare& c = e.selfCare;
    for (const SelfCareItem& item : selfCareItems()) {
        if (item.amount)
            q.addBindValue(c.*item.amount);
        else
            q.addBindValue(c.*item.done ? 1 : 0);
    }
    q.addBindValue(text(e.note));
    q.addBindValue(toJson(e.extra));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return queryError(
            m_db, q,
            QCoreApplication::translate("Database", "saving the entry of %1").arg(isoDate(e.date)));
    return {};
}

Status EntryRepository::remove(const QDate& date)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM entry WHERE date = ?"));
    q.addBindValue(isoDate(date));
    if (!q.exec())
        return queryError(
            m_db, q,
            QCoreApplication::translate("Database", "deleting the entry of %1").arg(isoDate(date)));
    return {};
}

Result<std::pair<QDateTime, QDateTime>> EntryRepository::timestamps(const QDate& date) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT created_at, updated_at FROM entry WHERE date = ?"));
    q.addBindValue(isoDate(date));
    if (!q.exec())
        return queryError(m_db, q, QCoreApplication::translate("Database", "reading an entry"));
    if (!q.next())
        return std::pair<QDateTime, QDateTime>{};
    return std::pair{parseUtcDateTime(q.value(0).toString()).value_or(QDateTime()),
                     parseUtcDateTime(q.value(1).toString()).value_or(QDateTime())};
}

// ---- Sessions -------------------------------------------------------------------------

Result<QList<Session>> SessionRepository::all() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM session ORDER BY date, id").arg(kSessionColumns)))
        return queryError(m_db, q, QCoreApplication::translate("Database", "reading sessions"));
    QList<Session> out;
    while (q.next())
        out << readSession(q);
    return out;
}

namespace {
Status validateSession(const Session& s)
{
    if (!s.date.isValid())
        return badInput(QCoreApplication::translate("Database", "a session needs a date"));
    if (s.minutes < 1 || s.minutes > 600)
        return badInput(QCoreApplication::translate(
                            "Database", "%1: a session of %2 minutes is out of range 1..600")
                            .arg(isoDate(s.date))
                            .arg(s.minutes));
    return {};
}

void bindSession(QSqlQuery& q, const Session& s)
{
    q.addBindValue(isoDate(s.date));
    q.addBindValue(s.minutes);
    q.addBindValue(toString(s.kind));
    q.addBindValue(text(s.therapist));
    q.addBindValue(s.shootingPain ? 1 : 0);
    q.addBindValue(s.numbness ? 1 : 0);
    q.addBindValue(text(s.note));
    q.addBindValue(toJson(s.extra));
}
} // namespace

Result<qint64> SessionRepository::add(const Session& s)
{
    if (const Status v = validateSession(s); !v)
        return v.error();
    QSqlQuery& q = m_db.preparedQuery(
        QStringLiteral("INSERT INTO session (date, minutes, kind, therapist, shooting_pain, "
                       "numbness, note, extra) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    bindSession(q, s);
    if (!q.exec())
        return queryError(m_db, q,
                          QCoreApplication::translate("Database", "saving the session of %1")
                              .arg(isoDate(s.date)));
    return q.lastInsertId().toLongLong();
}

Status SessionRepository::update(const Session& s)
{
    if (const Status v = validateSession(s); !v)
        return v;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE session SET date = ?, minutes = ?, kind = ?, therapist = ?, "
                             "shooting_pain = ?, numbness = ?, note = ?, extra = ? WHERE id = ?"));
    bindSession(q, s);
    q.addBindValue(s.id);
    if (!q.exec())
        return queryError(m_db, q,
                          QCoreApplication::translate("Database", "saving the session of %1")
                              .arg(isoDate(s.date)));
    if (q.numRowsAffected() != 1)
        return badInput(
            QCoreApplication::translate("Database", "session %1 does not exist").arg(s.id));
    return {};
}

Status SessionRepository::restore(const Session& s)
{
    if (const Status v = validateSession(s); !v)
        return v;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO session (id, date, minutes, kind, therapist, shooting_pain, "
                       "numbness, note, extra) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(s.id);
    bindSession(q, s);
    if (!q.exec())
        return queryError(m_db, q,
                          QCoreApplication::translate("Database", "saving the session of %1")
                              .arg(isoDate(s.date)));
    return {};
}

Status SessionRepository::remove(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM session WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return queryError(m_db, q, QCoreApplication::translate("Database", "deleting a session"));
    return {};
}

// ---- Alerts ---------------------------------------------------------------------------

Result<QList<Alert>> AlertRepository::all() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT rule, level, date, acknowledged, found_on_upgrade "
                               "FROM alert ORDER BY date, rule")))
        return queryError(m_db, q, QCoreApplication::translate("Database", "reading alerts"));
    QList<Alert> out;
    while (q.next()) {
        Alert a;
        a.rule = q.value(0).toString();
        a.level = alertLevelFromString(q.value(1).toString()).value_or(AlertLevel::Info);
        a.date = readDate(q.value(2));
        a.acknowledged = readDate(q.value(3));
        a.foundOnUpgrade = q.value(4).toBool();
        out << a;
    }
    return out;
}

Status AlertRepository::save(const Alert& a)
{
    QSqlQuery& q = m_db.preparedQuery(
        QStringLiteral("INSERT INTO alert (rule, level, date, acknowledged, found_on_upgrade) "
                       "VALUES (?, ?, ?, ?, ?) "
                       "ON CONFLICT (rule, date) DO UPDATE SET level = excluded.level, "
                       "acknowledged = excluded.acknowledged, "
                       "found_on_upgrade = excluded.found_on_upgrade"));
    q.addBindValue(a.rule);
    q.addBindValue(toString(a.level));
    q.addBindValue(isoDate(a.date));
    q.addBindValue(dateOrNull(a.acknowledged));
    q.addBindValue(a.foundOnUpgrade ? 1 : 0);
    if (!q.exec())
        return queryError(m_db, q, QCoreApplication::translate("Database", "saving an alert"));
    return {};
}

Status AlertRepository::remove(const QString& rule, const QDate& date)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM alert WHERE rule = ? AND date = ?"));
    q.addBindValue(rule);
    q.addBindValue(isoDate(date));
    if (!q.exec())
        return queryError(m_db, q, QCoreApplication::translate("Database", "removing an alert"));
    return {};
}

Status AlertRepository::acknowledge(const QString& rule, const QDate& date, const QDate& on)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE alert SET acknowledged = ? WHERE rule = ? AND date = ?"));
    q.addBindValue(isoDate(on));
    q.addBindValue(rule);
    q.addBindValue(isoDate(date));
    if (!q.exec())
        return queryError(m_db, q,
                          QCoreApplication::translate("Database", "acknowledging an alert"));
    if (q.numRowsAffected() != 1)
        return badInput(QCoreApplication::translate("Database", "there is no alert %1 on %2")
                            .arg(rule, isoDate(date)));
    return {};
}

} // namespace backlog
