// SPDX-License-Identifier: GPL-3.0-or-later
#include "clinical/RuleTable.h"

#include "Dates.h"
#include "clinical/Engine.h"
#include "clinical/Hold.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace backlog {
namespace {

QString num(double value)
{
    return QString::number(roundToHundredth(value), 'g', QLocale::FloatingPointShortest);
}

// ---- 4.1 Screening: fire once, on the later of program_start and the day of the "yes" ---

QString screeningId(bool Screening::*answer)
{
    for (const ScreeningQuestion& q : screeningQuestions())
        if (q.answer == answer)
            return QString::fromLatin1(q.id);
    return {};
}

template <bool Screening::*Answer> QDate screeningYes(const RuleContext& c, int, QString* why)
{
    const Episode& e = c.history.episode();
    const QString id = screeningId(Answer);
    const QDate date = screeningAlertDate(e, id);
    if (!date.isValid())
        return {};
    if (why) {
        const QDate answered = e.screening.answered.value(id);
        *why =
            answered.isValid()
                ? QCoreApplication::translate("Rules",
                                              "Answered yes in the screening questions on %1.")
                      .arg(messageDate(answered))
                : QCoreApplication::translate("Rules", "Answered yes in the screening questions.");
    }
    return date;
}

QDate screeningSurgery(const RuleContext& c, int subject, QString* why)
{
    const QDate date = screeningYes<&Screening::surgery6w>(c, subject, why);
    if (date.isValid() && why) {
        const SurgeryHold hold = surgeryHold(c.history.episode());
        *why =
            hold.dateGiven
                ? QCoreApplication::translate("Rules", "Back surgery on %1: no massage before %2.")
                      .arg(messageDate(hold.surgery), messageDate(hold.to.addDays(1)))
                : QCoreApplication::translate(
                      "Rules",
                      "Back surgery in the last 6 weeks, date not given: no massage for 42 "
                      "days from %1, that is before %2.")
                      .arg(messageDate(hold.from), messageDate(hold.to.addDays(1)));
    }
    return date;
}

// ---- 4.2 Daily symptom check: subject is an entry index ------------------------------

QString reportedOn(const DailyEntry& e)
{
    return QCoreApplication::translate("Rules", "Reported in the daily check-in of %1.")
        .arg(messageDate(e.date));
}

template <bool Symptoms::*Symptom> QDate reported(const RuleContext& c, int i, QString* why)
{
    const DailyEntry& e = c.history.entries()[i];
    if (!(e.symptoms.*Symptom))
        return {};
    if (why)
        *why = reportedOn(e);
    return e.date;
}

template <LegPain Which> QDate legPain(const RuleContext& c, int i, QString* why)
{
    const DailyEntry& e = c.history.entries()[i];
    if (e.symptoms.legPain != Which)
        return {};
    if (why)
        *why = reportedOn(e);
    return e.date;
}

QDate legWeakness(const RuleContext& c, int i, QString* why)
{
    const DailyEntry& e = c.history.entries()[i];
    if (e.symptoms.legWeakness == LegWeakness::None)
        return {};
    if (why)
        *why = QCoreApplication::translate("Rules", "Leg weakness reported on %1.")
                   .arg(messageDate(e.date));
    return e.date;
}

QDate legWeaknessProgressive(const RuleContext& c, int i, QString* why)
{
    const DailyEntry& e = c.history.entries()[i];
    if (e.symptoms.legWeakness != LegWeakness::Worse)
        return {};
    if (why)
        *why = QCoreApplication::translate(
                   "Rules", "Leg weakness reported as worse than at the last report on %1.")
                   .arg(messageDate(e.date));
    return e.date;
}

/// Fever on a day when SCR-IMMUNO counts (from its date) or SCR-INFECTION counts (for 90
/// days from its date, that day included).
QDate feverRisk(const RuleContext& c, int i, QString* why)
{
    const DailyEntry& e = c.history.entries()[i];
    if (!e.symptoms.fever)
        return {};
    const Episode& episode = c.history.episode();
    const QDate immuno = screeningAlertDate(episode, QStringLiteral("SCR-IMMUNO"));
    const QDate infection = screeningAlertDate(episode, QStringLiteral("SCR-INFECTION"));
    const bool immunoCounts = immuno.isValid() && e.date >= immuno;
    const bool infectionCounts =
        infection.isValid() && e.date >= infection && e.date <= infection.addDays(89);
    if (!immunoCounts && !infectionCounts)
        return {};
    if (why)
        *why =
            (immunoCounts
                 ? QCoreApplication::translate(
                       "Rules",
                       "Fever reported on %1, with long-term steroids, a weakened immune system or "
                       "injected drug use answered yes on %2.")
                       .arg(messageDate(e.date), messageDate(immuno))
                 : QCoreApplication::translate(
                       "Rules",
                       "Fever reported on %1, within 90 days of a recent infection, spinal "
                       "injection or operation answered yes on %2.")
                       .arg(messageDate(e.date), messageDate(infection)));
    return e.date;
}

QDate nightPainRecurrent(const RuleContext& c, int i, QString* why)
{
    const DailyEntry& e = c.history.entries()[i];
    if (!e.symptoms.nightPain)
        return {};
    const int nights = c.history.nightPainCount(e.date.addDays(-6), e.date);
    if (nights < 3)
        return {};
    if (why)
        *why = QCoreApplication::translate(
                   "Rules", "Pain prevented sleep on %1 nights of the 7 days up to %2.")
                   .arg(nights)
                   .arg(messageDate(e.date));
    return e.date;
}

// ---- 4.3 After a massage session: subject is a session index -------------------------

template <bool Session::*Flag> QDate duringSession(const RuleContext& c, int j, QString* why)
{
    const Session& s = c.history.sessions()[j];
    if (!(s.*Flag))
        return {};
    if (why)
        *why = QCoreApplication::translate("Rules", "Reported for the session of %1.")
                   .arg(messageDate(s.date));
    return s.date;
}

/// The first entry dated on or after session date + `days` whose session is `j` and that
/// satisfies `reports`.
template <typename Pred>
const DailyEntry* firstLateReport(const RuleContext& c, int j, int days, Pred reports)
{
    const Session& s = c.history.sessions()[j];
    const QList<DailyEntry>& entries = c.history.entries();
    const QDate from = s.date.addDays(days);
    auto it = std::lower_bound(entries.begin(), entries.end(), from,
                               [](const DailyEntry& e, const QDate& d) { return e.date < d; });
    for (; it != entries.end(); ++it) {
        if (c.history.sessionBefore(it->date) != j)
            break; // a newer session: later entries are about that one
        if (reports(*it))
            return &*it;
    }
    return nullptr;
}

QDate stiffness48h(const RuleContext& c, int j, QString* why)
{
    const DailyEntry* e = firstLateReport(c, j, 2, [](const DailyEntry& x) {
        return x.afterSession && x.afterSession->stiffness == Stiffness::Severe;
    });
    if (!e)
        return {};
    if (why)
        *why = QCoreApplication::translate(
                   "Rules", "Severe stiffness on %1, %2 days after the session of %3.")
                   .arg(messageDate(e->date))
                   .arg(c.history.sessions()[j].date.daysTo(e->date))
                   .arg(messageDate(c.history.sessions()[j].date));
    return e->date;
}

QDate reaction72h(const RuleContext& c, int j, QString* why)
{
    const DailyEntry* e = firstLateReport(
        c, j, 3, [](const DailyEntry& x) { return x.afterSession && x.afterSession->reaction; });
    if (!e)
        return {};
    if (why)
        *why =
            QCoreApplication::translate(
                "Rules", "A reaction to the session of %1 was still present on %2, %3 days later.")
                .arg(messageDate(c.history.sessions()[j].date), messageDate(e->date))
                .arg(c.history.sessions()[j].date.daysTo(e->date));
    return e->date;
}

/// MS-FLARE (`Severe` false) and MS-FLARE-SEVERE (`Severe` true): pain on S+1 against S-1.
template <bool Severe> QDate flare(const RuleContext& c, int j, QString* why)
{
    const Session& s = c.history.sessions()[j];
    const DailyEntry* before = c.history.entryOn(s.date.addDays(-1));
    const DailyEntry* after = c.history.entryOn(s.date.addDays(1));
    if (!before || !after)
        return {};
    const int rise = after->pain - before->pain;
    const bool severe = rise >= 4 || (rise >= 2 && after->pain >= 8);
    if (rise < 2 || severe != Severe)
        return {};
    if (why)
        *why =
            QCoreApplication::translate(
                "Rules", "Pain %1 the day after the session of %2, against %3 the day before it.")
                .arg(after->pain)
                .arg(messageDate(s.date))
                .arg(before->pain);
    return after->date;
}

QDate whileStopped(const RuleContext& c, int j, QString* why)
{
    const Session& s = c.history.sessions()[j];
    if (!c.hold)
        return {};
    const QStringList reasons = c.hold->reasons(s.date);
    if (reasons.isEmpty())
        return {};
    if (why)
        *why = QCoreApplication::translate("Rules",
                                           "Session on %1 while massage was on hold because of %2.")
                   .arg(messageDate(s.date), reasons.join(QStringLiteral(", ")));
    return s.date;
}

QDate surgeryHoldSession(const RuleContext& c, int j, QString* why)
{
    const Session& s = c.history.sessions()[j];
    const SurgeryHold hold = surgeryHold(c.history.episode());
    if (!hold.covers(s.date))
        return {};
    if (why)
        *why = QCoreApplication::translate(
                   "Rules", "Session on %1, before the end of the post-surgery hold on %2.")
                   .arg(messageDate(s.date), messageDate(hold.to));
    return s.date;
}

QDate shortSession(const RuleContext& c, int j, QString* why)
{
    const Session& s = c.history.sessions()[j];
    if (s.minutes >= 30)
        return {};
    if (why)
        *why = QCoreApplication::translate("Rules", "Session of %1 minutes on %2.")
                   .arg(s.minutes)
                   .arg(messageDate(s.date));
    return s.date;
}

// ---- 4.4 Course of treatment: subject is a day offset from program_start -------------

QDate courseDate(const RuleContext& c, int offset)
{
    return c.history.episode().programStart.addDays(offset);
}

QString painVersusBaseline(const RuleContext& c, const QDate& d)
{
    const auto mean = c.history.painRecent(d);
    const auto baseline = c.history.baselinePain(d);
    return QCoreApplication::translate("Rules",
                                       "Recent mean pain %1 against a baseline of %2 on %3.")
        .arg(mean ? num(*mean) : QCoreApplication::translate("Rules", "unknown"),
             baseline ? num(*baseline) : QCoreApplication::translate("Rules", "unknown"),
             messageDate(d));
}

template <bool AdherentEnough> QDate noImprovement8w(const RuleContext& c, int offset, QString* why)
{
    const QDate d = courseDate(c, offset);
    if (c.history.programDay(d) < 56)
        return {};
    const int consistent = c.history.consistentWeeksInFirstEight();
    if ((consistent >= 6) != AdherentEnough || !c.history.notSignificantlyImproved(d) ||
        c.history.acceptablePain(d))
        return {};
    if (why)
        *why = painVersusBaseline(c, d) + QLatin1Char(' ') +
               QCoreApplication::translate("Rules",
                                           "%1 of the first 8 weeks were consistent with the plan.")
                   .arg(consistent);
    return d;
}

QDate functionDiverges(const RuleContext& c, int offset, QString* why)
{
    const QDate d = courseDate(c, offset);
    const QDate earlier = d.addDays(-14);
    const auto p = c.history.painRecent(d), p0 = c.history.painRecent(earlier);
    const auto f = c.history.functionRecent(d), f0 = c.history.functionRecent(earlier);
    if (!p || !p0 || !f || !f0)
        return {};
    if (!(*f0 - *f >= 2.0 - kTolerance) || !(*p <= *p0 + kTolerance))
        return {};
    if (why)
        *why = QCoreApplication::translate(
                   "Rules",
                   "Recent mean function fell from %1 to %2 between %3 and %4 while pain went "
                   "from %5 to %6.")
                   .arg(num(*f0), num(*f), messageDate(earlier), messageDate(d), num(*p0), num(*p));
    return d;
}

QDate painWorsening(const RuleContext& c, int offset, QString* why)
{
    const QDate d = courseDate(c, offset);
    if (c.history.response(d) != Response::Worsening || c.history.acceptablePain(d))
        return {};
    if (why)
        *why = painVersusBaseline(c, d);
    return d;
}

QDate relapse(const RuleContext& c, int offset, QString* why)
{
    const QDate d = courseDate(c, offset);
    const auto p = c.history.painRecent(d), p0 = c.history.painRecent(d.addDays(-14));
    if (!p || !p0 || !(*p - *p0 >= 2.0 - kTolerance) || c.history.acceptablePain(d))
        return {};
    if (why)
        *why = QCoreApplication::translate(
                   "Rules", "Recent mean pain %1 on %2 against %3 two weeks earlier.")
                   .arg(num(*p), messageDate(d), num(*p0));
    return d;
}

QDate severePain(const RuleContext& c, int offset, QString* why)
{
    const QDate d = courseDate(c, offset);
    if (c.history.programDay(d) < 14 || c.history.entryCount(d.addDays(-13), d) < 4)
        return {};
    const auto mean = c.history.painMean14(d);
    if (!mean || !(*mean >= 8.0 - kTolerance))
        return {};
    if (why)
        *why = QCoreApplication::translate(
                   "Rules", "Mean pain %1 over the %2 entries of the 14 days up to %3.")
                   .arg(num(*mean))
                   .arg(c.history.entryCount(d.addDays(-13), d))
                   .arg(messageDate(d));
    return d;
}

QDate plateau(const RuleContext& c, int offset, QString* why)
{
    const QDate d = courseDate(c, offset);
    const int day = c.history.programDay(d);
    if (day < 21 || day > 56)
        return {};
    const auto p = c.history.painRecent(d), p0 = c.history.painRecent(d.addDays(-14));
    if (!p || !p0 || !(std::fabs(*p - *p0) < 0.5 - kTolerance))
        return {};
    if (!c.history.notSignificantlyImproved(d))
        return {};
    if (!(*p > 2.0 + kTolerance) || !(*p < 8.0 - kTolerance))
        return {};
    if (why)
        *why = QCoreApplication::translate("Rules",
                                           "Recent mean pain %1 on %2 and %3 two weeks earlier.")
                   .arg(num(*p), messageDate(d), num(*p0)) +
               QLatin1Char(' ') + painVersusBaseline(c, d);
    return d;
}

QDate fewLogs(const RuleContext& c, int offset, QString* why)
{
    const QDate d = courseDate(c, offset);
    const int day = c.history.programDay(d);
    const int logged = c.history.entryCount(d.addDays(-13), d);
    if (day < 14 || day > 56 || logged >= 8)
        return {};
    if (why)
        *why = QCoreApplication::translate("Rules", "%n entries in the 14 days up to %1.", nullptr,
                                           logged)
                   .arg(messageDate(d));
    return d;
}

QDate noLog(const RuleContext& c, int offset, QString* why)
{
    const QDate d = courseDate(c, offset);
    if (c.history.programDay(d) < 3 || c.history.entryCount(d.addDays(-2), d) > 0)
        return {};
    if (why)
        *why = QCoreApplication::translate("Rules", "No entry on %1, %2 or %3.")
                   .arg(messageDate(d.addDays(-2)), messageDate(d.addDays(-1)), messageDate(d));
    return d;
}

const char* const kRedFlags = QT_TRANSLATE_NOOP(
    "Rules", "Finucane et al. 2020, International framework for red flags for potential serious "
             "spinal pathologies (JOSPT); NICE NG59 (2016)");
const char* const kCaudaEquina = QT_TRANSLATE_NOOP(
    "Rules", "Finucane et al. 2020 (JOSPT); GIRFT national suspected cauda equina pathway "
             "(2023); NICE NG59 (2016)");
const char* const kScreening = QT_TRANSLATE_NOOP(
    "Rules", "Chou et al. 2007 and Qaseem et al. 2017 (ACP guideline); Finucane et al. 2020 "
             "(JOSPT)");
const char* const kMassageSafety = QT_TRANSLATE_NOOP(
    "Rules", "Furlan et al. 2015, Cochrane review of massage for low back pain (adverse events); "
             "clinical safety consensus for massage therapy");
const char* const kOutcome = QT_TRANSLATE_NOOP(
    "Rules", "Ostelo et al. 2008 (minimal important change); Farrar et al. 2001; Qaseem et al. "
             "2017 (ACP guideline); NICE NG59 (2016)");
const char* const kFunction =
    QT_TRANSLATE_NOOP("Rules", "Stratford et al. 1995 (Patient-Specific Functional Scale)");
const char* const kActive = QT_TRANSLATE_NOOP(
    "Rules", "Chou & Huffman 2007 (APS/ACP); NICE NG59 (2016): massage only alongside exercise");

const char* const kInflammatory = QT_TRANSLATE_NOOP(
    "Rules", "Sieper et al. 2009 (ASAS criteria for inflammatory back pain); NICE NG65 (2017, "
             "spondyloarthritis); Finucane et al. 2020 (JOSPT)");
const char* const kMassageCaution = QT_TRANSLATE_NOOP(
    "Rules", "Clinical safety consensus for massage therapy (precautions: anticoagulation, "
             "aortic aneurysm); Finucane et al. 2020 (JOSPT)");
const char* const kPlanLog =
    QT_TRANSLATE_NOOP("Rules", "BackLog plan: daily pain and function log");

/// The safety net of clinical.md 4.3 that ends the message of an `info` rule about symptoms.
const char* const kSafetyNet = QT_TRANSLATE_NOOP(
    "Rules", "If it has not settled within 3 days, or comes with numbness, weakness, bladder or "
             "bowel changes, do the symptom check now and contact a doctor.");

QList<RuleInfo> makeTable()
{
    using S = RuleScope;
    using R = Refire;
    using L = AlertLevel;
    return {
        // 4.1 Screening
        {QStringLiteral("SCR-TRAUMA"), L::Urgent, S::Screening, R::EveryTime,
         &screeningYes<&Screening::trauma>,
         QT_TRANSLATE_NOOP("Rules", "Pain after a fall, accident or injury"),
         QT_TRANSLATE_NOOP("Rules",
                           "Back pain that began with a fall, accident or other significant "
                           "injury needs a doctor to rule out a fracture before massage or "
                           "exercise."),
         kScreening},
        {QStringLiteral("SCR-CANCER"), L::Urgent, S::Screening, R::EveryTime,
         &screeningYes<&Screening::cancer>, QT_TRANSLATE_NOOP("Rules", "History of cancer"),
         QT_TRANSLATE_NOOP("Rules", "With a history of cancer, new back pain must be checked by a "
                                    "doctor, because it can rarely come from the spine itself."),
         kScreening},
        {QStringLiteral("SCR-WEIGHT-FEVER"), L::Urgent, S::Screening, R::EveryTime,
         &screeningYes<&Screening::weightFever>,
         QT_TRANSLATE_NOOP("Rules", "Weight loss or fever with the back pain"),
         QT_TRANSLATE_NOOP("Rules",
                           "Unexplained weight loss or fever together with back pain can be "
                           "a sign of infection or another illness."),
         kScreening},
        {QStringLiteral("SCR-IMMUNO"), L::SeeDoctor, S::Screening, R::EveryTime,
         &screeningYes<&Screening::immuno>,
         QT_TRANSLATE_NOOP("Rules", "Steroids, weak immune system or injected drugs"),
         QT_TRANSLATE_NOOP("Rules", "Long-term steroids, a weakened immune system or injected drug "
                                    "use raise the risk of spinal infection and fracture."),
         kScreening},
        {QStringLiteral("SCR-DISC-LEG"), L::Clearance, S::Screening, R::EveryTime,
         &screeningYes<&Screening::discLeg>,
         QT_TRANSLATE_NOOP("Rules", "Disc herniation with leg symptoms"),
         QT_TRANSLATE_NOOP("Rules",
                           "With a diagnosed disc herniation and pain, numbness or tingling in "
                           "the leg, deep pressure near the spine may irritate the nerve."),
         kScreening},
        {QStringLiteral("SCR-SURGERY-6W"), L::Clearance, S::Screening, R::EveryTime,
         &screeningSurgery, QT_TRANSLATE_NOOP("Rules", "Back surgery in the last 6 weeks"),
         QT_TRANSLATE_NOOP("Rules",
                           "After back surgery the tissues need about 6 weeks to heal, so "
                           "massage is held until 42 days after the operation (from the day "
                           "of the answer when the date of the operation is not given)."),
         QT_TRANSLATE_NOOP("Rules", "Post-operative precautions after spinal surgery (surgeon's "
                                    "protocol); clinical safety consensus for massage therapy")},
        {QStringLiteral("SCR-OSTEOPOROSIS"), L::Clearance, S::Screening, R::EveryTime,
         &screeningYes<&Screening::osteoporosis>, QT_TRANSLATE_NOOP("Rules", "Severe osteoporosis"),
         QT_TRANSLATE_NOOP("Rules", "With severe osteoporosis firm pressure can break a bone, so "
                                    "massage needs a gentle technique."),
         kScreening},
        {QStringLiteral("SCR-AGE-50"), L::SeeDoctor, S::Screening, R::EveryTime,
         &screeningYes<&Screening::ageOver50>,
         QT_TRANSLATE_NOOP("Rules", "First back pain like this after 50"),
         QT_TRANSLATE_NOOP("Rules", "Back pain that appears for the first time after the age of 50 "
                                    "has a cause other than strain more often, and a doctor should "
                                    "look for one."),
         kScreening},
        {QStringLiteral("SCR-INFLAMMATORY"), L::SeeDoctor, S::Screening, R::EveryTime,
         &screeningYes<&Screening::inflammatory>,
         QT_TRANSLATE_NOOP("Rules", "Signs of inflammatory back pain"),
         QT_TRANSLATE_NOOP("Rules",
                           "Back pain that began before 45, has lasted 3 months or more and "
                           "comes with long morning stiffness that eases with movement can "
                           "mean an inflammatory back condition, which needs its own "
                           "treatment."),
         kInflammatory},
        {QStringLiteral("SCR-INFECTION"), L::SeeDoctor, S::Screening, R::EveryTime,
         &screeningYes<&Screening::infection>,
         QT_TRANSLATE_NOOP("Rules", "Recent infection, spinal injection or operation"),
         QT_TRANSLATE_NOOP("Rules",
                           "A bacterial infection, spinal injection or spinal operation in "
                           "the last 3 months raises the risk of an infection in the spine, "
                           "so a fever in the coming weeks needs attention at once."),
         kScreening},
        {QStringLiteral("SCR-ANTICOAG"), L::Clearance, S::Screening, R::EveryTime,
         &screeningYes<&Screening::anticoag>,
         QT_TRANSLATE_NOOP("Rules", "Blood-thinning medicine or a bleeding disorder"),
         QT_TRANSLATE_NOOP("Rules",
                           "With blood-thinning medicine or a bleeding disorder firm pressure "
                           "can cause bleeding under the skin, so massage needs a gentle "
                           "technique."),
         kMassageCaution},
        {QStringLiteral("SCR-AORTA"), L::Clearance, S::Screening, R::EveryTime,
         &screeningYes<&Screening::aorta>, QT_TRANSLATE_NOOP("Rules", "Known aortic aneurysm"),
         QT_TRANSLATE_NOOP("Rules",
                           "With a known aortic aneurysm, deep pressure on the belly or the "
                           "psoas muscle must be avoided."),
         kMassageCaution},

        // 4.2 Daily symptom check
        {QStringLiteral("RF-SADDLE"), L::Emergency, S::Daily, R::EveryTime,
         &reported<&Symptoms::saddle>,
         QT_TRANSLATE_NOOP("Rules", "Numbness around the genitals, buttocks or inner thighs"),
         QT_TRANSLATE_NOOP("Rules",
                           "Numbness or tingling around the genitals, buttocks or inner "
                           "thighs can mean pressure on the nerves at the base of the spine "
                           "(cauda equina syndrome), which needs treatment within hours to "
                           "prevent permanent damage."),
         kCaudaEquina},
        {QStringLiteral("RF-BLADDER"), L::Emergency, S::Daily, R::EveryTime,
         &reported<&Symptoms::bladder>, QT_TRANSLATE_NOOP("Rules", "New bladder problems"),
         QT_TRANSLATE_NOOP("Rules",
                           "New difficulty passing urine, leaking, or not feeling the bladder "
                           "can mean pressure on the nerves at the base of the spine (cauda "
                           "equina syndrome)."),
         kCaudaEquina},
        {QStringLiteral("RF-BOWEL"), L::Emergency, S::Daily, R::EveryTime,
         &reported<&Symptoms::bowel>, QT_TRANSLATE_NOOP("Rules", "New loss of bowel control"),
         QT_TRANSLATE_NOOP("Rules", "New loss of bowel control or feeling can mean pressure on the "
                                    "nerves at the base of the spine (cauda equina syndrome)."),
         kCaudaEquina},
        {QStringLiteral("RF-BOTH-LEGS"), L::Emergency, S::Daily, R::EveryTime,
         &reported<&Symptoms::bothLegs>,
         QT_TRANSLATE_NOOP("Rules", "Weakness or numbness in both legs"),
         QT_TRANSLATE_NOOP("Rules",
                           "Weakness or numbness in both legs can mean serious pressure on the "
                           "spinal nerves."),
         kCaudaEquina},
        {QStringLiteral("RF-SEXUAL"), L::Emergency, S::Daily, R::EveryTime,
         &reported<&Symptoms::sexual>,
         QT_TRANSLATE_NOOP("Rules", "New loss of genital feeling or sexual function"),
         QT_TRANSLATE_NOOP("Rules",
                           "A new loss of feeling in the genitals, or new problems with "
                           "erection or ejaculation, can mean pressure on the nerves at the "
                           "base of the spine (cauda equina syndrome), which needs treatment "
                           "within hours."),
         kCaudaEquina},
        {QStringLiteral("RF-LEG-PAIN-BOTH"), L::Emergency, S::Daily, R::EveryTime,
         &legPain<LegPain::Both>, QT_TRANSLATE_NOOP("Rules", "Pain shooting down both legs"),
         QT_TRANSLATE_NOOP("Rules",
                           "New or worse pain shooting down both legs can mean pressure on the "
                           "nerves at the base of the spine (cauda equina syndrome), which "
                           "needs treatment within hours."),
         kCaudaEquina},
        {QStringLiteral("RF-LEG-WEAKNESS-PROGRESSIVE"), L::Emergency, S::Daily, R::EveryTime,
         &legWeaknessProgressive, QT_TRANSLATE_NOOP("Rules", "Leg weakness getting worse"),
         QT_TRANSLATE_NOOP("Rules", "Leg weakness that is worse than at the last report can mean a "
                                    "nerve is being damaged, which needs treatment without delay."),
         kRedFlags},
        {QStringLiteral("RF-FEVER-RISK"), L::Emergency, S::Daily, R::EveryTime, &feverRisk,
         QT_TRANSLATE_NOOP("Rules", "Fever with a raised risk of spinal infection"),
         QT_TRANSLATE_NOOP("Rules", "Fever together with a weakened immune system, long-term "
                                    "steroids, injected drug use or a recent infection, spinal "
                                    "injection or operation can mean an infection in the spine, "
                                    "which needs treatment at once."),
         kRedFlags},
        {QStringLiteral("RF-LEG-WEAKNESS"), L::Urgent, S::Daily, R::UntilAcknowledged, &legWeakness,
         QT_TRANSLATE_NOOP("Rules", "Weakness in a leg"),
         QT_TRANSLATE_NOOP("Rules",
                           "Weakness in a leg can mean a pressed nerve and needs a doctor's "
                           "examination soon; if it gets worse, or both legs are affected, "
                           "seek emergency care."),
         kRedFlags},
        {QStringLiteral("RF-FALL"), L::Urgent, S::Daily, R::EveryTime, &reported<&Symptoms::fall>,
         QT_TRANSLATE_NOOP("Rules", "A new fall or injury to the back"),
         QT_TRANSLATE_NOOP("Rules", "A fall or injury to the back during the programme can cause a "
                                    "fracture or another injury, which a doctor needs to rule out "
                                    "before the next massage or exercise."),
         kRedFlags},
        {QStringLiteral("RF-LEG-NUMBNESS"), L::StopMassage, S::Daily, R::UntilAcknowledged,
         &reported<&Symptoms::legNumbness>,
         QT_TRANSLATE_NOOP("Rules", "Numbness or tingling in a leg"),
         QT_TRANSLATE_NOOP("Rules",
                           "Numbness or tingling in a leg suggests an irritated nerve, which "
                           "massage near the spine could make worse."),
         kRedFlags},
        {QStringLiteral("RF-LEG-PAIN"), L::StopMassage, S::Daily, R::UntilAcknowledged,
         &legPain<LegPain::One>, QT_TRANSLATE_NOOP("Rules", "Pain shooting down one leg"),
         QT_TRANSLATE_NOOP("Rules",
                           "Pain shooting down one leg below the knee can mean an irritated "
                           "nerve root, which massage near the spine could make worse."),
         kRedFlags},
        {QStringLiteral("RF-FEVER"), L::Urgent, S::Daily, R::EveryTime, &reported<&Symptoms::fever>,
         QT_TRANSLATE_NOOP("Rules", "Fever with back pain"),
         QT_TRANSLATE_NOOP("Rules", "Fever together with back pain can be a sign of infection."),
         kRedFlags},
        {QStringLiteral("RF-WEIGHT-LOSS"), L::Urgent, S::Daily, R::EveryTime,
         &reported<&Symptoms::weightLoss>, QT_TRANSLATE_NOOP("Rules", "Unexplained weight loss"),
         QT_TRANSLATE_NOOP("Rules",
                           "Unexplained weight loss together with back pain needs a doctor to "
                           "look for its cause."),
         kRedFlags},
        {QStringLiteral("RF-NIGHT-PAIN"), L::SeeDoctor, S::Daily, R::UntilAcknowledged,
         &reported<&Symptoms::nightPain>, QT_TRANSLATE_NOOP("Rules", "Pain that prevents sleep"),
         QT_TRANSLATE_NOOP("Rules", "Pain that keeps you awake at night is worth a professional "
                                    "opinion, because most mechanical back pain eases with rest."),
         kRedFlags},
        {QStringLiteral("RF-NIGHT-PAIN-RECURRENT"), L::Urgent, S::Daily, R::EveryTime,
         &nightPainRecurrent, QT_TRANSLATE_NOOP("Rules", "Night pain on several nights"),
         QT_TRANSLATE_NOOP("Rules",
                           "Pain that prevents sleep on 3 or more nights in a week needs a "
                           "doctor to rule out a cause other than strain."),
         kRedFlags},

        // 4.3 After a massage session
        {QStringLiteral("MS-SHOOTING-PAIN"), L::StopMassage, S::Session, R::OncePerSession,
         &duringSession<&Session::shootingPain>,
         QT_TRANSLATE_NOOP("Rules", "Shooting pain during massage"),
         QT_TRANSLATE_NOOP("Rules", "Sharp, shooting pain during a session can mean pressure on a "
                                    "nerve."),
         kMassageSafety},
        {QStringLiteral("MS-NUMBNESS"), L::StopMassage, S::Session, R::OncePerSession,
         &duringSession<&Session::numbness>,
         QT_TRANSLATE_NOOP("Rules", "Numbness in the legs with massage"),
         QT_TRANSLATE_NOOP("Rules",
                           "Numbness or tingling in the legs during or after a session can "
                           "mean an irritated nerve."),
         kMassageSafety},
        {QStringLiteral("MS-STIFFNESS-48H"), L::StopMassage, S::Session, R::OncePerSession,
         &stiffness48h, QT_TRANSLATE_NOOP("Rules", "Severe stiffness lasting over 48 hours"),
         QT_TRANSLATE_NOOP("Rules", "Stiffness after massage usually settles within a day or two; "
                                    "severe stiffness after more than 48 hours is not the usual "
                                    "reaction."),
         kMassageSafety},
        {QStringLiteral("MS-REACTION-72H"), L::SeeDoctor, S::Session, R::OncePerSession,
         &reaction72h, QT_TRANSLATE_NOOP("Rules", "Reaction to massage lasting over 72 hours"),
         QT_TRANSLATE_NOOP("Rules",
                           "More pain, stiffness or soreness still present more than 72 hours "
                           "after a session is longer than the usual reaction, and your "
                           "therapist should know of it."),
         kMassageSafety},
        {QStringLiteral("MS-FLARE"), L::Info, S::Session, R::OncePerSession, &flare<false>,
         QT_TRANSLATE_NOOP("Rules", "Pain flare after a session"),
         QT_TRANSLATE_NOOP("Rules",
                           "Pain rose by 2 points or more the day after a session, which is "
                           "common and usually settles in 1 to 2 days; tell your therapist "
                           "so that the next session can be gentler."),
         kMassageSafety, true},
        {QStringLiteral("MS-FLARE-SEVERE"), L::SeeDoctor, S::Session, R::OncePerSession,
         &flare<true>, QT_TRANSLATE_NOOP("Rules", "Strong pain flare after a session"),
         QT_TRANSLATE_NOOP("Rules",
                           "Pain rose by 4 points or more, or to 8 or more, the day after a "
                           "session, which is more than the usual reaction to massage."),
         kMassageSafety},
        {QStringLiteral("MS-WHILE-STOPPED"), L::StopMassage, S::Session, R::WhileStopped,
         &whileStopped, QT_TRANSLATE_NOOP("Rules", "Massage while it was on hold"),
         QT_TRANSLATE_NOOP("Rules",
                           "A massage session took place while massage was on hold because "
                           "of an alert that asks for a medical opinion first, and massage "
                           "could make its cause worse."),
         kMassageSafety},
        {QStringLiteral("MS-SURGERY-HOLD"), L::Clearance, S::Session, R::OncePerSession,
         &surgeryHoldSession, QT_TRANSLATE_NOOP("Rules", "Massage within 6 weeks of surgery"),
         QT_TRANSLATE_NOOP("Rules",
                           "This session was within 42 days of back surgery, while the tissues "
                           "are still healing."),
         QT_TRANSLATE_NOOP("Rules", "Post-operative precautions after spinal surgery (surgeon's "
                                    "protocol); clinical safety consensus for massage therapy")},
        {QStringLiteral("MS-SHORT"), L::Info, S::Session, R::OncePerSession, &shortSession,
         QT_TRANSLATE_NOOP("Rules", "Session shorter than the evidence-based range"),
         QT_TRANSLATE_NOOP("Rules",
                           "Sessions in the trials lasted 30 to 60 minutes, so what shorter "
                           "ones do is not known."),
         QT_TRANSLATE_NOOP("Rules", "Furlan et al. 2015 (Cochrane); Cherkin et al. 2011")},

        // 4.4 Course of treatment
        {QStringLiteral("ESC-NO-IMPROVEMENT-8W"), L::SeeDoctor, S::Course, R::UntilAcknowledged,
         &noImprovement8w<true>,
         QT_TRANSLATE_NOOP("Rules", "No improvement after 8 weeks of the plan"),
         QT_TRANSLATE_NOOP("Rules",
                           "You followed the plan consistently for 8 weeks and your pain has "
                           "not improved by a clinically important amount, so ask for a "
                           "review by a spine specialist to look for other causes and "
                           "treatments."),
         kOutcome},
        {QStringLiteral("ESC-PERSISTS-8W"), L::SeeDoctor, S::Course, R::UntilAcknowledged,
         &noImprovement8w<false>, QT_TRANSLATE_NOOP("Rules", "Pain persists beyond 8 weeks"),
         QT_TRANSLATE_NOOP("Rules",
                           "Your pain persists beyond 8 weeks and the plan was not followed "
                           "consistently in most weeks, so review the plan with your "
                           "physiotherapist: what got in the way, and what to change."),
         kOutcome},
        {QStringLiteral("ESC-FUNCTION-DIVERGES"), L::SeeDoctor, S::Course, R::UntilAcknowledged,
         &functionDiverges, QT_TRANSLATE_NOOP("Rules", "Function falling while pain is not rising"),
         QT_TRANSLATE_NOOP("Rules",
                           "You can do less of your important activities than two weeks ago "
                           "although your pain has not risen, and less pain is not the whole "
                           "story."),
         kFunction},
        {QStringLiteral("ESC-PAIN-WORSENING"), L::SeeDoctor, S::Course, R::UntilAcknowledged,
         &painWorsening, QT_TRANSLATE_NOOP("Rules", "Pain worse than at the start"),
         QT_TRANSLATE_NOOP("Rules",
                           "Your recent average pain is clearly above your baseline (2 points "
                           "or more, or at 10 out of 10), so the plan needs a review."),
         kOutcome},
        {QStringLiteral("ESC-RELAPSE"), L::SeeDoctor, S::Course, R::UntilAcknowledged, &relapse,
         QT_TRANSLATE_NOOP("Rules", "Pain rising again"),
         QT_TRANSLATE_NOOP("Rules",
                           "Your recent average pain is 2 or more points higher than two weeks "
                           "ago, so what changed needs a review."),
         kOutcome},
        {QStringLiteral("ESC-SEVERE-PAIN"), L::SeeDoctor, S::Course, R::UntilAcknowledged,
         &severePain, QT_TRANSLATE_NOOP("Rules", "Severe pain for two weeks"),
         QT_TRANSLATE_NOOP("Rules",
                           "Your pain has averaged 8 or more out of 10 over the last two weeks, "
                           "which is too much to manage without a review of the treatment."),
         kOutcome},
        {QStringLiteral("ESC-PLATEAU"), L::Info, S::Course, R::UntilAcknowledged, &plateau,
         QT_TRANSLATE_NOOP("Rules", "Progress has levelled off"),
         QT_TRANSLATE_NOOP("Rules",
                           "Your pain has hardly changed in two weeks and is not yet clearly "
                           "better, and the benefits of massage plateau without movement "
                           "retraining, so shift the balance toward active work."),
         kActive, true},
        {QStringLiteral("ESC-FEW-LOGS"), L::Info, S::Course, R::UntilAcknowledged, &fewLogs,
         QT_TRANSLATE_NOOP("Rules", "Few entries in two weeks"),
         QT_TRANSLATE_NOOP("Rules",
                           "Fewer than 8 days were logged in the last two weeks, which makes "
                           "progress hard to judge; this is a reminder, not a clinical "
                           "finding."),
         kPlanLog},
        {QStringLiteral("ESC-NO-LOG"), L::Info, S::Course, R::UntilAcknowledged, &noLog,
         QT_TRANSLATE_NOOP("Rules", "No entries for 3 days"),
         QT_TRANSLATE_NOOP("Rules", "Nothing has been logged for 3 days, and the charts and safety "
                                    "checks need your daily scores; this is a reminder, not a "
                                    "clinical finding."),
         kPlanLog},
    };
}

} // namespace

