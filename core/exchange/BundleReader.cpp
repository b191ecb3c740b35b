// SPDX-License-Identifier: GPL-3.0-or-later
#include "Dates.h"
#include "Files.h"
#include "clinical/RuleTable.h"
#include "exchange/Bundle.h"
#include "model/Vocabulary.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <span>
#include <vector>

namespace backlog {
namespace {

constexpr int kMaxErrors = 20;

/// A short, readable rendering of a JSON value for an error message.
QString describe(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::String: {
        QString text = oneLine(value.toString());
        if (text.size() > 40)
            text = text.left(37) + QStringLiteral("...");
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    case QJsonValue::Array:
        return QCoreApplication::translate("BundleReader", "an array");
    case QJsonValue::Object:
        return QCoreApplication::translate("BundleReader", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("BundleReader", "nothing");
}

bool isWhole(double v)
{
    return std::isfinite(v) && v == std::floor(v);
}

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(BundleReader)

public:
    QStringList errors;
    QStringList warnings;
    qint64 moreWarningCount = 0; ///< warnings beyond kMaxWarnings, counted only
    /// The bundle's version: a version 1 file has none of the fields version 2 added (its
    /// new answers are "no" and "none"), so they are not read from it.
    int version = Bundle::kFormatVersion;

    void error(const QString& path, const QString& what)
    {
        if (errors.size() < kMaxErrors)
            errors << path + QStringLiteral(": ") + what;
    }

    void warn(const QString& path, const QString& what)
    {
        if (warnings.size() < kMaxWarnings)
            warnings << path + QStringLiteral(": ") + what;
        else
            ++moreWarningCount;
    }

    static QString at(const QString& parent, const QString& key)
    {
        return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
    }

    static QString at(const QString& parent, int index)
    {
        return parent + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
    }

    /// Keys of `object` that are not in `known`, as a JSON object.
    QJsonObject unknownFields(const QJsonObject& object, const QStringList& known,
                              const QString& path, bool keep)
    {
        QJsonObject extra;
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (known.contains(it.key()))
                continue;
            extra.insert(it.key(), it.value());
            warn(at(path, oneLine(it.key())),
                 keep ? tr("unknown field, kept as it is") : tr("unknown field, ignored"));
        }
        return extra;
    }

    std::optional<QJsonObject> object(const QJsonObject& parent, const QString& key,
                                      const QString& path, bool required)
    {
        const QJsonValue v = parent.value(key);
        const QString where = at(path, key);
        if (v.isUndefined() || (v.isNull() && !required)) {
            if (required)
                error(where, tr("missing, expected an object"));
            return std::nullopt;
        }
        if (!v.isObject()) {
            error(where, tr("%1 is not an object").arg(describe(v)));
            return std::nullopt;
        }
        return v.toObject();
    }

    std::optional<QDate> date(const QJsonObject& o, const QString& key, const QString& path,
                              bool required)
    {
        const QJsonValue v = o.value(key);
        const QString where = at(path, key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                error(where, tr("missing, expected a date YYYY-MM-DD"));
            return std::nullopt;
        }
        if (!v.isString()) {
            error(where, tr("%1 is not a date YYYY-MM-DD").arg(describe(v)));
            return std::nullopt;
        }
        const auto d = parseIsoDate(v.toString());
        if (!d) {
            error(where, tr("%1 is not a valid date YYYY-MM-DD").arg(describe(v)));
            return std::nullopt;
        }
        if (!isPlausibleDate(*d)) {
            error(where, tr("%1 is outside the years 1900..2199").arg(describe(v)));
            return std::nullopt;
        }
        return d;
    }

    /// A whole number in min..max; `fallback` when absent and not required.
    std::optional<int> integer(const QJsonObject& o, const QString& key, const QString& path,
                               int min, int max, bool required, int fallback = 0)
    {
        const QJsonValue v = o.value(key);
        const QString where = at(path, key);
        if (v.isUndefined()) {
            if (required) {
                error(where, tr("missing, expected a whole number %1..%2").arg(min).arg(max));
                return std::nullopt;
            }
            return fallback;
        }
        if (!v.isDouble() || !isWhole(v.toDouble())) {
            error(where, tr("%1 is not a whole number %2..%3")
                             .arg(describe(v), QString::number(min), QString::number(max)));
            return std::nullopt;
        }
        const double d = v.toDouble();
        if (d < min || d > max) {
            error(where, tr("%1 is out of range %2..%3")
                             .arg(describe(v), QString::number(min), QString::number(max)));
            return std::nullopt;
        }
        return static_cast<int>(d);
    }

    /// A score 0..10 with at most one decimal place; nullopt when absent or null.
    std::optional<double> score(const QJsonObject& o, const QString& key, const QString& path,
                                bool* bad)
    {
        const QJsonValue v = o.value(key);
        const QString where = at(path, key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isDouble()) {
            error(where, tr("%1 is not a number 0..10").arg(describe(v)));
            *bad = true;
            return std::nullopt;
        }
        const double d = v.toDouble();
        if (!(d >= 0.0 && d <= 10.0)) {
            error(where, tr("%1 is out of range 0..10").arg(describe(v)));
            *bad = true;
            return std::nullopt;
        }
        if (std::fabs(d * 10.0 - std::round(d * 10.0)) > 1e-6) {
            error(where, tr("%1 has more than one decimal place").arg(describe(v)));
            *bad = true;
            return std::nullopt;
        }
        return roundToTenth(d);
    }

    bool boolean(const QJsonObject& o, const QString& key, const QString& path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return false;
        if (!v.isBool()) {
            error(at(path, key), tr("%1 is not true or false").arg(describe(v)));
            return false;
        }
        return v.toBool();
    }

    QString text(const QJsonObject& o, const QString& key, const QString& path, int maxLength)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString()) {
            error(at(path, key), tr("%1 is not text").arg(describe(v)));
            return {};
        }
        if (v.toString().size() > maxLength) {
            error(at(path, key), tr("text of %1 characters is longer than %2")
                                     .arg(v.toString().size())
                                     .arg(maxLength));
            return {};
        }
        return v.toString();
    }

