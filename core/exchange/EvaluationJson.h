// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clinical/Analysis.h"
#include "clinical/Engine.h"

#include <QByteArray>

namespace backlog {

/// The evaluate report of formats.md section 4, pretty-printed, keys in documented order.
/// The engine returns values; this is where they become JSON.
QByteArray evaluationToJson(const Evaluation& evaluation);

/// The analyse report of formats.md section 5: effect and bounds rounded half up to two
/// decimals, the p-value to four; the verdict comes from the unrounded interval.
QByteArray sessionEffectToJson(const SessionEffect& effect);

} // namespace backlog
