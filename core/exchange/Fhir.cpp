// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/Fhir.h"

#include "Dates.h"
#include "clinical/RuleTable.h"
#include "exchange/JsonWriter.h"

#include <QHash>
#include <QUuid>

namespace backlog {
namespace {

/// Namespace of BackLog's name-based (version 5) UUIDs.
const QUuid kUuidNamespace(QStringLiteral("{a04b34ad-2052-4e57-b796-4f32e7db8933}"));

const QString kLoinc = QStringLiteral("http://loinc.org");
const QString kPainCode = QStringLiteral("72514-3");
const QString kPainDisplay =
    QStringLiteral("Pain severity - 0-10 verbal numeric rating [Score] - Reported");
const QString kObservationCategory =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/observation-category");
const QString kFlagCategory = QStringLiteral("http://terminology.hl7.org/CodeSystem/flag-category");
const QString kUcum = QStringLiteral("http://unitsofmeasure.org");

QString urnUuid(const QString& name)
{
    return QStringLiteral("urn:uuid:") +
           QUuid::createUuidV5(kUuidNamespace, name.toUtf8()).toString(QUuid::WithoutBraces);
}

/// English name of a session kind, for the Procedure's code.
QString kindDisplay(SessionKind kind)
{
    switch (kind) {
    case SessionKind::Swedish:
        return QStringLiteral("Swedish massage");
    case SessionKind::DeepTissue:
        return QStringLiteral("Deep-tissue massage");
    case SessionKind::TriggerPoint:
        return QStringLiteral("Trigger-point massage");
    case SessionKind::Myofascial:
        return QStringLiteral("Myofascial release massage");
    case SessionKind::Other:
        break;
    }
    return QStringLiteral("Massage");
}

/// Writes FHIR R4 resources with a JsonWriter.
class FhirWriter
{
public:
    JsonWriter w;

    void field(const char* key, const QString& value)
    {
        w.key(QLatin1String(key));
        w.string(value);
    }

    /// A Coding object.
    void coding(const QString& system, const QString& code, const QString& display)
    {
        w.beginObject();
        field("system", system);
        field("code", code);
        if (!display.isEmpty())
            field("display", display);
        w.endObject();
    }

    /// A CodeableConcept with one coding and, when given, a text.
    void codeableConcept(const QString& system, const QString& code, const QString& display,
                         const QString& text = {})
    {
        w.beginObject();
        w.key(QStringLiteral("coding"));
        w.beginArray();
        coding(system, code, display);
        w.endArray();
        if (!text.isEmpty())
            field("text", text);
        w.endObject();
    }

    /// A list of one CodeableConcept.
    void codeableConcepts(const char* key, const QString& system, const QString& code,
                          const QString& display)
    {
        w.key(QLatin1String(key));
        w.beginArray();
        codeableConcept(system, code, display);
        w.endArray();
    }

    void subject(const QString& patientUrl)
    {
        w.key(QStringLiteral("subject"));
        w.beginObject();
        field("reference", patientUrl);
        w.endObject();
    }

    /// An Annotation list holding `text`, when it is not empty.
    void note(const QString& text)
    {
        if (text.isEmpty())
            return;
        w.key(QStringLiteral("note"));
        w.beginArray();
        w.beginObject();
        field("text", text);
        w.endObject();
        w.endArray();
    }

    void beginEntry(const QString& fullUrl, const char* resourceType)
    {
        w.beginObject();
        field("fullUrl", fullUrl);
        w.key(QStringLiteral("resource"));
        w.beginObject();
        field("resourceType", QLatin1String(resourceType));
    }

