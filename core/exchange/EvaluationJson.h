// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clinical/Engine.h"

#include <QByteArray>

namespace backlog {

/// The evaluate report of formats.md section 4, pretty-printed, keys in documented order.
/// The engine returns values; this is where they become JSON.
QByteArray evaluationToJson(const Evaluation& evaluation);

} // namespace backlog