    template <typename E>
    E choice(const QJsonObject& o, const QString& key, const QString& path, E fallback,
             std::optional<E> (*parse)(const QString&), const QString& allowed)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return fallback;
        const auto parsed = v.isString() ? parse(v.toString()) : std::nullopt;
        if (!parsed) {
            error(at(path, key), tr("%1 is not one of %2").arg(describe(v), allowed));
            return fallback;
        }
        return *parsed;
    }

    void readEpisode(const QJsonObject& root, Bundle& bundle);
    void readEntries(const QJsonObject& root, Bundle& bundle);
    void readSessions(const QJsonObject& root, Bundle& bundle);
    void readAlerts(const QJsonObject& root, Bundle& bundle);
};

void Reader::readEpisode(const QJsonObject& root, Bundle& bundle)
{
    Episode& e = bundle.episode;

    if (const auto patient = object(root, QStringLiteral("patient"), {}, false)) {
        e.patientName = text(*patient, QStringLiteral("name"), QStringLiteral("patient"), 200);
        bundle.extraPatient =
            unknownFields(*patient, {QStringLiteral("name")}, QStringLiteral("patient"), true);
    }

    const auto episode = object(root, QStringLiteral("episode"), {}, true);
    if (!episode)
        return;
    const QString path = QStringLiteral("episode");
    const auto onset = date(*episode, QStringLiteral("onset_date"), path, true);
    const auto start = date(*episode, QStringLiteral("program_start"), path, true);
    if (onset)
        e.onsetDate = *onset;
    if (start)
        e.programStart = *start;
    if (onset && start && *onset > *start)
        error(at(path, QStringLiteral("onset_date")),
              tr("%1 is after program_start %2; the pain must start before the plan")
                  .arg(isoDate(*onset), isoDate(*start)));

    if (const auto baseline = object(*episode, QStringLiteral("baseline"), path, false)) {
        const QString bpath = at(path, QStringLiteral("baseline"));
        bool bad = false;
        e.baselinePain = score(*baseline, QStringLiteral("pain"), bpath, &bad);
        e.baselineFunction = score(*baseline, QStringLiteral("function"), bpath, &bad);
        unknownFields(*baseline, {QStringLiteral("pain"), QStringLiteral("function")}, bpath,
                      false);
    }

    const QJsonValue activities = episode->value(QStringLiteral("activities"));
    const QString apath = at(path, QStringLiteral("activities"));
    if (!activities.isUndefined() && !activities.isNull()) {
        if (!activities.isArray()) {
            error(apath, tr("%1 is not a list of activities").arg(describe(activities)));
        } else if (activities.toArray().size() > 5) {
            error(apath, tr("%1 activities, expected at most 5").arg(activities.toArray().size()));
        } else {
            const QJsonArray list = activities.toArray();
            for (int i = 0; i < list.size(); ++i) {
                if (!list.at(i).isString() || list.at(i).toString().trimmed().isEmpty())
                    error(at(apath, i),
                          tr("%1 is not the name of an activity").arg(describe(list.at(i))));
                else
                    e.activities << list.at(i).toString();
            }
        }
    }

    if (const auto screening = object(*episode, QStringLiteral("screening"), path, false)) {
        const QString spath = at(path, QStringLiteral("screening"));
        Screening& s = e.screening;
        QStringList known;
        for (const ScreeningQuestion& q : screeningQuestions()) {
            if (version < 2 && !q.inVersion1)
                continue;
            s.*q.answer = boolean(*screening, QLatin1String(q.id), spath);
            known << QLatin1String(q.id);
        }
        if (const auto surgery = date(*screening, QStringLiteral("surgery_date"), spath, false))
            s.surgeryDate = *surgery;
        known << QStringLiteral("surgery_date");
        unknownFields(*screening, known, spath, false);
    }

    // screening_answered (version 2): the day each "yes" was given.
    const auto answered = version >= 2
                              ? object(*episode, QStringLiteral("screening_answered"), path, false)
                              : std::nullopt;
    if (answered) {
        const QString apath = at(path, QStringLiteral("screening_answered"));
        for (auto it = answered->begin(); it != answered->end(); ++it) {
            bool isQuestion = false;
            for (const ScreeningQuestion& q : screeningQuestions())
                isQuestion = isQuestion || it.key() == QLatin1String(q.id);
            if (!isQuestion) {
                warn(at(apath, it.key()),
                     tr("not a screening question id such as SCR-TRAUMA; ignored"));
                continue;
            }
            if (const auto day = date(*answered, it.key(), apath, false))
                e.screening.answered.insert(it.key(), *day);
        }
    }

    e.extra = unknownFields(*episode,
                            {QStringLiteral("onset_date"), QStringLiteral("program_start"),
                             QStringLiteral("baseline"), QStringLiteral("activities"),
                             QStringLiteral("screening"), QStringLiteral("screening_answered")},
                            path, true);

    if (const auto plan = object(root, QStringLiteral("plan"), {}, false)) {
        const QJsonValue t = plan->value(QStringLiteral("template"));
        if (!t.isUndefined() && t != QJsonValue(QStringLiteral("default")))
            error(QStringLiteral("plan.template"),
                  tr("%1 is not a known plan template (known: \"default\")").arg(describe(t)));
        unknownFields(*plan, {QStringLiteral("template")}, QStringLiteral("plan"), false);
    }
}

