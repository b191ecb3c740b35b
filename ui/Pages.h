// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QUndoStack;

namespace backlog {

class DiaryService;
class Settings;

/// What every page of the main window is given: the diary service (reads and writes,
/// told of changes by its `changed()` signal), the undo stack on which every edit is
/// pushed as a command, and the settings.
struct PageContext
{
    DiaryService& service;
    QUndoStack& undo;
    Settings& settings;
};

} // namespace backlog
