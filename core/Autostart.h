// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QString>

namespace backlog {

/// The XDG autostart entry that starts BackLog at login (in the user's config folder).
QString autostartPath();
/// Writes (enable) or removes (disable) the autostart entry for `program`.
Status setAutostart(bool enable, const QString& program);
bool autostartEnabled();

} // namespace backlog