void Reader::readEntries(const QJsonObject& root, Bundle& bundle)
{
    const QJsonValue v = root.value(QStringLiteral("entries"));
    if (v.isUndefined() || v.isNull())
        return;
    if (!v.isArray()) {
        error(QStringLiteral("entries"), tr("%1 is not a list of entries").arg(describe(v)));
        return;
    }
    const QJsonArray list = v.toArray();
    QHash<QDate, int> seen;
    for (int i = 0; i < list.size(); ++i) {
        const QString path = at(QStringLiteral("entries"), i);
        if (!list.at(i).isObject()) {
            error(path, tr("%1 is not an entry object").arg(describe(list.at(i))));
            continue;
        }
        const QJsonObject o = list.at(i).toObject();
        DailyEntry entry;
        const auto d = date(o, QStringLiteral("date"), path, true);
        if (d) {
            entry.date = *d;
            if (seen.contains(*d))
                error(at(path, QStringLiteral("date")),
                      tr("%1 appears twice (also entries[%2]); one entry per date")
                          .arg(isoDate(*d))
                          .arg(seen.value(*d)));
            else
                seen.insert(*d, i);
        }
        entry.pain = integer(o, QStringLiteral("pain"), path, 0, 10, true).value_or(0);
        bool badFunction = false;
        entry.function = score(o, QStringLiteral("function"), path, &badFunction);

        const QJsonValue scores = o.value(QStringLiteral("activity_scores"));
        const QString spath = at(path, QStringLiteral("activity_scores"));
        if (!scores.isUndefined() && !scores.isNull()) {
            if (!scores.isArray()) {
                error(spath, tr("%1 is not a list of scores").arg(describe(scores)));
            } else if (scores.toArray().size() > 5) {
                error(spath, tr("%1 scores, expected at most 5").arg(scores.toArray().size()));
            } else {
                const QJsonArray a = scores.toArray();
                for (int k = 0; k < a.size(); ++k) {
                    const QJsonValue s = a.at(k);
                    if (s.isNull())
                        entry.activityScores << std::nullopt; // not rated yet
                    else if (!s.isDouble() || !isWhole(s.toDouble()))
                        error(at(spath, k), tr("%1 is not a whole number 0..10").arg(describe(s)));
                    else if (s.toDouble() < 0 || s.toDouble() > 10)
                        error(at(spath, k), tr("%1 is out of range 0..10").arg(describe(s)));
                    else
                        entry.activityScores << static_cast<int>(s.toDouble());
                }
            }
        }
        const auto mean = functionFromActivities(
            entry.activityScores, static_cast<int>(bundle.episode.activities.size()));
        if (!badFunction && mean) {
            if (!entry.function)
                entry.function = mean;
            else if (std::fabs(*entry.function - *mean) > 0.05 + 1e-9)
                warn(at(path, QStringLiteral("function")),
                     tr("%1 is not the mean of activity_scores (%2); the value given is kept")
                         .arg(*entry.function)
                         .arg(*mean));
        }

        if (const auto sym = object(o, QStringLiteral("symptoms"), path, false)) {
            const QString p = at(path, QStringLiteral("symptoms"));
            Symptoms& s = entry.symptoms;
            QStringList known;
            // In the bundle's order, so that errors come in the order of the fields. A
            // version 1 bundle has none of the answers version 2 added: they stay "no" and
            // "none", and their fields are unknown there.
            const auto readYesNo = [&](std::span<const YesNoSymptom> symptoms) {
                for (const YesNoSymptom& symptom : symptoms) {
                    if (version < 2 && !symptom.inVersion1)
                        continue;
                    const QString key = QLatin1String(symptom.key);
                    s.*symptom.member = boolean(*sym, key, p);
                    known << key;
                }
            };
            readYesNo(yesNoSymptomsBeforeLegs());
            static const QString weaknessNames = quotedNames(legWeaknessAnswers());
            s.legWeakness = choice(*sym, QLatin1String(kLegWeaknessKey), p, LegWeakness::None,
                                   &legWeaknessFromString, weaknessNames);
            known << QLatin1String(kLegWeaknessKey);
            if (version >= 2) {
                static const QString painNames = quotedNames(legPainAnswers());
                s.legPain = choice(*sym, QLatin1String(kLegPainKey), p, LegPain::None,
                                   &legPainFromString, painNames);
                known << QLatin1String(kLegPainKey);
            }
            readYesNo(yesNoSymptomsAfterLegs());
            unknownFields(*sym, known, p, false);
        }

        if (const auto after = object(o, QStringLiteral("after_session"), path, false)) {
            const QString p = at(path, QStringLiteral("after_session"));
            AfterSession a;
            a.stiffness =
                choice(*after, QStringLiteral("stiffness"), p, Stiffness::None,
                       &stiffnessFromString, QStringLiteral("\"none\", \"mild\", \"severe\""));
            a.reaction = boolean(*after, QStringLiteral("reaction"), p);
            unknownFields(*after, {QStringLiteral("stiffness"), QStringLiteral("reaction")}, p,
                          false);
            entry.afterSession = a;
        }

        if (const auto care = object(o, QStringLiteral("self_care"), path, false)) {
            const QString p = at(path, QStringLiteral("self_care"));
            SelfCare& c = entry.selfCare;
            QStringList known;
            for (const SelfCareItem& item : selfCareItems()) {
                const QString key = QLatin1String(item.key);
                if (item.amount)
                    c.*item.amount = integer(*care, key, p, 0, item.maxAmount, false).value_or(0);
                else
                    c.*item.done = boolean(*care, key, p);
                known << key;
            }
            unknownFields(*care, known, p, false);
        }

        entry.note = text(o, QStringLiteral("note"), path, 10000);
        entry.extra = unknownFields(o,
                                    {QStringLiteral("date"), QStringLiteral("pain"),
                                     QStringLiteral("function"), QStringLiteral("activity_scores"),
                                     QStringLiteral("symptoms"), QStringLiteral("after_session"),
                                     QStringLiteral("self_care"), QStringLiteral("note")},
                                    path, true);
        bundle.entries << entry;
    }
    std::stable_sort(bundle.entries.begin(), bundle.entries.end(),
                     [](const DailyEntry& a, const DailyEntry& b) { return a.date < b.date; });
}

