// SPDX-License-Identifier: GPL-3.0-or-later
#include "clinical/RuleTable.h"

#include "Dates.h"
#include "clinical/Engine.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace backlog {
namespace {

QString num(double value)
{
    return QString::number(roundToHundredth(value), 'g', QLocale::FloatingPointShortest);
}

QString dateText(const QDate& date)
{
    return isoDate(date);
}

// ---- 4.1 Screening: fire on program_start when the answer is yes --------------------

template <bool Screening::*Answer>
QDate screeningYes(const RuleContext& c, int, QString* why)
{
    const Episode& e = c.history.episode();
    if (!(e.screening.*Answer))
        return {};
    if (why)
        *why = QCoreApplication::translate("Rules", "Answered yes in the screening questions.");
    return e.programStart;
}

QDate screeningSurgery(const RuleContext& c, int subject, QString* why)
{
    const QDate date = screeningYes<&Screening::surgery6w>(c, subject, why);
    const Episode& e = c.history.episode();
    if (date.isValid() && why) {
        const QDate surgery = e.screening.surgeryDate;
        *why = surgery.isValid()
                   ? QCoreApplication::translate("Rules", "Back surgery on %1: massage is held until %2.")
                         .arg(dateText(surgery), dateText(surgery.addDays(42)))
                   : QCoreApplication::translate("Rules", "Back surgery in the last 6 weeks (date not given).");
    }
    return date;
}

// ---- 4.2 Daily symptom check: subject is an entry index ------------------------------

template <bool Symptoms::*Symptom>
QDate reported(const RuleContext& c, int i, QString* why)
{
    const DailyEntry& e = c.history.entries()[i];
    if (!(e.symptoms.*Symptom))
        return {};
    if (why)
        *why = QCoreApplication::translate("Rules", "Reported in the daily check-in of %1.").arg(dateText(e.date));
    return e.date;
}

QDate legWeakness(const RuleContext& c, int i, QString* why)
{
    const DailyEntry& e = c.history.entries()[i];
    if (e.symptoms.legWeakness == LegWeakness::None)
        return {};
    if (why)
        *why = QCoreApplication::translate("Rules", "Leg weakness reported on %1.").arg(dateText(e.date));
    return e.date;
}

QDate legWeaknessProgressive(const RuleContext& c, int i, QString* why)
{
    const DailyEntry& e = c.history.entries()[i];
    if (e.symptoms.legWeakness != LegWeakness::Worse)
        return {};
    const int earlier = c.history.legWeaknessCount(e.date.addDays(-6), e.date.addDays(-1));
    if (earlier < 1)
        return {};
    if (why)
        *why = QCoreApplication::translate("Rules", "Leg weakness worse on %1, after leg weakness on %n other day(s) of the "
                  "week before.",
                  nullptr, earlier)
                   .arg(dateText(e.date));
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
        *why = QCoreApplication::translate("Rules", "Pain prevented sleep on %1 nights of the 7 days up to %2.")
                   .arg(nights)
                   .arg(dateText(e.date));
    return e.date;
}

// ---- 4.3 After a massage session: subject is a session index -------------------------

template <bool Session::*Flag>
QDate duringSession(const RuleContext& c, int j, QString* why)
{
    const Session& s = c.history.sessions()[j];
    if (!(s.*Flag))
        return {};
    if (why)
        *why = QCoreApplication::translate("Rules", "Reported for the session of %1.").arg(dateText(s.date));
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
        *why = QCoreApplication::translate("Rules", "Severe stiffness on %1, %2 days after the session of %3.")
                   .arg(dateText(e->date))
                   .arg(c.history.sessions()[j].date.daysTo(e->date))
                   .arg(dateText(c.history.sessions()[j].date));
    return e->date;
}

QDate reaction72h(const RuleContext& c, int j, QString* why)
{
    const DailyEntry* e = firstLateReport(
        c, j, 3, [](const DailyEntry& x) { return x.afterSession && x.afterSession->reaction; });
    if (!e)
        return {};
    if (why)
        *why = QCoreApplication::translate("Rules", "A reaction to the session of %1 was still present on %2, %3 days later.")
                   .arg(dateText(c.history.sessions()[j].date), dateText(e->date))
                   .arg(c.history.sessions()[j].date.daysTo(e->date));
    return e->date;
}

QDate flare(const RuleContext& c, int j, QString* why)
{
    const Session& s = c.history.sessions()[j];
    const DailyEntry* before = c.history.entryOn(s.date.addDays(-1));
    const DailyEntry* after = c.history.entryOn(s.date.addDays(1));
    if (!before || !after || after->pain < before->pain + 2)
        return {};
    if (why)
        *why = QCoreApplication::translate("Rules", "Pain %1 the day after the session of %2, against %3 the day before it.")
                   .arg(after->pain)
                   .arg(dateText(s.date))
                   .arg(before->pain);
    return after->date;
}

QDate surgeryHold(const RuleContext& c, int j, QString* why)
{
    const Session& s = c.history.sessions()[j];
    const Screening& scr = c.history.episode().screening;
    if (!scr.surgery6w)
        return {};
    // Without a surgery date, assume the latest date still "in the last 6 weeks".
    const QDate surgery =
        scr.surgeryDate.isValid() ? scr.surgeryDate : c.history.episode().programStart;
    const QDate holdEnd = surgery.addDays(42);
    if (s.date >= holdEnd)
        return {};
    if (why)
        *why = QCoreApplication::translate("Rules", "Session on %1, before the end of the post-surgery hold on %2.")
                   .arg(dateText(s.date), dateText(holdEnd));
    return s.date;
}

QDate shortSession(const RuleContext& c, int j, QString* why)
{
    const Session& s = c.history.sessions()[j];
    if (s.minutes >= 30)
        return {};
    if (why)
        *why = QCoreApplication::translate("Rules", "Session of %1 minutes on %2.").arg(s.minutes).arg(dateText(s.date));
    return s.date;
}

// ---- 4.4 Course of treatment: subject is a day offset from program_start -------------

QDate courseDate(const RuleContext& c, int offset)
{
    return c.history.episode().programStart.addDays(offset);
}

QString painVersusBaseline(const RuleContext& c, const QDate& d)
{
    const auto mean = c.history.painMean7(d);
    const auto baseline = c.history.baselinePain(d);
    return QCoreApplication::translate("Rules", "7-day mean pain %1 against a baseline of %2 on %3.")
        .arg(mean ? num(*mean) : QCoreApplication::translate("Rules", "unknown"), baseline ? num(*baseline) : QCoreApplication::translate("Rules", "unknown"),
             dateText(d));
}

template <bool AdherentEnough>
QDate noImprovement8w(const RuleContext& c, int offset, QString* why)
{
    const QDate d = courseDate(c, offset);
    if (c.history.programDay(d) < 56)
        return {};
    const int consistent = c.history.consistentWeeksInFirstEight();
    if ((consistent >= 6) != AdherentEnough || !c.history.notSignificantlyImproved(d))
        return {};
    if (why)
        *why = painVersusBaseline(c, d) + QLatin1Char(' ') +
               QCoreApplication::translate("Rules", "%1 of the first 8 weeks were consistent with the plan.").arg(consistent);
    return d;
}

QDate functionDiverges(const RuleContext& c, int offset, QString* why)
{
    const QDate d = courseDate(c, offset);
    const QDate earlier = d.addDays(-14);
    const auto p = c.history.painMean7(d), p0 = c.history.painMean7(earlier);
    const auto f = c.history.functionMean7(d), f0 = c.history.functionMean7(earlier);
    if (!p || !p0 || !f || !f0)
        return {};
    if (!(*f0 - *f >= 2.0 - kTolerance) || !(*p <= *p0 + kTolerance))
        return {};
    if (why)
        *why = QCoreApplication::translate("Rules", "7-day mean function fell from %1 to %2 between %3 and %4 while pain went "
                  "from %5 to %6.")
                   .arg(num(*f0), num(*f), dateText(earlier), dateText(d), num(*p0), num(*p));
    return d;
}

QDate painWorsening(const RuleContext& c, int offset, QString* why)
{
    const QDate d = courseDate(c, offset);
    if (c.history.response(d) != Response::Worsening)
        return {};
    if (why)
        *why = painVersusBaseline(c, d);
    return d;
}

QDate plateau(const RuleContext& c, int offset, QString* why)
{
    const QDate d = courseDate(c, offset);
    const int day = c.history.programDay(d);
    if (day < 21 || day > 56)
        return {};
    const auto p = c.history.painMean7(d), p0 = c.history.painMean7(d.addDays(-14));
    if (!p || !p0 || !(std::fabs(*p - *p0) < 0.5 - kTolerance))
        return {};
    if (!c.history.notSignificantlyImproved(d))
        return {};
    if (why)
        *why = QCoreApplication::translate("Rules", "7-day mean pain %1 on %2 and %3 two weeks earlier.")
                   .arg(num(*p), dateText(d), num(*p0)) +
               QLatin1Char(' ') + painVersusBaseline(c, d);
    return d;
}

QDate noLog(const RuleContext& c, int offset, QString* why)
{
    const QDate d = courseDate(c, offset);
    if (c.history.programDay(d) < 3 || c.history.entryCount(d.addDays(-2), d) > 0)
        return {};
    if (why)
        *why = QCoreApplication::translate("Rules", "No entry on %1, %2 or %3.")
                   .arg(dateText(d.addDays(-2)), dateText(d.addDays(-1)), dateText(d));
    return d;
}

// Sources, shared by several rules.
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
const char* const kFunction = QT_TRANSLATE_NOOP(
    "Rules", "Stratford et al. 1995 (Patient-Specific Functional Scale)");
const char* const kActive = QT_TRANSLATE_NOOP(
    "Rules", "Chou & Huffman 2007 (APS/ACP); NICE NG59 (2016): massage only alongside exercise");

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
         QT_TRANSLATE_NOOP("Rules", "Back pain that began with a fall, accident or other significant "
                                    "injury needs a doctor to rule out a fracture before massage or "
                                    "exercise. Contact a doctor today or within 24 hours."),
         kScreening},
        {QStringLiteral("SCR-CANCER"), L::Urgent, S::Screening, R::EveryTime,
         &screeningYes<&Screening::cancer>,
         QT_TRANSLATE_NOOP("Rules", "History of cancer"),
         QT_TRANSLATE_NOOP("Rules", "With a history of cancer, new back pain must be checked by a "
                                    "doctor, because it can rarely come from the spine itself. "
                                    "Contact a doctor today or within 24 hours."),
         kScreening},
        {QStringLiteral("SCR-WEIGHT-FEVER"), L::Urgent, S::Screening, R::EveryTime,
         &screeningYes<&Screening::weightFever>,
         QT_TRANSLATE_NOOP("Rules", "Weight loss or fever with the back pain"),
         QT_TRANSLATE_NOOP("Rules", "Unexplained weight loss or fever together with back pain can be "
                                    "a sign of infection or another illness. Contact a doctor today "
                                    "or within 24 hours."),
         kScreening},
        {QStringLiteral("SCR-IMMUNO"), L::SeeDoctor, S::Screening, R::EveryTime,
         &screeningYes<&Screening::immuno>,
         QT_TRANSLATE_NOOP("Rules", "Steroids, weak immune system or injected drugs"),
         QT_TRANSLATE_NOOP("Rules", "Long-term steroids, a weakened immune system or injected drug "
                                    "use raise the risk of spinal infection and fracture. Book a "
                                    "doctor or physiotherapist review soon."),
         kScreening},
        {QStringLiteral("SCR-DISC-LEG"), L::Clearance, S::Screening, R::EveryTime,
         &screeningYes<&Screening::discLeg>,
         QT_TRANSLATE_NOOP("Rules", "Disc herniation with leg symptoms"),
         QT_TRANSLATE_NOOP("Rules", "With a diagnosed disc herniation and pain, numbness or tingling in "
                                    "the leg, deep pressure near the spine may irritate the nerve. Get "
                                    "a doctor's clearance before starting or continuing massage."),
         kScreening},
        {QStringLiteral("SCR-SURGERY-6W"), L::Clearance, S::Screening, R::EveryTime,
         &screeningSurgery,
         QT_TRANSLATE_NOOP("Rules", "Back surgery in the last 6 weeks"),
         QT_TRANSLATE_NOOP("Rules", "After back surgery the tissues need about 6 weeks to heal. "
                                    "Massage is held until 42 days after the operation; get a "
                                    "doctor's clearance before starting or continuing massage."),
         QT_TRANSLATE_NOOP("Rules", "Post-operative precautions after spinal surgery (surgeon's "
                                    "protocol); clinical safety consensus for massage therapy")},
        {QStringLiteral("SCR-OSTEOPOROSIS"), L::Clearance, S::Screening, R::EveryTime,
         &screeningYes<&Screening::osteoporosis>,
         QT_TRANSLATE_NOOP("Rules", "Severe osteoporosis"),
         QT_TRANSLATE_NOOP("Rules", "With severe osteoporosis, firm pressure can break a bone. Massage "
                                    "only with gentle technique, and get a doctor's clearance "
                                    "before starting or continuing massage."),
         kScreening},

        // 4.2 Daily symptom check
        {QStringLiteral("RF-SADDLE"), L::Emergency, S::Daily, R::EveryTime,
         &reported<&Symptoms::saddle>,
         QT_TRANSLATE_NOOP("Rules", "Numbness around the genitals, buttocks or inner thighs"),
         QT_TRANSLATE_NOOP("Rules", "Numbness or tingling around the genitals, buttocks or inner "
                                    "thighs can mean pressure on the nerves at the base of the spine "
                                    "(cauda equina syndrome), which needs treatment within hours to "
                                    "prevent permanent damage. Seek emergency care now (emergency "
                                    "department / emergency number). Do not wait for a therapist."),
         kCaudaEquina},
        {QStringLiteral("RF-BLADDER"), L::Emergency, S::Daily, R::EveryTime,
         &reported<&Symptoms::bladder>,
         QT_TRANSLATE_NOOP("Rules", "New bladder problems"),
         QT_TRANSLATE_NOOP("Rules", "New difficulty passing urine, leaking, or not feeling the bladder "
                                    "can mean pressure on the nerves at the base of the spine (cauda "
                                    "equina syndrome). Seek emergency care now (emergency department "
                                    "/ emergency number). Do not wait for a therapist."),
         kCaudaEquina},
        {QStringLiteral("RF-BOWEL"), L::Emergency, S::Daily, R::EveryTime,
         &reported<&Symptoms::bowel>,
         QT_TRANSLATE_NOOP("Rules", "New loss of bowel control"),
         QT_TRANSLATE_NOOP("Rules", "New loss of bowel control or feeling can mean pressure on the "
                                    "nerves at the base of the spine (cauda equina syndrome). Seek "
                                    "emergency care now (emergency department / emergency number). "
                                    "Do not wait for a therapist."),
         kCaudaEquina},
        {QStringLiteral("RF-BOTH-LEGS"), L::Emergency, S::Daily, R::EveryTime,
         &reported<&Symptoms::bothLegs>,
         QT_TRANSLATE_NOOP("Rules", "Weakness or numbness in both legs"),
         QT_TRANSLATE_NOOP("Rules", "Weakness or numbness in both legs can mean serious pressure on the "
                                    "spinal nerves. Seek emergency care now (emergency department / "
                                    "emergency number). Do not wait for a therapist."),
         kCaudaEquina},
        {QStringLiteral("RF-LEG-WEAKNESS-PROGRESSIVE"), L::Emergency, S::Daily, R::EveryTime,
         &legWeaknessProgressive,
         QT_TRANSLATE_NOOP("Rules", "Leg weakness getting worse"),
         QT_TRANSLATE_NOOP("Rules", "Leg weakness that is getting worse from day to day can mean a "
                                    "nerve is being damaged. Seek emergency care now (emergency "
                                    "department / emergency number). Do not wait for a therapist."),
         kRedFlags},
        {QStringLiteral("RF-LEG-NUMBNESS"), L::StopMassage, S::Daily, R::UntilAcknowledged,
         &reported<&Symptoms::legNumbness>,
         QT_TRANSLATE_NOOP("Rules", "Numbness or tingling in a leg"),
         QT_TRANSLATE_NOOP("Rules", "Numbness or tingling in a leg suggests an irritated nerve, which "
                                    "massage near the spine could make worse. Stop massage sessions "
                                    "and get a medical opinion before the next one."),
         kRedFlags},
        {QStringLiteral("RF-LEG-WEAKNESS"), L::SeeDoctor, S::Daily, R::UntilAcknowledged,
         &legWeakness,
         QT_TRANSLATE_NOOP("Rules", "Weakness in a leg"),
         QT_TRANSLATE_NOOP("Rules", "Weakness in a leg should be examined to check the nerves. Book a "
                                    "doctor or physiotherapist review soon. If it gets worse, or both "
                                    "legs are affected, seek emergency care."),
         kRedFlags},
        {QStringLiteral("RF-FEVER"), L::Urgent, S::Daily, R::EveryTime,
         &reported<&Symptoms::fever>,
         QT_TRANSLATE_NOOP("Rules", "Fever with back pain"),
         QT_TRANSLATE_NOOP("Rules", "Fever together with back pain can be a sign of infection. Contact "
                                    "a doctor today or within 24 hours."),
         kRedFlags},
        {QStringLiteral("RF-WEIGHT-LOSS"), L::Urgent, S::Daily, R::EveryTime,
         &reported<&Symptoms::weightLoss>,
         QT_TRANSLATE_NOOP("Rules", "Unexplained weight loss"),
         QT_TRANSLATE_NOOP("Rules", "Unexplained weight loss together with back pain needs a doctor to "
                                    "look for its cause. Contact a doctor today or within 24 hours."),
         kRedFlags},
        {QStringLiteral("RF-NIGHT-PAIN"), L::SeeDoctor, S::Daily, R::UntilAcknowledged,
         &reported<&Symptoms::nightPain>,
         QT_TRANSLATE_NOOP("Rules", "Pain that prevents sleep"),
         QT_TRANSLATE_NOOP("Rules", "Pain that keeps you awake at night is worth a professional "
                                    "opinion, because most mechanical back pain eases with rest. "
                                    "Book a doctor or physiotherapist review soon."),
         kRedFlags},
        {QStringLiteral("RF-NIGHT-PAIN-RECURRENT"), L::Urgent, S::Daily, R::EveryTime,
         &nightPainRecurrent,
         QT_TRANSLATE_NOOP("Rules", "Night pain on several nights"),
         QT_TRANSLATE_NOOP("Rules", "Pain that prevents sleep on 3 or more nights in a week needs a "
                                    "doctor to rule out a cause other than strain. Contact a doctor "
                                    "today or within 24 hours."),
         kRedFlags},

        // 4.3 After a massage session
        {QStringLiteral("MS-SHOOTING-PAIN"), L::StopMassage, S::Session, R::OncePerSession,
         &duringSession<&Session::shootingPain>,
         QT_TRANSLATE_NOOP("Rules", "Shooting pain during massage"),
         QT_TRANSLATE_NOOP("Rules", "Sharp, shooting pain during a session can mean pressure on a nerve. "
                                    "Stop massage sessions and get a medical opinion before the next "
                                    "one."),
         kMassageSafety},
        {QStringLiteral("MS-NUMBNESS"), L::StopMassage, S::Session, R::OncePerSession,
         &duringSession<&Session::numbness>,
         QT_TRANSLATE_NOOP("Rules", "Numbness in the legs with massage"),
         QT_TRANSLATE_NOOP("Rules", "Numbness or tingling in the legs during or after a session can "
                                    "mean an irritated nerve. Stop massage sessions and get a medical "
                                    "opinion before the next one."),
         kMassageSafety},
        {QStringLiteral("MS-STIFFNESS-48H"), L::StopMassage, S::Session, R::OncePerSession,
         &stiffness48h,
         QT_TRANSLATE_NOOP("Rules", "Severe stiffness lasting over 48 hours"),
         QT_TRANSLATE_NOOP("Rules", "Stiffness after massage usually settles within a day or two; "
                                    "severe stiffness after more than 48 hours is not the usual "
                                    "reaction. Stop massage sessions and get a medical opinion before "
                                    "the next one."),
         kMassageSafety},
        {QStringLiteral("MS-REACTION-72H"), L::SeeDoctor, S::Session, R::OncePerSession,
         &reaction72h,
         QT_TRANSLATE_NOOP("Rules", "Reaction to massage lasting over 72 hours"),
         QT_TRANSLATE_NOOP("Rules", "More pain, stiffness or soreness still present more than 72 hours "
                                    "after a session is longer than the usual reaction. Book a doctor "
                                    "or physiotherapist review soon, and tell your therapist."),
         kMassageSafety},
        {QStringLiteral("MS-FLARE"), L::Info, S::Session, R::OncePerSession, &flare,
         QT_TRANSLATE_NOOP("Rules", "Pain flare after a session"),
         QT_TRANSLATE_NOOP("Rules", "Pain rose by 2 points or more the day after a session. This is "
                                    "common and usually settles in 1 to 2 days; tell your therapist "
                                    "so the next session can be gentler. No action is required."),
         kMassageSafety},
        {QStringLiteral("MS-SURGERY-HOLD"), L::Clearance, S::Session, R::OncePerSession,
         &surgeryHold,
         QT_TRANSLATE_NOOP("Rules", "Massage within 6 weeks of surgery"),
         QT_TRANSLATE_NOOP("Rules", "This session was within 42 days of back surgery, while the tissues "
                                    "are still healing. Get a doctor's clearance before starting or "
                                    "continuing massage."),
         QT_TRANSLATE_NOOP("Rules", "Post-operative precautions after spinal surgery (surgeon's "
                                    "protocol); clinical safety consensus for massage therapy")},
        {QStringLiteral("MS-SHORT"), L::Info, S::Session, R::OncePerSession, &shortSession,
         QT_TRANSLATE_NOOP("Rules", "Session shorter than the evidence-based range"),
         QT_TRANSLATE_NOOP("Rules", "Sessions in the trials lasted 30 to 60 minutes; shorter ones were "
                                    "not tested. Information only; no action is required."),
         QT_TRANSLATE_NOOP("Rules", "Furlan et al. 2015 (Cochrane); Cherkin et al. 2011")},

        // 4.4 Course of treatment
        {QStringLiteral("ESC-NO-IMPROVEMENT-8W"), L::SeeDoctor, S::Course, R::UntilAcknowledged,
         &noImprovement8w<true>,
         QT_TRANSLATE_NOOP("Rules", "No improvement after 8 weeks of the plan"),
         QT_TRANSLATE_NOOP("Rules", "You followed the plan consistently for 8 weeks and your pain has "
                                    "not improved by a clinically important amount. Ask for a review "
                                    "by a spine specialist to look for other causes and treatments."),
         kOutcome},
        {QStringLiteral("ESC-PERSISTS-8W"), L::SeeDoctor, S::Course, R::UntilAcknowledged,
         &noImprovement8w<false>,
         QT_TRANSLATE_NOOP("Rules", "Pain persists beyond 8 weeks"),
         QT_TRANSLATE_NOOP("Rules", "Your pain persists beyond 8 weeks, and the plan was not followed "
                                    "consistently in most weeks. Review the plan with your "
                                    "physiotherapist: what got in the way, and what to change."),
         kOutcome},
        {QStringLiteral("ESC-FUNCTION-DIVERGES"), L::SeeDoctor, S::Course, R::UntilAcknowledged,
         &functionDiverges,
         QT_TRANSLATE_NOOP("Rules", "Function falling while pain is not rising"),
         QT_TRANSLATE_NOOP("Rules", "You can do less of your important activities than two weeks ago, "
                                    "although your pain has not risen. Less pain is not the whole "
                                    "story; book a doctor or physiotherapist review soon to find out "
                                    "why."),
         kFunction},
        {QStringLiteral("ESC-PAIN-WORSENING"), L::SeeDoctor, S::Course, R::UntilAcknowledged,
         &painWorsening,
         QT_TRANSLATE_NOOP("Rules", "Pain worse than at the start"),
         QT_TRANSLATE_NOOP("Rules", "Your average pain over the last week is 2 or more points above "
                                    "your baseline. Book a doctor or physiotherapist review soon."),
         kOutcome},
        {QStringLiteral("ESC-PLATEAU"), L::Info, S::Course, R::UntilAcknowledged, &plateau,
         QT_TRANSLATE_NOOP("Rules", "Progress has levelled off"),
         QT_TRANSLATE_NOOP("Rules", "Your pain has hardly changed in two weeks and is not yet clearly "
                                    "better. Benefits of massage plateau without movement retraining: "
                                    "shift the balance toward active work. No action is required."),
         kActive},
        {QStringLiteral("ESC-NO-LOG"), L::Info, S::Course, R::UntilAcknowledged, &noLog,
         QT_TRANSLATE_NOOP("Rules", "No entries for 3 days"),
         QT_TRANSLATE_NOOP("Rules", "Nothing has been logged for 3 days. A reminder, not a clinical "
                                    "finding: the charts and safety checks need your daily scores."),
         QT_TRANSLATE_NOOP("Rules", "BackLog plan: daily pain and function log")},
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
        return QCoreApplication::translate("Rules", "Seek emergency care now (emergency department / emergency number). Do not "
                  "wait for a therapist.");
    case AlertLevel::Urgent: return QCoreApplication::translate("Rules", "Contact a doctor today or within 24 hours.");
    case AlertLevel::StopMassage:
        return QCoreApplication::translate("Rules", "Stop massage sessions and get a medical opinion before the next one.");
    case AlertLevel::SeeDoctor: return QCoreApplication::translate("Rules", "Book a doctor or physiotherapist review soon.");
    case AlertLevel::Clearance:
        return QCoreApplication::translate("Rules", "Get a doctor's clearance before starting or continuing massage.");
    case AlertLevel::Info:
        return QCoreApplication::translate("Rules", "Information for the patient and physiotherapist; no action required.");
    }
    return {};
}

QString levelTitle(AlertLevel level)
{
    switch (level) {
    case AlertLevel::Emergency: return QCoreApplication::translate("Rules", "Emergency");
    case AlertLevel::Urgent: return QCoreApplication::translate("Rules", "Urgent");
    case AlertLevel::StopMassage: return QCoreApplication::translate("Rules", "Stop massage");
    case AlertLevel::SeeDoctor: return QCoreApplication::translate("Rules", "See a doctor");
    case AlertLevel::Clearance: return QCoreApplication::translate("Rules", "Clearance needed");
    case AlertLevel::Info: return QCoreApplication::translate("Rules", "Information");
    }
    return {};
}

QString ruleTitle(const RuleInfo& rule)
{
    return QCoreApplication::translate("Rules", rule.title);
}

QString ruleMessage(const RuleInfo& rule)
{
    return QCoreApplication::translate("Rules", rule.message);
}

QString ruleSource(const RuleInfo& rule)
{
    return QCoreApplication::translate("Rules", rule.source);
}

} // namespace backlog
