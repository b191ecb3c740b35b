// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/Bundle.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace backlog {

// FHIR R4 export (formats.md section 3): a Bundle of type "collection" that a clinical
// system can take in. It is an export only; BackLog does not read FHIR.
//
// Choices (also in docs/formats-notes.md):
// - Every entry has a fullUrl "urn:uuid:..." and its resource no id. The UUIDs are
//   version 5 (name-based) UUIDs of the content's identity (the patient's episode, the
//   date, the session's place on its date, the rule), so exporting the same diary twice
//   gives the same UUIDs, and a receiving system can recognise what it already has.
// - Patient: the name as HumanName.text when the diary has one; nothing else is known.
// - For every entry day, a pain Observation: status final, category survey, LOINC
//   72514-3, valueInteger 0..10, effectiveDateTime the date; the day's note goes into
//   Observation.note. When function was logged, a second Observation with the app's own
//   code "function" (PSFS has no LOINC code) and valueQuantity {value, unit "{score}",
//   system UCUM, code "{score}"}.
// - A massage session is a Procedure: status completed, performedDateTime its date, code
//   the app's code of its kind ("massage-deep-tissue", ...) with the minutes in the text,
//   the therapist as performer.actor.display, a shooting pain or numbness during the
//   session as complication, the note as note.
// - A raised alert is a Flag: status active, or inactive once acknowledged (the
//   acknowledgement date then ends its period); category "clinical" and the alert level
//   in the app's level code system; code the rule id in the app's rule code system, its
//   text the rule id and title; period.start the date it fired.
// - The app's own code systems are URNs, identifiers that are never looked up:
//   kFhirCodeSystem, kFhirRuleSystem and kFhirLevelSystem.
// - Texts are in English whatever the language of the app, like the codes they name, so
//   that an export does not depend on the user's settings.

/// The app's own codes: "function" and the session kinds ("massage-swedish", ...).
inline constexpr char kFhirCodeSystem[] = "urn:backlog:codes";
/// Safety rule ids (clinical.md section 4) as codes.
inline constexpr char kFhirRuleSystem[] = "urn:backlog:rules";
/// Alert levels ("emergency", "see-doctor", ...) as codes.
inline constexpr char kFhirLevelSystem[] = "urn:backlog:alert-levels";

/// The bundle's patient, entries and sessions, and `alerts` as Flags, as a FHIR R4 Bundle
/// (pretty-printed JSON). `generatedAt` becomes Bundle.timestamp (UTC).
QByteArray writeFhirBundle(const Bundle& bundle, const QList<Alert>& alerts,
                           const QDateTime& generatedAt);

/// The same, with the bundle's own alerts.
inline QByteArray writeFhirBundle(const Bundle& bundle, const QDateTime& generatedAt)
{
    return writeFhirBundle(bundle, bundle.alerts, generatedAt);
}

} // namespace backlog