void Reader::readSessions(const QJsonObject& root, Bundle& bundle)
{
    const QJsonValue v = root.value(QStringLiteral("sessions"));
    if (v.isUndefined() || v.isNull())
        return;
    if (!v.isArray()) {
        error(QStringLiteral("sessions"), tr("%1 is not a list of sessions").arg(describe(v)));
        return;
    }
    const QJsonArray list = v.toArray();
    for (int i = 0; i < list.size(); ++i) {
        const QString path = at(QStringLiteral("sessions"), i);
        if (!list.at(i).isObject()) {
            error(path, tr("%1 is not a session object").arg(describe(list.at(i))));
            continue;
        }
        const QJsonObject o = list.at(i).toObject();
        Session s;
        if (const auto d = date(o, QStringLiteral("date"), path, true)) {
            s.date = *d;
            const QDate earliest = bundle.episode.earliestSessionDate();
            if (earliest.isValid() && *d < earliest)
                error(at(path, QStringLiteral("date")),
                      tr("%1 is more than a year before the pain began (%2); a session of this "
                         "episode cannot be dated before %3")
                          .arg(isoDate(*d), isoDate(bundle.episode.onsetDate), isoDate(earliest)));
        }
        s.minutes = integer(o, QStringLiteral("minutes"), path, 1, 600, true).value_or(0);
        static const QString kindNames = quotedNames(sessionKinds());
        s.kind = choice(o, QStringLiteral("kind"), path, SessionKind::Other, &sessionKindFromString,
                        kindNames);
        s.therapist = text(o, QStringLiteral("therapist"), path, 200);
        s.shootingPain = boolean(o, QStringLiteral("shooting_pain"), path);
        s.numbness = boolean(o, QStringLiteral("numbness"), path);
        s.note = text(o, QStringLiteral("note"), path, 10000);
        s.extra = unknownFields(o,
                                {QStringLiteral("date"), QStringLiteral("minutes"),
                                 QStringLiteral("kind"), QStringLiteral("therapist"),
                                 QStringLiteral("shooting_pain"), QStringLiteral("numbness"),
                                 QStringLiteral("note")},
                                path, true);
        bundle.sessions << s;
    }
    std::stable_sort(bundle.sessions.begin(), bundle.sessions.end(),
                     [](const Session& a, const Session& b) { return a.date < b.date; });
}

