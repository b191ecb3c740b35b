// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class QWidget;

namespace backlog {

/// Quits the application right after `window` has painted for the first time (used by
/// the start-up benchmark, and by its minimal reference program).
void exitAfterFirstPaint(QWidget* window);

/// Runs `then` once, right after `window` (any of its widgets) has painted the first time.
void afterFirstPaint(QWidget* window, std::function<void()> then);

} // namespace backlog
