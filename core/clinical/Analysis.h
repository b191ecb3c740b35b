// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/DailyEntry.h"
#include "model/Session.h"

#include <QDate>
#include <QList>
#include <QString>
#include <array>
#include <optional>
#include <vector>

namespace backlog {

/// What the diary says about pain on the two days after a massage session
/// (formats.md section 5).
enum class SessionVerdict { LowerPain, HigherPain, NoClearDifference, TooFewSessions };

/// "lower-pain", "higher-pain", "no-clear-difference" or "too-few-sessions".
QString toString(SessionVerdict verdict);

/// "Is massage helping me?": the short-term effect of massage sessions on pain, from the
/// patient's own diary (product.md feature 14; the method is in docs/clinical-notes.md).
struct SessionEffect
{
    /// A usable session needs a pain score on the day before it and on one of the two days
    /// after it; fewer usable sessions than this and the diary cannot tell.
    static constexpr int kMinSessions = 6;
    /// Days around a session shown in the chart of pain around sessions: -kAroundBefore..
    /// kAroundAfter, the session day being 0.
    static constexpr int kAroundBefore = 3;
    static constexpr int kAroundAfter = 4;

    QDate asOf;
    int sessionsUsed = 0; ///< usable session days (several sessions on one day count once)
    /// Pain on the two days after a session minus what the diary predicts without one,
    /// in points (negative: lower after sessions); none when too few sessions are usable
    /// or the diary cannot separate the two (sessions on nearly every day).
    std::optional<double> effect;
    std::optional<double> low;    ///< 95 % confidence interval of the effect
    std::optional<double> high;   ///< 95 % confidence interval of the effect
    std::optional<double> pValue; ///< two-sided test of no difference, matching the interval
    SessionVerdict verdict = SessionVerdict::TooFewSessions;
    double autocorrelation = 0.0; ///< the fitted day-to-day autocorrelation of the noise
    /// Mean logged pain on each day around the usable sessions (index 0 is kAroundBefore
    /// days before the session); none where no usable session has a score that day.
    std::array<std::optional<double>, kAroundBefore + 1 + kAroundAfter> around{};

    /// How many more usable sessions reach kMinSessions; 0 once there are enough.
    int sessionsStillNeeded() const
    {
        return sessionsUsed >= kMinSessions ? 0 : kMinSessions - sessionsUsed;
    }
};

/// One line naming the method, as printed in `method` (always English: scripts read it).
QString sessionEffectMethod();
/// The same line translated, for people (the page and the report).
QString sessionEffectMethodText();

/// The analysis on plain numbers: pain[t] is the pain of day t (none for a day without a
/// score), sessionDays the days with a massage session (any order, repeats allowed).
/// Sessions outside 0..pain.size()-1 are ignored. asOf is left invalid.
SessionEffect analysePain(const std::vector<std::optional<double>>& pain,
                          const std::vector<int>& sessionDays);

/// The analysis of a diary as of a date: entries and sessions dated after asOf are ignored.
SessionEffect analyseSessions(const QList<DailyEntry>& entries, const QList<Session>& sessions,
                              const QDate& asOf);

/// Who the words speak to: the patient ("your pain") or their physiotherapist reviewing
/// the diary ("the patient's pain").
enum class Reader { Patient, Physiotherapist };

/// The answer in plain words, translated (context "SessionEffect"), one sentence: "Yes, in
/// the short term: ...", "No clear difference: ...", "Too early to tell: ...".
QString sessionEffectVerdictText(const SessionEffect& effect, Reader reader);
/// The effect with its range in points of pain and what it rests on; empty when there is
/// no estimate.
QString sessionEffectFiguresText(const SessionEffect& effect, Reader reader);
/// What a session counts for, and how many more are needed while too few.
QString sessionEffectUsableText(const SessionEffect& effect, Reader reader);
/// "p = 0.0123", or "p < 0.0001" when it rounds to 0, in the locale's way.
QString pValueText(double p);
/// What the analysis cannot tell.
QString sessionEffectLimitsText(Reader reader);

/// value rounded half up (towards +infinity on a tie) to `decimals` places, as printed.
double roundHalfUp(double value, int decimals);

/// Two-sided p-value of Student's t with df degrees of freedom (df > 0).
double studentTwoSidedP(double t, double df);
/// The t with studentTwoSidedP(t, df) == p, for 0 < p < 1.
double studentQuantileTwoSided(double p, double df);

} // namespace backlog