const QList<RuleInfo>& ruleTable()
{
    static const QList<RuleInfo> table = makeTable();
    return table;
}

const RuleInfo* findRule(const QString& id)
{
    for (const RuleInfo& r : ruleTable())
        if (r.id == id)
            return &r;
    return nullptr;
}

QString levelAction(AlertLevel level)
{
    switch (level) {
    case AlertLevel::Emergency:
        return QCoreApplication::translate(
            "Rules", "Seek emergency care now (emergency department / emergency number). Do not "
                     "wait for a therapist.");
    case AlertLevel::Urgent:
        return QCoreApplication::translate("Rules", "Contact a doctor today or within 24 hours.");
    case AlertLevel::StopMassage:
        return QCoreApplication::translate(
            "Rules", "Stop massage sessions and get a medical opinion before the next one.");
    case AlertLevel::SeeDoctor:
        return QCoreApplication::translate("Rules",
                                           "Book a doctor or physiotherapist review soon.");
    case AlertLevel::Clearance:
        return QCoreApplication::translate(
            "Rules", "Get a doctor's clearance before starting or continuing massage.");
    case AlertLevel::Info:
        return QCoreApplication::translate("Rules",
                                           "Information for you and your physiotherapist.");
    }
    return {};
}

QString levelTitle(AlertLevel level)
{
    switch (level) {
    case AlertLevel::Emergency:
        return QCoreApplication::translate("Rules", "Emergency");
    case AlertLevel::Urgent:
        return QCoreApplication::translate("Rules", "Urgent");
    case AlertLevel::StopMassage:
        return QCoreApplication::translate("Rules", "Stop massage");
    case AlertLevel::SeeDoctor:
        return QCoreApplication::translate("Rules", "See a doctor");
    case AlertLevel::Clearance:
        return QCoreApplication::translate("Rules", "Clearance needed");
    case AlertLevel::Info:
        return QCoreApplication::translate("Rules", "Information");
    }
    return {};
}

