// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace backlog {

/// Quits the application right after `window` has painted for the first time (used by
/// the start-up benchmark, and by its minimal reference program).
void exitAfterFirstPaint(QWidget* window);

} // namespace backlog