void Reader::readAlerts(const QJsonObject& root, Bundle& bundle)
{
    const QJsonValue v = root.value(QStringLiteral("alerts"));
    if (v.isUndefined() || v.isNull())
        return;
    if (!v.isArray()) {
        error(QStringLiteral("alerts"), tr("%1 is not a list of alerts").arg(describe(v)));
        return;
    }
    const QJsonArray list = v.toArray();
    QSet<QString> seen;
    for (int i = 0; i < list.size(); ++i) {
        const QString path = at(QStringLiteral("alerts"), i);
        if (!list.at(i).isObject()) {
            error(path, tr("%1 is not an alert object").arg(describe(list.at(i))));
            continue;
        }
        const QJsonObject o = list.at(i).toObject();
        Alert a;
        const QJsonValue rule = o.value(QStringLiteral("rule"));
        const RuleInfo* info = rule.isString() ? findRule(rule.toString()) : nullptr;
        if (rule.isUndefined())
            error(at(path, QStringLiteral("rule")), tr("missing, expected a rule id"));
        else if (!info)
            error(at(path, QStringLiteral("rule")),
                  tr("%1 is not a known rule id").arg(describe(rule)));
        else
            a.rule = info->id;
        const QJsonValue level = o.value(QStringLiteral("level"));
        if (info) {
            // The level the alert was recorded at; one less urgent than the rule's level now
            // (an alert made more urgent by clinical rules version 2) is kept, and its
            // acknowledgement then no longer counts.
            a.level = info->level;
            if (!level.isUndefined() && !level.isNull()) {
                const auto recorded =
                    level.isString() ? alertLevelFromString(level.toString()) : std::nullopt;
                if (!recorded)
                    error(at(path, QStringLiteral("level")),
                          tr("%1 is not one of \"emergency\", \"urgent\", \"stop-massage\", "
                             "\"see-doctor\", \"clearance\", \"info\"")
                              .arg(describe(level)));
                else
                    a.level = *recorded;
            }
        }
        if (const auto d = date(o, QStringLiteral("date"), path, true))
            a.date = *d;
        if (const auto ack = date(o, QStringLiteral("acknowledged"), path, false)) {
            a.acknowledged = *ack;
            if (a.date.isValid() && *ack < a.date)
                error(at(path, QStringLiteral("acknowledged")),
                      tr("%1 is before the alert's date %2").arg(isoDate(*ack), isoDate(a.date)));
        }
        unknownFields(o,
                      {QStringLiteral("rule"), QStringLiteral("level"), QStringLiteral("date"),
                       QStringLiteral("acknowledged")},
                      path, false);
        const QString key = a.key();
        if (info && a.date.isValid()) {
            if (seen.contains(key)) {
                error(path, tr("alert %1 on %2 appears twice").arg(a.rule, isoDate(a.date)));
                continue;
            }
            seen.insert(key);
        }
        bundle.alerts << a;
    }
    std::stable_sort(bundle.alerts.begin(), bundle.alerts.end(),
                     [](const Alert& x, const Alert& y) {
                         return x.date != y.date ? x.date < y.date : x.rule < y.rule;
                     });
}

