// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Pages.h"
#include "model/Alert.h"
#include "model/Episode.h"

#include <QList>
#include <QMap>
#include <QWizard>
#include <optional>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QRadioButton;
class QTimeEdit;

namespace backlog {

class LevelIcon;
class ScoreSelector;

/// The first-run setup, re-openable later to change the answers: what BackLog is and is
/// not, the dates of the episode, the screening questions (clinical.md 4.1) with the
/// alert of each "yes" shown at once, the important activities (PSFS), the baseline and
/// the daily reminder. It starts from the current episode when there is one.
///
/// Finishing saves the episode. A first setup is saved directly (there is no state
/// before it to go back to, and "undo" would leave a diary without an episode); a later
/// change is an EpisodeCommand on the undo stack.
class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { IntroPage, DatesPage, ScreeningPage, ActivitiesPage, BaselinePage, ReminderPage };

    /// One screening question: its rule id and how it is asked.
    struct Question
    {
        QString rule;
        bool Screening::*answer;
        QString text;
    };

    explicit SetupWizard(const PageContext& context, QWidget* parent = nullptr);

    /// How the wizard asks the screening question `rule` (a SCR-* id), translated.
    static QString questionText(const QString& rule);

    /// The episode the answers describe (what finishing saves).
    Episode episode() const;
    /// Saves the answers (episode and reminder); false, with a message shown, on failure.
    bool save();
    void accept() override;

    /// The screening questions, in the order of clinical.md 4.1.
    const QList<Question>& questions() const { return m_questions; }
    QRadioButton* yesButton(const QString& rule) const;
    QRadioButton* noButton(const QString& rule) const;
    /// The words under a question that show the alert its answer raises (hidden when none).
    QLabel* screeningAlertLabel(const QString& rule) const;
    /// The alerts the current screening answers raise, as the engine evaluates them.
    QList<Alert> screeningAlerts() const;

    QLineEdit* patientNameEdit() const { return m_name; }
    QDateEdit* onsetDateEdit() const { return m_onset; }
    QDateEdit* programStartEdit() const { return m_start; }
    QLabel* datesMessageLabel() const { return m_datesMessage; }
    QDateEdit* surgeryDateEdit() const { return m_surgeryDate; }
    QCheckBox* surgeryDateUnknownBox() const { return m_surgeryUnknown; }
    QLabel* surgeryMessageLabel() const { return m_surgeryMessage; }
    QLineEdit* activityEdit(int index) const { return m_activities.at(index); }
    ScoreSelector* painSelector() const { return m_pain; }
    ScoreSelector* functionSelector() const { return m_function; }
    QCheckBox* reminderCheckBox() const { return m_reminderEnabled; }
    QTimeEdit* reminderTimeEdit() const { return m_reminderTime; }
    QLabel* summaryLabel() const { return m_summary; }

Q_SIGNALS:
    /// An answer to the screening questions changed (its alerts are already shown).
    void screeningChanged();

private:
    QWizardPage* createIntroPage();
    QWizardPage* createDatesPage();
    QWizardPage* createScreeningPage();
    QWizardPage* createActivitiesPage();
    QWizardPage* createBaselinePage();
    QWizardPage* createReminderPage();
    void loadAnswers();
    void updateDatesMessage();
    void updateScreeningAlerts();
    void updateSummary();
    bool datesValid() const;
    QStringList activities() const;

    struct QuestionWidgets
    {
        QRadioButton* no = nullptr;
        QRadioButton* yes = nullptr;
        QWidget* alertPanel = nullptr;
        LevelIcon* icon = nullptr;
        QLabel* alertText = nullptr;
    };

    PageContext m_context;
    std::optional<Episode> m_previous;
    QList<Question> m_questions;
    QMap<QString, QuestionWidgets> m_questionWidgets;
    QLineEdit* m_name = nullptr;
    QDateEdit* m_onset = nullptr;
    QDateEdit* m_start = nullptr;
    QLabel* m_datesMessage = nullptr;
    QWidget* m_surgeryRow = nullptr;
    QDateEdit* m_surgeryDate = nullptr;
    QCheckBox* m_surgeryUnknown = nullptr;
    QLabel* m_surgeryMessage = nullptr;
    QList<QLineEdit*> m_activities;
    ScoreSelector* m_pain = nullptr;
    ScoreSelector* m_function = nullptr;
    QCheckBox* m_reminderEnabled = nullptr;
    QTimeEdit* m_reminderTime = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace backlog
