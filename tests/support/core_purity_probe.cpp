// SPDX-License-Identifier: GPL-3.0-or-later
// Compiled with backlog_core's settings by the test core_cannot_include_widgets, which
// passes only when this file fails to compile.
#include <QWidget>

void probe(QWidget* widget)
{
    widget->show();
}
