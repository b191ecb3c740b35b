// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Enums.h"

#include <QColor>
#include <QIcon>
#include <QWidget>

class QPainter;

namespace backlog {

/// The sign of an alert level: a distinct shape per level (so that the level never rests
/// on colour alone), filled from a colour-blind-safe set (Okabe-Ito):
/// emergency a filled octagon with "!", urgent a triangle with "!", stop massage a
/// square with a raised-hand stop bar, see a doctor a circle with a cross, clearance a
/// diamond with a pause sign, information an outlined circle with "i".
/// As a widget it shows one level at its size, with the level's words as accessible name.
class LevelIcon : public QWidget
{
    Q_OBJECT

public:
    explicit LevelIcon(AlertLevel level = AlertLevel::Info, int size = 32,
                       QWidget* parent = nullptr);

    AlertLevel level() const { return m_level; }
    void setLevel(AlertLevel level);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

    /// Paints the sign of `level` into `rect` (kept square and centred); `monochrome` draws
    /// it in black on white (a grey-scale print), where the shape alone tells the level.
    static void paint(QPainter& painter, const QRectF& rect, AlertLevel level,
                      bool monochrome = false);
    /// An icon of the sign, sharp at any size and device pixel ratio.
    static QIcon icon(AlertLevel level);
    /// The fill colour of the level (never the only cue).
    static QColor color(AlertLevel level);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    AlertLevel m_level;
    int m_size;
};

} // namespace backlog
