// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Pages.h"
#include "model/DailyEntry.h"
#include "model/Episode.h"

#include <QDate>
#include <QList>
#include <QWidget>
#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QFrame;
class QScrollArea;
class QDateEdit;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimer;
class QVBoxLayout;

namespace backlog {

class LevelIcon;
class ScoreSelector;

/// The daily check-in: pain, function, the symptom check, the after-session questions,
/// today's plan checklist and a note. Every change is saved at once (a note a moment
/// after typing stops) as an undoable edit; any earlier day can be opened and edited.
class TodayPage : public QWidget
{
    Q_OBJECT

public:
    explicit TodayPage(const PageContext& context, QWidget* parent = nullptr);

    QDate date() const { return m_date; }
    /// Shows (and edits) the entry of `date`; saves what was typed first.
    void showDate(const QDate& date);
    /// Saves anything not yet saved (the note being typed).
    void flush();

    ScoreSelector* painSelector() const { return m_pain; }
    ScoreSelector* functionSelector() const { return m_function; }
    const QList<ScoreSelector*>& activitySelectors() const { return m_activities; }
    QLabel* statusLabel() const { return m_status; }
    QCheckBox* symptomBox(const QString& key) const;
    QComboBox* legWeaknessBox() const { return m_legWeakness; }
    QComboBox* legPainBox() const { return m_legPain; }
    /// What the evaluation says about the day shown (its alerts' actions), under the
    /// symptom check; hidden when it says nothing.
    QFrame* dayAlertsFrame() const { return m_dayAlerts; }
    QLabel* dayAlertsLabel() const { return m_dayAlertsText; }
    QGroupBox* afterSessionGroup() const { return m_afterGroup; }
    QPlainTextEdit* noteEdit() const { return m_note; }

Q_SIGNALS:
    void saveFailed(const QString& message);

private:
    void rebuildForEpisode();
    void load();
    void refreshFromService();
    void scheduleNoteSave();
    /// The entry the widgets show, or nothing while no pain score is chosen.
    std::optional<DailyEntry> entryFromWidgets() const;
    void save(const QString& what);
    void updateEnabled();
    void updateDayAlerts();
    /// Runs `change` and then scrolls so that `anchor` stays where it was on the screen
    /// (the banner appearing above the pages must not move what was just ticked).
    void keepInPlace(QWidget* anchor, const std::function<void()>& change);
    void updateHeader();
    bool asksAfterSession() const;

    PageContext m_context;
    QDate m_date;
    bool m_loading = false;

    QDateEdit* m_dateEdit;
    QPushButton* m_previous;
    QPushButton* m_next;
    QPushButton* m_todayButton;
    QLabel* m_header;
    ScoreSelector* m_pain;
    QGroupBox* m_functionGroup;
    QVBoxLayout* m_functionLayout;
    ScoreSelector* m_function;
    QList<ScoreSelector*> m_activities;
    QLabel* m_functionResult;
    QGroupBox* m_symptomGroup;
    QList<QPair<QString, QCheckBox*>> m_symptoms;
    QComboBox* m_legWeakness;
    QComboBox* m_legPain;
    QFrame* m_dayAlerts;
    LevelIcon* m_dayAlertsIcon;
    QLabel* m_dayAlertsText;
    QScrollArea* m_scroll;
    QWidget* m_content;
    int m_padding = 0; ///< room added below the content to keep a control in place
    QGroupBox* m_afterGroup;
    QComboBox* m_stiffness;
    QCheckBox* m_reaction;
    QGroupBox* m_planGroup;
    QVBoxLayout* m_planLayout;
    QList<QPair<QString, QWidget*>> m_planInputs;
    QPlainTextEdit* m_note;
    QTimer* m_noteTimer;
    QLabel* m_status;
    QJsonObject m_extra;
    std::optional<Episode> m_episodeShown; ///< the episode the page was built for
    QStringList m_activityNames;
};

} // namespace backlog
