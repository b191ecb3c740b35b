// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Pages.h"

#include <QDate>
#include <QWidget>

class QFrame;
class QGroupBox;
class QLabel;
class QStackedWidget;
class QTableWidget;

namespace backlog {

class LevelIcon;
struct PlanDay;

/// The three phases of the plan on a line, drawn in the palette's colours with text
/// labels: today's position and the review points at the end of weeks 4 and 8.
class PlanTimeline : public QWidget
{
    Q_OBJECT

public:
    explicit PlanTimeline(QWidget* parent = nullptr);

    /// Shows the plan starting on `programStart` with today on program day `today`
    /// (0 or less before the start).
    void setPlan(const QDate& programStart, int today);
    int today() const { return m_today; }
    /// Weeks drawn: at least 12, more once the program runs longer.
    int weeksShown() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QString describe() const;

    QDate m_start;
    int m_today = 0;
};

/// The plan: the timeline, what this phase asks for, this week's targets against what
/// was done, the review points and the adherence of every ended week.
class PlanPage : public QWidget
{
    Q_OBJECT

public:
    explicit PlanPage(const PageContext& context, QWidget* parent = nullptr);

    PlanTimeline* timeline() const { return m_timeline; }
    QLabel* positionLabel() const { return m_position; }
    /// The words saying massage is on hold and why (hidden when it is not).
    QLabel* holdLabel() const { return m_holdText; }
    QLabel* phaseSummaryLabel() const { return m_summary; }
    QLabel* subStepLabel() const { return m_subStep; }
    QTableWidget* weekTable() const { return m_week; }
    QTableWidget* adherenceTable() const { return m_adherence; }
    /// True while the diary has no episode and the page says the plan starts after setup.
    bool showsSetupNotice() const;

public Q_SLOTS:
    /// Reads the plan, the diary and the evaluation again.
    void refresh();

private:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void refreshWeek(const PlanDay& plan);
    void refreshHold(const QDate& today);
    void refreshAdherence();
    void refreshReviews();

    PageContext m_context;
    QStackedWidget* m_stack;
    QWidget* m_setupNotice;
    QWidget* m_content;
    PlanTimeline* m_timeline;
    QLabel* m_position;
    QFrame* m_hold;
    LevelIcon* m_holdIcon;
    QLabel* m_holdText;
    QLabel* m_summary;
    QLabel* m_subStep;
    QLabel* m_tasks;
    QGroupBox* m_weekBox;
    QTableWidget* m_week;
    QLabel* m_reviews;
    QTableWidget* m_adherence;
    QLabel* m_adherenceEmpty;
};

} // namespace backlog