    void endEntry()
    {
        w.endObject();
        w.endObject();
    }
};

} // namespace

QByteArray writeFhirBundle(const Bundle& bundle, const QList<Alert>& alerts,
                           const QDateTime& generatedAt)
{
    const Episode& episode = bundle.episode;
    // The identity of the patient's episode: every other UUID is derived from it.
    const QString identity =
        QStringLiteral("backlog|%1|%2|%3")
            .arg(isoDate(episode.onsetDate), isoDate(episode.programStart), episode.patientName);
    const QString patientUrl = urnUuid(identity + QStringLiteral("|patient"));

    FhirWriter f;
    JsonWriter& w = f.w;
    w.beginObject();
    f.field("resourceType", QStringLiteral("Bundle"));
    f.field("type", QStringLiteral("collection"));
    f.field("timestamp", isoUtcDateTime(generatedAt.toUTC()));
    w.key(QStringLiteral("entry"));
    w.beginArray();

    f.beginEntry(patientUrl, "Patient");
    if (!episode.patientName.trimmed().isEmpty()) {
        w.key(QStringLiteral("name"));
        w.beginArray();
        w.beginObject();
        f.field("text", episode.patientName);
        w.endObject();
        w.endArray();
    }
    f.endEntry();

    for (const DailyEntry& e : bundle.entries) {
        const QString date = isoDate(e.date);
        f.beginEntry(urnUuid(identity + QStringLiteral("|pain|") + date), "Observation");
        f.field("status", QStringLiteral("final"));
        f.codeableConcepts("category", kObservationCategory, QStringLiteral("survey"),
                           QStringLiteral("Survey"));
        w.key(QStringLiteral("code"));
        f.codeableConcept(
            kLoinc, kPainCode, kPainDisplay,
            QStringLiteral("Pain, 0-10 (0 = no pain, 10 = worst imaginable; lower is better)"));
        f.subject(patientUrl);
        f.field("effectiveDateTime", date);
        w.key(QStringLiteral("valueInteger"));
        w.integer(e.pain);
        f.note(e.note);
        f.endEntry();

        if (!e.function)
            continue;
        f.beginEntry(urnUuid(identity + QStringLiteral("|function|") + date), "Observation");
        f.field("status", QStringLiteral("final"));
        f.codeableConcepts("category", kObservationCategory, QStringLiteral("survey"),
                           QStringLiteral("Survey"));
        w.key(QStringLiteral("code"));
        f.codeableConcept(
            QLatin1String(kFhirCodeSystem), QStringLiteral("function"),
            QStringLiteral("Function, Patient-Specific Functional Scale score"),
            QStringLiteral("Function, 0-10 (0 = unable to do my important activities, "
                           "10 = able to do them as before the pain; higher is better)"));
        f.subject(patientUrl);
        f.field("effectiveDateTime", date);
        w.key(QStringLiteral("valueQuantity"));
        w.beginObject();
        w.key(QStringLiteral("value"));
        w.fixed(*e.function, 1);
        f.field("unit", QStringLiteral("{score}"));
        f.field("system", kUcum);
        f.field("code", QStringLiteral("{score}"));
        w.endObject();
        f.endEntry();
    }

    QHash<QDate, int> sessionsOnDate;
    for (const Session& s : bundle.sessions) {
        const QString date = isoDate(s.date);
        const int n = sessionsOnDate.value(s.date);
        sessionsOnDate.insert(s.date, n + 1);
        f.beginEntry(urnUuid(identity + QStringLiteral("|session|%1|%2").arg(date).arg(n)),
                     "Procedure");
        f.field("status", QStringLiteral("completed"));
        w.key(QStringLiteral("code"));
        f.codeableConcept(QLatin1String(kFhirCodeSystem),
                          QStringLiteral("massage-") + toString(s.kind), kindDisplay(s.kind),
                          QStringLiteral("%1, %2 minutes").arg(kindDisplay(s.kind)).arg(s.minutes));
        f.subject(patientUrl);
        f.field("performedDateTime", date);
        if (!s.therapist.trimmed().isEmpty()) {
            w.key(QStringLiteral("performer"));
            w.beginArray();
            w.beginObject();
            w.key(QStringLiteral("actor"));
            w.beginObject();
            f.field("display", s.therapist);
            w.endObject();
            w.endObject();
            w.endArray();
        }
        if (s.shootingPain || s.numbness) {
            w.key(QStringLiteral("complication"));
            w.beginArray();
            if (s.shootingPain) {
                w.beginObject();
                f.field("text", QStringLiteral("Sharp, shooting pain during the session"));
                w.endObject();
            }
            if (s.numbness) {
                w.beginObject();
                f.field("text", QStringLiteral("Numbness or tingling in the legs during or "
                                               "after the session"));
                w.endObject();
            }
            w.endArray();
        }
        f.note(s.note);
        f.endEntry();
    }

    for (const Alert& a : alerts) {
        const RuleInfo* rule = findRule(a.rule);
        const QString title = rule ? QString::fromUtf8(rule->title) : QString();
        f.beginEntry(
            urnUuid(identity + QStringLiteral("|alert|%1|%2").arg(a.rule, isoDate(a.date))),
            "Flag");
        f.field("status",
                a.isAcknowledged() ? QStringLiteral("inactive") : QStringLiteral("active"));
        w.key(QStringLiteral("category"));
        w.beginArray();
        f.codeableConcept(kFlagCategory, QStringLiteral("clinical"), QStringLiteral("Clinical"));
        f.codeableConcept(QLatin1String(kFhirLevelSystem), toString(a.level), {});
        w.endArray();
        w.key(QStringLiteral("code"));
        f.codeableConcept(QLatin1String(kFhirRuleSystem), a.rule, title,
                          title.isEmpty() ? a.rule : a.rule + QStringLiteral(": ") + title);
        f.subject(patientUrl);
        w.key(QStringLiteral("period"));
        w.beginObject();
        f.field("start", isoDate(a.date));
        if (a.isAcknowledged())
            f.field("end", isoDate(a.acknowledged));
        w.endObject();
        f.endEntry();
    }

    w.endArray();
    w.endObject();
    return w.finish();
}

} // namespace backlog
