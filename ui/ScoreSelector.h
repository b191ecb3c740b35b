// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QButtonGroup;
class QLabel;

namespace backlog {

/// A row of large buttons 0..10 with anchor words at both ends. Keyboard: digits choose
/// (1 then 0 for 10), arrow keys move, Delete clears.
class ScoreSelector : public QWidget
{
    Q_OBJECT

public:
    ScoreSelector(const QString& name, const QString& lowAnchor, const QString& highAnchor,
                  QWidget* parent = nullptr);

    /// The chosen score, or -1 when none is chosen.
    int value() const;
    void setValue(int value);
    void clear();
    /// Chooses a score as the user would (emits valueChosen): for assistive technology
    /// setting the value.
    void chooseFromAssistiveTechnology(int value);

Q_SIGNALS:
    /// Emitted when the user picks a score (not on setValue).
    void valueChosen(int value);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void choose(int value);
    /// Tells assistive technology the value changed.
    void announce();

    QButtonGroup* m_group;
    bool m_pendingOne = false;
};

} // namespace backlog