QString ruleTitle(const RuleInfo& rule)
{
    return QCoreApplication::translate("Rules", rule.title);
}

QString ruleReason(const RuleInfo& rule)
{
    return QCoreApplication::translate("Rules", rule.message);
}

QString holdText(const MassageHold& hold, const QDate& date)
{
    QStringList parts;
    for (const QString& id : hold.reasons(date)) {
        const RuleInfo* rule = findRule(id);
        parts << (rule ? QCoreApplication::translate("Rules", "%1 (%2)").arg(ruleTitle(*rule), id)
                       : id);
    }
    if (hold.surgery().covers(date))
        parts << QCoreApplication::translate("Rules", "the 6 weeks after back surgery (until %1)")
                     .arg(messageDate(hold.surgery().to));
    return parts.join(QCoreApplication::translate("Rules", "; "));
}

QString safetyNetText()
{
    return QCoreApplication::translate("Rules", kSafetyNet);
}

QString ruleMessage(const RuleInfo& rule)
{
    QString text = ruleReason(rule) + QLatin1Char(' ') + levelAction(rule.level);
    if (rule.safetyNet)
        text += QLatin1Char(' ') + safetyNetText();
    return text;
}

QString ruleSource(const RuleInfo& rule)
{
    return QCoreApplication::translate("Rules", rule.source);
}

} // namespace backlog
