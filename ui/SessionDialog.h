// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clinical/Hold.h"
#include "clinical/Plan.h"
#include "model/Episode.h"
#include "model/Session.h"

#include <QDate>
#include <QDialog>
#include <QList>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QWidget;

namespace backlog {

/// Adding or editing one massage session. Shows the plan's guidance for the session as
/// it is typed and warns before a stop-massage alert is raised. It never writes: the
/// caller reads `session()` once the dialog is accepted.
class SessionDialog : public QDialog
{
    Q_OBJECT

public:
    /// `session` is the session to edit (id != 0) or the defaults of a new one;
    /// `sessions` are all sessions of the diary (for the guidance); `today` is the latest
    /// date a session may have.
    /// `hold` is the evaluation's: on a day massage is on hold the dialog warns, naming what
    /// holds it, before the session is saved (it never refuses).
    SessionDialog(const std::optional<Episode>& episode, const QList<Session>& sessions,
                  const Session& session, const QDate& today,
                  const MassageHold& hold = MassageHold(), QWidget* parent = nullptr);

    /// The session as entered (keeps the id and unknown fields of the edited one).
    Session session() const;
    /// True when the entered session can be saved (minutes 1..600, a valid date).
    bool isValid() const;

    QDateEdit* dateEdit() const { return m_date; }
    QSpinBox* minutesSpinBox() const { return m_minutes; }
    QComboBox* kindComboBox() const { return m_kind; }
    QLineEdit* therapistLineEdit() const { return m_therapist; }
    QCheckBox* shootingPainCheckBox() const { return m_shootingPain; }
    QCheckBox* numbnessCheckBox() const { return m_numbness; }
    QPlainTextEdit* noteTextEdit() const { return m_note; }
    QPushButton* saveButton() const { return m_save; }
    QLabel* guidanceLabel() const { return m_guidance; }
    QLabel* alertWarningLabel() const { return m_warningText; }
    /// The warning that massage is on hold on the session's date (hidden when it is not).
    QLabel* holdWarningLabel() const { return m_holdText; }
    QLabel* errorLabel() const { return m_error; }

public Q_SLOTS:
    void accept() override;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateState();
    void updateHold(const SessionCheck& check);
    void fitHeight();

    std::optional<Episode> m_episode;
    QList<Session> m_sessions;
    Session m_initial;
    MassageHold m_hold;
    QWidget* m_holdWarning;
    QLabel* m_holdText;
    QDateEdit* m_date;
    QSpinBox* m_minutes;
    QComboBox* m_kind;
    QLineEdit* m_therapist;
    QCheckBox* m_shootingPain;
    QCheckBox* m_numbness;
    QPlainTextEdit* m_note;
    QLabel* m_guidance;
    QWidget* m_warning;
    QLabel* m_warningText;
    QLabel* m_error;
    QPushButton* m_save;
};

} // namespace backlog
