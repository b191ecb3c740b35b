// SPDX-License-Identifier: GPL-3.0-or-later
#include "Dates.h"
#include "exchange/Bundle.h"
#include "exchange/JsonWriter.h"
#include "model/Vocabulary.h"

#include <QCoreApplication>
#include <memory>
#include <span>
#include <vector>

namespace backlog {
namespace {

void writeExtra(JsonWriter& w, const QJsonObject& extra)
{
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        w.key(it.key());
        w.value(it.value());
    }
}

void writeEntry(JsonWriter& w, const DailyEntry& e)
{
    w.beginObject();
    w.key(QStringLiteral("date"));
    w.string(isoDate(e.date));
    w.key(QStringLiteral("pain"));
    w.integer(e.pain);
    if (e.function) {
        w.key(QStringLiteral("function"));
        w.fixed(*e.function, 1);
    }
    if (!e.activityScores.isEmpty()) {
        w.key(QStringLiteral("activity_scores"));
        w.beginArray();
        for (const std::optional<int>& s : e.activityScores)
            s ? w.integer(*s) : w.null();
        w.endArray();
    }
    const Symptoms& s = e.symptoms;
    w.key(QStringLiteral("symptoms"));
    w.beginObject();
    const auto writeYesNo = [&](std::span<const YesNoSymptom> symptoms) {
        for (const YesNoSymptom& symptom : symptoms) {
            w.key(QLatin1String(symptom.key));
            w.boolean(s.*symptom.member);
        }
    };
    writeYesNo(yesNoSymptomsBeforeLegs());
    w.key(QLatin1String(kLegWeaknessKey));
    w.string(toString(s.legWeakness));
    w.key(QLatin1String(kLegPainKey));
    w.string(toString(s.legPain));
    writeYesNo(yesNoSymptomsAfterLegs());
    w.endObject();
    if (e.afterSession) {
        w.key(QStringLiteral("after_session"));
        w.beginObject();
        w.key(QStringLiteral("stiffness"));
        w.string(toString(e.afterSession->stiffness));
        w.key(QStringLiteral("reaction"));
        w.boolean(e.afterSession->reaction);
        w.endObject();
    }
    const SelfCare& c = e.selfCare;
    w.key(QStringLiteral("self_care"));
    w.beginObject();
    for (const SelfCareItem& item : selfCareItems()) {
        w.key(QLatin1String(item.key));
        if (item.amount)
            w.integer(c.*item.amount);
        else
            w.boolean(c.*item.done);
    }
    w.endObject();
    w.key(QStringLiteral("note"));
    w.string(e.note);
    writeExtra(w, e.extra);
    w.endObject();
}

void writeSession(JsonWriter& w, const Session& s)
{
    w.beginObject();
    w.key(QStringLiteral("date"));
    w.string(isoDate(s.date));
    w.key(QStringLiteral("minutes"));
    w.integer(s.minutes);
    w.key(QStringLiteral("kind"));
    w.string(toString(s.kind));
    w.key(QStringLiteral("therapist"));
    w.string(s.therapist);
    w.key(QStringLiteral("shooting_pain"));
    w.boolean(s.shootingPain);
    w.key(QStringLiteral("numbness"));
    w.boolean(s.numbness);
    w.key(QStringLiteral("note"));
    w.string(s.note);
    writeExtra(w, s.extra);
    w.endObject();
}

} // namespace

QByteArray writeBundle(const Bundle& bundle, const QDateTime& exportedAt)
{
    JsonWriter w;
    const Episode& e = bundle.episode;
    w.beginObject();
    w.key(QStringLiteral("format"));
    w.string(QStringLiteral("backlog-exchange"));
    w.key(QStringLiteral("version"));
    w.integer(Bundle::kFormatVersion);
    w.key(QStringLiteral("exported_at"));
    w.string(isoUtcDateTime(exportedAt));

    w.key(QStringLiteral("patient"));
    w.beginObject();
    w.key(QStringLiteral("name"));
    w.string(e.patientName);
    writeExtra(w, bundle.extraPatient);
    w.endObject();

    w.key(QStringLiteral("episode"));
    w.beginObject();
    w.key(QStringLiteral("onset_date"));
    w.string(isoDate(e.onsetDate));
    w.key(QStringLiteral("program_start"));
    w.string(isoDate(e.programStart));
    w.key(QStringLiteral("baseline"));
    w.beginObject();
    w.key(QStringLiteral("pain"));
    e.baselinePain ? w.number(*e.baselinePain) : w.null();
    w.key(QStringLiteral("function"));
    e.baselineFunction ? w.number(*e.baselineFunction) : w.null();
    w.endObject();
    w.key(QStringLiteral("activities"));
    w.beginArray();
    for (const QString& a : e.activities)
        w.string(a);
    w.endArray();
    const Screening& s = e.screening;
    w.key(QStringLiteral("screening"));
    w.beginObject();
    for (const ScreeningQuestion& q : screeningQuestions()) {
        w.key(QLatin1String(q.id));
        w.boolean(s.*q.answer);
    }
    w.key(QStringLiteral("surgery_date"));
    s.surgeryDate.isValid() ? w.string(isoDate(s.surgeryDate)) : w.null();
    w.endObject();
    if (!s.answered.isEmpty()) {
        w.key(QStringLiteral("screening_answered"));
        w.beginObject();
        for (const ScreeningQuestion& q : screeningQuestions()) {
            const QDate day = s.answered.value(QLatin1String(q.id));
            if (day.isValid()) {
                w.key(QLatin1String(q.id));
                w.string(isoDate(day));
            }
        }
        w.endObject();
    }
    writeExtra(w, e.extra);
    w.endObject();

    w.key(QStringLiteral("plan"));
    w.beginObject();
    w.key(QStringLiteral("template"));
    w.string(e.planTemplate);
    w.endObject();

    w.key(QStringLiteral("entries"));
    w.beginArray();
    for (const DailyEntry& entry : bundle.entries)
        writeEntry(w, entry);
    w.endArray();

    w.key(QStringLiteral("sessions"));
    w.beginArray();
    for (const Session& session : bundle.sessions)
        writeSession(w, session);
    w.endArray();

    w.key(QStringLiteral("alerts"));
    w.beginArray();
    for (const Alert& a : bundle.alerts) {
        w.beginObject();
        w.key(QStringLiteral("rule"));
        w.string(a.rule);
        w.key(QStringLiteral("level"));
        w.string(toString(a.level));
        w.key(QStringLiteral("date"));
        w.string(isoDate(a.date));
        w.key(QStringLiteral("acknowledged"));
        a.acknowledged.isValid() ? w.string(isoDate(a.acknowledged)) : w.null();
        w.endObject();
    }
    w.endArray();

    writeExtra(w, bundle.extraTop);
    w.endObject();
    return w.finish();
}

} // namespace backlog