/// Line and column (both from 1) of a byte offset.
std::pair<int, int> lineAndColumn(const QByteArray& text, int offset)
{
    int line = 1, column = 1;
    for (int i = 0; i < offset && i < text.size(); ++i) {
        if (text.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

/// What Qt's JSON parser accepts but a bundle must not hold, found by a strict scan of our
/// own before parsing: a key twice in one object (Qt keeps the last one silently), half a
/// surrogate pair in a \u escape (stored as a broken character that swallows the next
/// one), and a raw control character inside a string. The offset of the first, with its
/// message; offset -1 when there is none. Anything else that is not JSON is left for
/// Qt's parser to report.
struct StrictProblem
{
    qsizetype offset = -1;
    QString message;
};

class StrictScanner
{
public:
    explicit StrictScanner(const QByteArray& json) : m_json(json) {}

    StrictProblem scan()
    {
        qsizetype i = 0;
        if (m_json.startsWith("\xEF\xBB\xBF"))
            i = 3;
        while (i < m_json.size() && m_problem.offset < 0) {
            const char c = m_json.at(i);
            switch (c) {
            case '{':
                m_frames.push_back(Frame{true, true, {}});
                ++i;
                break;
            case '[':
                m_frames.push_back(Frame{false, false, {}});
                ++i;
                break;
            case '}':
            case ']':
                if (m_frames.empty())
                    return m_problem; // not JSON: Qt's parser says where
                m_frames.pop_back();
                ++i;
                break;
            case ',':
                if (!m_frames.empty() && m_frames.back().object)
                    m_frames.back().expectKey = true;
                ++i;
                break;
            case ':':
                ++i;
                break;
            case '"': {
                const bool isKey =
                    !m_frames.empty() && m_frames.back().object && m_frames.back().expectKey;
                QString text;
                const qsizetype start = i;
                if (!readString(i, text))
                    return m_problem;
                if (isKey) {
                    Frame& f = m_frames.back();
                    f.expectKey = false;
                    if (f.keys.contains(text)) {
                        fail(start, QCoreApplication::translate(
                                        "BundleReader",
                                        "the key \"%1\" appears twice in one object; each key may "
                                        "appear once")
                                        .arg(oneLine(text)));
                        return m_problem;
                    }
                    f.keys.insert(text);
                }
                break;
            }
            default:
                ++i; // numbers, literals and white space need no check here
                break;
            }
        }
        return m_problem;
    }

private:
    struct Frame
    {
        bool object;
        bool expectKey;
        QSet<QString> keys;
    };

    void fail(qsizetype offset, const QString& message)
    {
        if (m_problem.offset < 0)
            m_problem = StrictProblem{offset, message};
    }

    static int hexValue(const QByteArray& json, qsizetype at)
    {
        if (at + 4 > json.size())
            return -1;
        bool ok = false;
        const int value = json.mid(at, 4).toInt(&ok, 16);
        return ok ? value : -1;
    }

    /// Reads the string starting at the quote at `i`; leaves `i` after its closing quote.
    /// False when the scan stops (a problem, or the end of the text: Qt says what).
    bool readString(qsizetype& i, QString& text)
    {
        QByteArray raw;
        ++i;
        while (i < m_json.size()) {
            const auto c = static_cast<unsigned char>(m_json.at(i));
            if (c == '"') {
                ++i;
                text += QString::fromUtf8(raw);
                return true;
            }
            if (c < 0x20) {
                fail(i, QCoreApplication::translate("BundleReader",
                                                    "a control character (U+%1) inside a string; "
                                                    "write it as an escape such as \\n")
                            .arg(c, 4, 16, QLatin1Char('0')));
                return false;
            }
            if (c != '\\') {
                raw.append(static_cast<char>(c));
                ++i;
                continue;
            }
            if (i + 1 >= m_json.size())
                return false;
            const char e = m_json.at(i + 1);
            if (e != 'u') {
                static const char kPlain[] = "\"\\/bfnrt";
                static const char kMeant[] = "\"\\/\b\f\n\r\t";
                const char* at = std::strchr(kPlain, e);
                if (!at || e == '\0') {
                    // Qt's parser takes an unknown escape as the letter itself.
                    fail(i, QCoreApplication::translate("BundleReader",
                                                        "\\%1 is not an escape JSON knows; "
                                                        "write a backslash as \\\\")
                                .arg(oneLine(QString::fromUtf8(QByteArray(1, e)))));
                    return false;
                }
                raw.append(kMeant[at - kPlain]);
                i += 2;
                continue;
            }
            const int unit = hexValue(m_json, i + 2);
            if (unit < 0) {
                fail(i, QCoreApplication::translate("BundleReader",
                                                    "\\u is not followed by four hexadecimal "
                                                    "digits"));
                return false;
            }
            const auto half = [&](qsizetype at, int value) {
                fail(at, QCoreApplication::translate("BundleReader",
                                                     "\\u%1 is half of a surrogate pair, not a "
                                                     "character")
                             .arg(value, 4, 16, QLatin1Char('0')));
            };
            if (unit >= 0xDC00 && unit <= 0xDFFF) {
                half(i, unit);
                return false;
            }
            text += QString::fromUtf8(raw);
            raw.clear();
            if (unit >= 0xD800 && unit <= 0xDBFF) {
                const int low =
                    (i + 7 < m_json.size() && m_json.at(i + 6) == '\\' && m_json.at(i + 7) == 'u')
                        ? hexValue(m_json, i + 8)
                        : -1;
                if (low < 0xDC00 || low > 0xDFFF) {
                    half(i, unit);
                    return false;
                }
                text += QChar(static_cast<char16_t>(unit));
                text += QChar(static_cast<char16_t>(low));
                i += 12;
                continue;
            }
            text += QChar(static_cast<char16_t>(unit));
            i += 6;
        }
        return false;
    }

    const QByteArray& m_json;
    std::vector<Frame> m_frames;
    StrictProblem m_problem;
};

} // namespace

Result<BundleRead> readBundle(const QByteArray& json, const QString& sourceName)
{
    const auto fail = [&](const QString& message) {
        return badInput(sourceName + QStringLiteral(": ") + message);
    };

    if (json.trimmed().isEmpty())
        return fail(QCoreApplication::translate(
            "BundleReader", "the file is empty; expected an exchange bundle (JSON)"));
    if (const StrictProblem p = StrictScanner(json).scan(); p.offset >= 0) {
        const auto [line, column] = lineAndColumn(json, static_cast<int>(p.offset));
        return fail(QCoreApplication::translate("BundleReader", "line %1, column %2: %3")
                        .arg(QString::number(line), QString::number(column), p.message));
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, parseError.offset);
        return fail(
            QCoreApplication::translate("BundleReader", "line %1, column %2: not valid JSON (%3)")
                .arg(line)
                .arg(column)
                .arg(parseError.errorString()));
    }
    if (!doc.isObject())
        return fail(QCoreApplication::translate(
            "BundleReader", "the top level is not an object; expected an exchange bundle"));
    const QJsonObject root = doc.object();

    const QJsonValue format = root.value(QStringLiteral("format"));
    if (format.isUndefined())
        return fail(QCoreApplication::translate("BundleReader",
                                                "format: missing, expected \"backlog-exchange\""));
    if (format != QJsonValue(QStringLiteral("backlog-exchange")))
        return fail(
            QCoreApplication::translate("BundleReader", "format: %1 is not \"backlog-exchange\"")
                .arg(describe(format)));
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (version.isUndefined())
        return fail(
            QCoreApplication::translate("BundleReader", "version: missing, expected 1 or 2"));
    if (!version.isDouble() || !isWhole(version.toDouble()))
        return fail(QCoreApplication::translate("BundleReader", "version: %1 is not a whole number")
                        .arg(describe(version)));
    if (version.toDouble() < 1 || version.toDouble() > Bundle::kFormatVersion)
        return fail(QCoreApplication::translate(
                        "BundleReader",
                        "version: %1 is not supported (this version of BackLog reads versions 1 "
                        "to %2)")
                        .arg(describe(version))
                        .arg(Bundle::kFormatVersion));

    Reader reader;
    reader.version = static_cast<int>(version.toDouble());
    BundleRead result;
    Bundle& bundle = result.bundle;

    const QJsonValue exported = root.value(QStringLiteral("exported_at"));
    if (!exported.isUndefined() && !exported.isNull()) {
        const auto dt = exported.isString() ? parseUtcDateTime(exported.toString()) : std::nullopt;
        if (!dt)
            reader.error(QStringLiteral("exported_at"),
                         QCoreApplication::translate(
                             "BundleReader", "%1 is not a date-time such as 2026-11-21T10:00:00Z")
                             .arg(describe(exported)));
        else if (!isPlausibleDate(dt->date())) // in UTC; a later year is not written back
            reader.error(
                QStringLiteral("exported_at"),
                QCoreApplication::translate("BundleReader", "%1 is outside the years 1900..2199")
                    .arg(describe(exported)));
        else
            bundle.exportedAt = *dt;
    }

    reader.readEpisode(root, bundle);
    reader.readEntries(root, bundle);
    reader.readSessions(root, bundle);
    reader.readAlerts(root, bundle);
    bundle.extraTop = reader.unknownFields(
        root,
        {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("exported_at"),
         QStringLiteral("patient"), QStringLiteral("episode"), QStringLiteral("plan"),
         QStringLiteral("entries"), QStringLiteral("sessions"), QStringLiteral("alerts")},
        {}, true);

    if (!reader.errors.isEmpty()) {
        QStringList lines;
        for (const QString& e : reader.errors)
            lines << sourceName + QStringLiteral(": ") + e;
        return badInput(lines.join(QLatin1Char('\n')));
    }
    for (const QString& w : reader.warnings)
        result.warnings << sourceName + QStringLiteral(": ") + w;
    if (reader.moreWarningCount > 0)
        result.warnings << moreWarnings(sourceName, reader.moreWarningCount);
    return result;
}

Result<BundleRead> readBundleFile(const QString& path)
{
    if (!QFileInfo::exists(path))
        return badInput(QCoreApplication::translate("BundleReader", "%1: no such file").arg(path));
    // Read in chunks up to the limit: a pipe, a FIFO or a device has no size to check first.
    const Result<QByteArray> data = readFileLimited(path);
    if (!data)
        return data.error();
    return readBundle(data.value(), path);
}

} // namespace backlog
