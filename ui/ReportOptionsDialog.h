// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportWriter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;

namespace backlog {

/// Asks what goes into the physiotherapist's report before it is saved: the paper (A4 or
/// Letter, the locale's by default) and whether the patient's daily notes are included
/// (they are private unless the patient says so).
class ReportOptionsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReportOptionsDialog(const ReportOptions& options, QWidget* parent = nullptr);

    /// The options as chosen.
    ReportOptions options() const;
    QComboBox* paperComboBox() const { return m_paper; }
    QCheckBox* notesCheckBox() const { return m_notes; }

private:
    ReportOptions m_options;
    QComboBox* m_paper;
    QCheckBox* m_notes;
};

} // namespace backlog
