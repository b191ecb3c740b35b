// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QAbstractButton;
class QWidget;

namespace backlog {

/// Ctrl+Enter (and Ctrl+Return) clicks `button` of `dialog`, as Enter does outside a
/// multi-line field: it also works while the cursor is in a note, and does nothing while
/// the button is disabled.
void acceptOnCtrlEnter(QWidget* dialog, QAbstractButton* button);

} // namespace backlog
