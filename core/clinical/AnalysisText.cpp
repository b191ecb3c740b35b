// SPDX-License-Identifier: GPL-3.0-or-later
// The words of "is massage helping me?", shared by the page, the report and anything else
// that shows the analysis, so that they cannot say different things.
#include "clinical/Analysis.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

namespace backlog {

namespace {

/// Points with one decimal, in the locale's way.
QString points(double value)
{
    return QLocale().toString(std::fabs(roundHalfUp(value, 1)), 'f', 1);
}

bool patient(Reader reader)
{
    return reader == Reader::Patient;
}

} // namespace

QString sessionEffectVerdictText(const SessionEffect& e, Reader reader)
{
    const bool you = patient(reader);
    switch (e.verdict) {
    case SessionVerdict::LowerPain:
        return you ? QCoreApplication::translate(
                         "SessionEffect",
                         "Yes, in the short term: on the two days after a session your pain is "
                         "lower than your diary predicts without one.")
                   : QCoreApplication::translate(
                         "SessionEffect",
                         "Yes, in the short term: on the two days after a session the patient's "
                         "pain is lower than their diary predicts without one.");
    case SessionVerdict::HigherPain:
        return you ? QCoreApplication::translate(
                         "SessionEffect",
                         "No: on the two days after a session your pain is higher than your diary "
                         "predicts without one. Tell your therapist.")
                   : QCoreApplication::translate(
                         "SessionEffect",
                         "No: on the two days after a session the patient's pain is higher than "
                         "their diary predicts without one.");
    case SessionVerdict::NoClearDifference:
        return you ? QCoreApplication::translate(
                         "SessionEffect",
                         "No clear difference yet: on the two days after a session your pain is "
                         "about what your diary predicts without one.")
                   : QCoreApplication::translate(
                         "SessionEffect",
                         "No clear difference: on the two days after a session the patient's pain "
                         "is about what their diary predicts without one.");
    case SessionVerdict::TooFewSessions:
        break;
    }
    const int more = e.sessionsStillNeeded();
    if (more == 1)
        return you ? QCoreApplication::translate(
                         "SessionEffect", "Too early to tell: one more usable session is needed.")
                   : QCoreApplication::translate(
                         "SessionEffect",
                         "Too early to tell: the diary needs one more usable session.");
    return you ? QCoreApplication::translate(
                     "SessionEffect", "Too early to tell: %n more usable sessions are needed.",
                     nullptr, more)
               : QCoreApplication::translate(
                     "SessionEffect", "Too early to tell: the diary needs %n more usable sessions.",
                     nullptr, more);
}

QString sessionEffectFiguresText(const SessionEffect& e, Reader reader)
{
    if (!e.effect || !e.low || !e.high)
        return {};
    const bool you = patient(reader);
    const double effect = roundHalfUp(*e.effect, 1);
    QString size;
    if (effect < 0.0)
        size = you ? QCoreApplication::translate(
                         "SessionEffect",
                         "On the two days after a session your pain was about %1 points lower than "
                         "your diary predicts")
                   : QCoreApplication::translate(
                         "SessionEffect",
                         "On the two days after a session the patient's pain was about %1 points "
                         "lower than their diary predicts");
    else if (effect > 0.0)
        size = you ? QCoreApplication::translate(
                         "SessionEffect",
                         "On the two days after a session your pain was about %1 points higher "
                         "than your diary predicts")
                   : QCoreApplication::translate(
                         "SessionEffect",
                         "On the two days after a session the patient's pain was about %1 points "
                         "higher than their diary predicts");
    else
        size = you ? QCoreApplication::translate(
                         "SessionEffect",
                         "On the two days after a session your pain was about what your diary "
                         "predicts")
                   : QCoreApplication::translate(
                         "SessionEffect",
                         "On the two days after a session the patient's pain was about what their "
                         "diary predicts");
    if (effect != 0.0)
        size = size.arg(points(effect));
    const double low = roundHalfUp(*e.low, 1);
    const double high = roundHalfUp(*e.high, 1);
    QString range;
    if (high <= 0.0)
        range =
            QCoreApplication::translate("SessionEffect", "somewhere between %1 and %2 points lower")
                .arg(points(high), points(low));
    else if (low >= 0.0)
        range = QCoreApplication::translate("SessionEffect",
                                            "somewhere between %1 and %2 points higher")
                    .arg(points(low), points(high));
    else
        range = QCoreApplication::translate(
                    "SessionEffect", "somewhere between %1 points lower and %2 points higher")
                    .arg(points(low), points(high));
    const QString basis = QCoreApplication::translate(
                              "SessionEffect", "(95 % interval; %1; from %n usable sessions).",
                              nullptr, e.sessionsUsed)
                              .arg(pValueText(*e.pValue));
    return QCoreApplication::translate("SessionEffect", "%1, %2 %3").arg(size, range, basis);
}

QString sessionEffectUsableText(const SessionEffect& e, Reader reader)
{
    const bool you = patient(reader);
    QString text = you ? QCoreApplication::translate(
                             "SessionEffect",
                             "A session counts when you logged your pain on the day before it and "
                             "on at least one of the two days after it; several sessions on one "
                             "day count once. Usable so far: %n.",
                             nullptr, e.sessionsUsed)
                       : QCoreApplication::translate(
                             "SessionEffect",
                             "A session counts when the patient logged their pain on the day "
                             "before it and on at least one of the two days after it; several "
                             "sessions on one day count once. Usable so far: %n.",
                             nullptr, e.sessionsUsed);
    return text;
}

QString pValueText(double p)
{
    const double rounded = roundHalfUp(p, 4);
    if (rounded <= 0.0)
        return QCoreApplication::translate("SessionEffect", "p < %1")
            .arg(QLocale().toString(0.0001, 'f', 4));
    return QCoreApplication::translate("SessionEffect", "p = %1")
        .arg(QLocale().toString(rounded, 'f', 4));
}

QString sessionEffectMethodText()
{
    return QCoreApplication::translate(
        "SessionEffect", "GLS of daily pain on a 14-day piecewise trend and the two days after a "
                         "session, AR(1) plus day noise (Kalman filter, REML); t interval (df: "
                         "usable sessions or runs of other days, less 1) widened for the "
                         "estimated noise");
}

QString sessionEffectLimitsText(Reader reader)
{
    return patient(reader)
               ? QCoreApplication::translate(
                     "SessionEffect",
                     "What this cannot tell: whether massage helps in the long term, or whether "
                     "the massage itself made the difference (anything else you do on the same "
                     "days would look the same). It allows for your natural recovery, for "
                     "day-to-day ups and downs and for sessions booked on bad days. It speaks of "
                     "your diary only, not of other people.")
               : QCoreApplication::translate(
                     "SessionEffect",
                     "What this cannot tell: long-term benefit, or cause (anything else done on "
                     "the same days would look the same). It allows for natural recovery, for "
                     "day-to-day autocorrelation and for sessions booked on bad days (regression "
                     "to the mean). It describes this patient's diary only.");
}

} // namespace backlog
