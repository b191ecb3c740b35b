// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

class QCoreApplication;

namespace backlog {

/// Installs the translations for `locale` (by default the system's, from LANG and
/// LC_* on Linux) into `app`: BackLog's own, compiled into the programs, and Qt's own
/// (qtbase) from Qt's translations folder, for the buttons and dialogs Qt supplies.
/// English is the source language and needs none. Returns the name of the BackLog
/// translation loaded ("de" for German), or an empty string when none was needed or found.
QString installTranslations(QCoreApplication& app, const QLocale& locale = QLocale());

/// Removes what installTranslations() installed (for tests that switch language).
void removeTranslations(QCoreApplication& app);

} // namespace backlog
