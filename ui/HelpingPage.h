// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Pages.h"
#include "clinical/Analysis.h"

#include <QWidget>

class QLabel;

namespace backlog {

/// The mean logged pain on each day around the usable sessions (3 days before to 4 after),
/// as bars, the session day marked: what the diary shows before any adjustment.
class AroundSessionsChart : public QWidget
{
    Q_OBJECT

public:
    explicit AroundSessionsChart(QWidget* parent = nullptr);

    void setEffect(const SessionEffect& effect, Reader reader);
    /// The values in words, for a screen reader and the tests.
    QString describe() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    SessionEffect m_effect;
    Reader m_reader = Reader::Patient;
};

/// "Is it helping?": whether pain is lower on the two days after a massage session than
/// the diary predicts without one (product.md feature 14), in plain words, with its range,
/// what it cannot tell, and the pain around sessions. In review mode it speaks of the
/// patient.
class HelpingPage : public QWidget
{
    Q_OBJECT

public:
    explicit HelpingPage(const PageContext& context, QWidget* parent = nullptr);

    QLabel* verdictLabel() const { return m_verdict; }
    QLabel* figuresLabel() const { return m_figures; }
    QLabel* usableLabel() const { return m_usable; }
    QLabel* limitsLabel() const { return m_limits; }
    AroundSessionsChart* chart() const { return m_chart; }
    const SessionEffect& effect() const { return m_effect; }

public Q_SLOTS:
    /// Analyses the diary again, as of today (the review date in review mode).
    void refresh();

private:
    PageContext m_context;
    SessionEffect m_effect;
    QLabel* m_heading;
    QLabel* m_verdict;
    QLabel* m_figures;
    QLabel* m_usable;
    QLabel* m_chartTitle;
    AroundSessionsChart* m_chart;
    QLabel* m_limits;
    QLabel* m_method;
};

} // namespace backlog
