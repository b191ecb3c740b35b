// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Enums.h"

#include <QDate>
#include <QList>
#include <QString>

namespace backlog {

struct RuleContext;
class MassageHold;

/// Where a rule is evaluated (clinical.md section 4).
enum class RuleScope {
    Screening, ///< 4.1, once, on the later of program_start and the day of the answer
    Daily,     ///< 4.2, on every entry
    Session,   ///< 4.3, on every session and the entries after it
    Course,    ///< 4.4, on every date from program_start to the as-of date
};

/// When a rule may fire again.
enum class Refire {
    EveryTime,      ///< every day (or answer) the condition holds
    OncePerSession, ///< at most once per session
    /// First date; again only on a new onset after the alert was acknowledged.
    UntilAcknowledged,
    /// MS-WHILE-STOPPED: when a session's hold reasons are not all reasons of an earlier
    /// MS-WHILE-STOPPED alert still raised.
    WhileStopped,
};

/// The condition of a rule. `subject` is an entry index (Daily), a session index
/// (Session) or a day offset from program_start (Course); unused for Screening.
/// Returns the date the alert fires, or an invalid date when it does not. When `why` is
/// not null and the rule fires, it receives the data that triggered it in plain words.
using RuleCondition = QDate (*)(const RuleContext& context, int subject, QString* why);

/// One row of the rule table: everything the app knows of a safety rule.
struct RuleInfo
{
    QString id;
    AlertLevel level;
    RuleScope scope;
    Refire refire;
    RuleCondition condition;
    const char* title;   ///< short name, untranslated (translate with context "Rules")
    const char* message; ///< why, in one sentence, untranslated (context "Rules")
    const char* source;  ///< the literature behind it
    /// The message ends with the safety net of clinical.md 4.3 (info rules about symptoms).
    bool safetyNet = false;
};

/// The rule table, in the order of clinical.md section 4.
const QList<RuleInfo>& ruleTable();

/// The rule with this id, or null.
const RuleInfo* findRule(const QString& id);

/// The patient-facing action of a level (clinical.md section 4), translated.
QString levelAction(AlertLevel level);

/// The level's name in plain words ("Emergency", "Stop massage", ...), translated.
QString levelTitle(AlertLevel level);

/// A rule's title and source, translated.
QString ruleTitle(const RuleInfo& rule);
QString ruleSource(const RuleInfo& rule);
/// Why the rule matters, in one sentence, translated.
QString ruleReason(const RuleInfo& rule);
/// The whole message, translated: why, then the level's action word for word, then (for
/// MS-FLARE and ESC-PLATEAU) the safety net.
QString ruleMessage(const RuleInfo& rule);
/// The safety net of clinical.md 4.3, translated.
QString safetyNetText();
/// Why massage is on hold on `date` (clinical.md 3, "On hold"), translated: the title of
/// each hold reason with its rule id, then the surgery hold with its last day, joined by
/// "; ". Empty when massage is not on hold then.
QString holdText(const MassageHold& hold, const QDate& date);

} // namespace backlog
