// SPDX-License-Identifier: GPL-3.0-or-later
// The FHIR R4 export (formats.md section 3): the resources and fields it writes, and its
// deterministic identifiers. Validation against the FHIR specification itself is the ctest
// test fhir_export_validates (tests/tools/fhir/validate.js, an independent validator).
#include "exchange/Fhir.h"

#include "Generator.h"
#include "TestSupport.h"
#include "clinical/RuleTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <string>

using namespace backlog;
using namespace backlog::test;

namespace {

const QDateTime kAt(QDate(2026, 11, 21), QTime(10, 0), QTimeZone::utc());

QJsonObject parse(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << json.left(400).toStdString();
    return doc.object();
}

/// A small bundle with one of everything.
Bundle sample()
{
    Bundle b;
    b.episode = simpleEpisode(QDate(2026, 10, 5));
    DailyEntry e = simpleEntry(QDate(2026, 10, 5), 7, 3.0);
    e.note = QStringLiteral("stiff, \"very\"\nin the morning");
    b.entries << e << simpleEntry(QDate(2026, 10, 6), 6);
    Session s;
    s.date = QDate(2026, 10, 6);
    s.minutes = 45;
    s.kind = SessionKind::DeepTissue;
    s.therapist = QStringLiteral("J. Okafor");
    s.shootingPain = true;
    s.note = QStringLiteral("felt better");
    Session second = s;
    second.therapist.clear();
    second.shootingPain = false;
    second.note.clear();
    b.sessions << s << second;
    b.alerts
        << Alert{QStringLiteral("RF-NIGHT-PAIN"),
                 AlertLevel::SeeDoctor,
                 QDate(2026, 10, 9),
                 QDate(2026, 10, 10),
                 {}}
        << Alert{QStringLiteral("RF-SADDLE"), AlertLevel::Emergency, QDate(2026, 10, 11), {}, {}};
    return b;
}

QList<QJsonObject> resources(const QJsonObject& bundle, const QString& type)
{
    QList<QJsonObject> out;
    for (const QJsonValue& entry : bundle.value(QStringLiteral("entry")).toArray()) {
        const QJsonObject r = entry.toObject().value(QStringLiteral("resource")).toObject();
        if (r.value(QStringLiteral("resourceType")).toString() == type)
            out << r;
    }
    return out;
}

QJsonObject firstCoding(const QJsonObject& codeable)
{
    return codeable.value(QStringLiteral("coding")).toArray().first().toObject();
}

TEST(Fhir, IsACollectionBundleWithUuidFullUrlsAndOnePatient)
{
    const QJsonObject b = parse(writeFhirBundle(sample(), kAt));
    EXPECT_EQ(b.value(QStringLiteral("resourceType")).toString(), QStringLiteral("Bundle"));
    EXPECT_EQ(b.value(QStringLiteral("type")).toString(), QStringLiteral("collection"));
    EXPECT_EQ(b.value(QStringLiteral("timestamp")).toString(),
              QStringLiteral("2026-11-21T10:00:00Z"));
    const QJsonArray entries = b.value(QStringLiteral("entry")).toArray();
    // 1 patient, 2 pain + 1 function observations, 2 procedures, 2 flags.
    ASSERT_EQ(entries.size(), 8);
    static const QRegularExpression uuid(QStringLiteral(
        "^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    QSet<QString> urls;
    for (const QJsonValue& e : entries) {
        const QString url = e.toObject().value(QStringLiteral("fullUrl")).toString();
        EXPECT_TRUE(uuid.match(url).hasMatch()) << url.toStdString();
        urls.insert(url);
        EXPECT_FALSE(e.toObject()
                         .value(QStringLiteral("resource"))
                         .toObject()
                         .contains(QStringLiteral("id")));
    }
    EXPECT_EQ(urls.size(), entries.size());

    const QList<QJsonObject> patients = resources(b, QStringLiteral("Patient"));
    ASSERT_EQ(patients.size(), 1);
    EXPECT_EQ(patients.first()
                  .value(QStringLiteral("name"))
                  .toArray()
                  .first()
                  .toObject()
                  .value(QStringLiteral("text"))
                  .toString(),
              QStringLiteral("Test Patient"));
    const QString patientUrl =
        entries.first().toObject().value(QStringLiteral("fullUrl")).toString();
    for (const QString& type :
         {QStringLiteral("Observation"), QStringLiteral("Procedure"), QStringLiteral("Flag")})
        for (const QJsonObject& r : resources(b, type))
            EXPECT_EQ(r.value(QStringLiteral("subject"))
                          .toObject()
                          .value(QStringLiteral("reference"))
                          .toString(),
                      patientUrl);
}

TEST(Fhir, PatientWithoutANameHasNoName)
{
    Bundle b = sample();
    b.episode.patientName.clear();
    const QList<QJsonObject> patients =
        resources(parse(writeFhirBundle(b, kAt)), QStringLiteral("Patient"));
    ASSERT_EQ(patients.size(), 1);
    EXPECT_FALSE(patients.first().contains(QStringLiteral("name")));
}

TEST(Fhir, PainAndFunctionObservations)
{
    const QList<QJsonObject> obs =
        resources(parse(writeFhirBundle(sample(), kAt)), QStringLiteral("Observation"));
    ASSERT_EQ(obs.size(), 3);
    const QJsonObject pain = obs.at(0);
    EXPECT_EQ(pain.value(QStringLiteral("status")).toString(), QStringLiteral("final"));
    const QJsonObject category =
        firstCoding(pain.value(QStringLiteral("category")).toArray().first().toObject());
    EXPECT_EQ(category.value(QStringLiteral("system")).toString(),
              QStringLiteral("http://terminology.hl7.org/CodeSystem/observation-category"));
    EXPECT_EQ(category.value(QStringLiteral("code")).toString(), QStringLiteral("survey"));
    const QJsonObject code = firstCoding(pain.value(QStringLiteral("code")).toObject());
    EXPECT_EQ(code.value(QStringLiteral("system")).toString(), QStringLiteral("http://loinc.org"));
    EXPECT_EQ(code.value(QStringLiteral("code")).toString(), QStringLiteral("72514-3"));
    EXPECT_EQ(code.value(QStringLiteral("display")).toString(),
              QStringLiteral("Pain severity - 0-10 verbal numeric rating [Score] - Reported"));
    EXPECT_EQ(pain.value(QStringLiteral("effectiveDateTime")).toString(),
              QStringLiteral("2026-10-05"));
    EXPECT_TRUE(pain.value(QStringLiteral("valueInteger")).isDouble());
    EXPECT_EQ(pain.value(QStringLiteral("valueInteger")).toInt(), 7);
    EXPECT_EQ(pain.value(QStringLiteral("note"))
                  .toArray()
                  .first()
                  .toObject()
                  .value(QStringLiteral("text"))
                  .toString(),
              QStringLiteral("stiff, \"very\"\nin the morning"));

    const QJsonObject function = obs.at(1);
    const QJsonObject fcode = firstCoding(function.value(QStringLiteral("code")).toObject());
    EXPECT_EQ(fcode.value(QStringLiteral("system")).toString(), QLatin1String(kFhirCodeSystem));
    EXPECT_EQ(fcode.value(QStringLiteral("code")).toString(), QStringLiteral("function"));
    const QJsonObject q = function.value(QStringLiteral("valueQuantity")).toObject();
    EXPECT_EQ(q.value(QStringLiteral("value")).toDouble(), 3.0);
    EXPECT_EQ(q.value(QStringLiteral("unit")).toString(), QStringLiteral("{score}"));
    EXPECT_EQ(q.value(QStringLiteral("system")).toString(),
              QStringLiteral("http://unitsofmeasure.org"));
    EXPECT_EQ(q.value(QStringLiteral("code")).toString(), QStringLiteral("{score}"));
    EXPECT_FALSE(function.contains(QStringLiteral("note")));

    // The second day logged no function: its pain observation only.
    EXPECT_EQ(obs.at(2).value(QStringLiteral("effectiveDateTime")).toString(),
              QStringLiteral("2026-10-06"));
    EXPECT_EQ(firstCoding(obs.at(2).value(QStringLiteral("code")).toObject())
                  .value(QStringLiteral("code"))
                  .toString(),
              QStringLiteral("72514-3"));
    // The function value keeps its decimal in the text.
    EXPECT_TRUE(writeFhirBundle(sample(), kAt).contains("\"value\": 3.0"));
}

TEST(Fhir, SessionsAreCompletedProcedures)
{
    const QList<QJsonObject> procs =
        resources(parse(writeFhirBundle(sample(), kAt)), QStringLiteral("Procedure"));
    ASSERT_EQ(procs.size(), 2);
    const QJsonObject p = procs.first();
    EXPECT_EQ(p.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    EXPECT_EQ(p.value(QStringLiteral("performedDateTime")).toString(),
              QStringLiteral("2026-10-06"));
    const QJsonObject code = p.value(QStringLiteral("code")).toObject();
    EXPECT_EQ(firstCoding(code).value(QStringLiteral("code")).toString(),
              QStringLiteral("massage-deep-tissue"));
    EXPECT_EQ(code.value(QStringLiteral("text")).toString(),
              QStringLiteral("Deep-tissue massage, 45 minutes"));
    EXPECT_EQ(p.value(QStringLiteral("performer"))
                  .toArray()
                  .first()
                  .toObject()
                  .value(QStringLiteral("actor"))
                  .toObject()
                  .value(QStringLiteral("display"))
                  .toString(),
              QStringLiteral("J. Okafor"));
    EXPECT_EQ(p.value(QStringLiteral("complication")).toArray().size(), 1);
    EXPECT_EQ(p.value(QStringLiteral("note"))
                  .toArray()
                  .first()
                  .toObject()
                  .value(QStringLiteral("text"))
                  .toString(),
              QStringLiteral("felt better"));
    const QJsonObject bare = procs.at(1);
    for (const char* absent : {"performer", "complication", "note"})
        EXPECT_FALSE(bare.contains(QLatin1String(absent))) << absent;
}

TEST(Fhir, AlertsAreFlagsInactiveOnceAcknowledged)
{
    const QList<QJsonObject> flags =
        resources(parse(writeFhirBundle(sample(), kAt)), QStringLiteral("Flag"));
    ASSERT_EQ(flags.size(), 2);
    const QJsonObject acknowledged = flags.at(0);
    EXPECT_EQ(acknowledged.value(QStringLiteral("status")).toString(), QStringLiteral("inactive"));
    EXPECT_EQ(acknowledged.value(QStringLiteral("code"))
                  .toObject()
                  .value(QStringLiteral("text"))
                  .toString(),
              QStringLiteral("RF-NIGHT-PAIN: ") +
                  QString::fromUtf8(findRule(QStringLiteral("RF-NIGHT-PAIN"))->title));
    EXPECT_EQ(firstCoding(acknowledged.value(QStringLiteral("code")).toObject())
                  .value(QStringLiteral("code"))
                  .toString(),
              QStringLiteral("RF-NIGHT-PAIN"));
    const QJsonObject period = acknowledged.value(QStringLiteral("period")).toObject();
    EXPECT_EQ(period.value(QStringLiteral("start")).toString(), QStringLiteral("2026-10-09"));
    EXPECT_EQ(period.value(QStringLiteral("end")).toString(), QStringLiteral("2026-10-10"));
    const QJsonArray categories = acknowledged.value(QStringLiteral("category")).toArray();
    ASSERT_EQ(categories.size(), 2);
    EXPECT_EQ(firstCoding(categories.at(1).toObject()).value(QStringLiteral("code")).toString(),
              QStringLiteral("see-doctor"));

    const QJsonObject raised = flags.at(1);
    EXPECT_EQ(raised.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    EXPECT_FALSE(raised.value(QStringLiteral("period")).toObject().contains(QStringLiteral("end")));

    // The alerts given replace the bundle's.
    const QList<QJsonObject> none =
        resources(parse(writeFhirBundle(sample(), {}, kAt)), QStringLiteral("Flag"));
    EXPECT_TRUE(none.isEmpty());
}

TEST(Fhir, IdentifiersDependOnContentOnly)
{
    const QByteArray a = writeFhirBundle(sample(), kAt);
    const QByteArray b = writeFhirBundle(sample(), kAt.addDays(3));
    QByteArray aa = a, bb = b;
    aa.replace("2026-11-21T10:00:00Z", "");
    bb.replace("2026-11-24T10:00:00Z", "");
    EXPECT_EQ(aa, bb); // same diary, same file but for the timestamp

    Bundle other = sample();
    other.episode.programStart = other.episode.programStart.addDays(1);
    const QJsonObject x = parse(a);
    const QJsonObject y = parse(writeFhirBundle(other, kAt));
    const auto urls = [](const QJsonObject& bundle) {
        QSet<QString> out;
        for (const QJsonValue& e : bundle.value(QStringLiteral("entry")).toArray())
            out.insert(e.toObject().value(QStringLiteral("fullUrl")).toString());
        return out;
    };
    EXPECT_FALSE(urls(x).intersects(urls(y))); // another episode: other identifiers
}

TEST(Fhir, TenYearsGiveOneObservationPerScoreAndDay)
{
    const Bundle b = generateYears10(1);
    const QJsonObject f = parse(writeFhirBundle(b, kAt));
    int functions = 0;
    for (const DailyEntry& e : b.entries)
        functions += e.function ? 1 : 0;
    EXPECT_EQ(resources(f, QStringLiteral("Observation")).size(), b.entries.size() + functions);
    EXPECT_EQ(resources(f, QStringLiteral("Procedure")).size(), b.sessions.size());
    EXPECT_EQ(resources(f, QStringLiteral("Flag")).size(), b.alerts.size());
}

} // namespace
