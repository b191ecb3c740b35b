// SPDX-License-Identifier: GPL-3.0-or-later
#include "LevelIcon.h"

#include "clinical/RuleTable.h"

#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <cmath>

namespace backlog {
namespace {

// Okabe-Ito, a palette told apart by the common forms of colour blindness; the shapes
// carry the level on their own as well.
QColor fillOf(AlertLevel level)
{
    switch (level) {
    case AlertLevel::Emergency:
        return QColor(0xD5, 0x5E, 0x00); // vermillion
    case AlertLevel::Urgent:
        return QColor(0xE6, 0x9F, 0x00); // orange
    case AlertLevel::StopMassage:
        return QColor(0xCC, 0x79, 0xA7); // reddish purple
    case AlertLevel::SeeDoctor:
        return QColor(0x00, 0x72, 0xB2); // blue
    case AlertLevel::Clearance:
        return QColor(0x00, 0x9E, 0x73); // bluish green
    case AlertLevel::Info:
        return QColor(0x56, 0xB4, 0xE9); // sky blue
    }
    return Qt::gray;
}

// The glyph inside each shape, in whichever of black and white reads better on its fill.
QColor glyphOf(AlertLevel level)
{
    switch (level) {
    case AlertLevel::Urgent:
    case AlertLevel::StopMassage:
    case AlertLevel::Info:
        return Qt::black;
    default:
        return Qt::white;
    }
}

QPolygonF regularPolygon(int corners, double radius, double rotation)
{
    QPolygonF polygon;
    for (int i = 0; i < corners; ++i) {
        const double angle = rotation + 2.0 * M_PI * i / corners;
        polygon << QPointF(50 + radius * std::cos(angle), 50 + radius * std::sin(angle));
    }
    return polygon;
}

void exclamation(QPainter& p, double top, double bottom)
{
    const double dot = 11;
    p.drawRoundedRect(QRectF(44, top, 12, bottom - top - dot - 5), 4, 4);
    p.drawEllipse(QRectF(50 - dot / 2, bottom - dot, dot, dot));
}

class LevelIconEngine : public QIconEngine
{
public:
    explicit LevelIconEngine(AlertLevel level) : m_level(level) {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        painter->save();
        if (mode == QIcon::Disabled)
            painter->setOpacity(0.45);
        LevelIcon::paint(*painter, rect, m_level);
        painter->restore();
    }
    QIconEngine* clone() const override { return new LevelIconEngine(m_level); }
    QString key() const override { return QStringLiteral("backlog-level"); }

private:
    AlertLevel m_level;
};

} // namespace

LevelIcon::LevelIcon(AlertLevel level, int size, QWidget* parent)
    : QWidget(parent), m_level(level), m_size(size)
{
    setObjectName(QStringLiteral("levelIcon"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setAccessibleName(levelTitle(level));
    setToolTip(levelTitle(level));
}

void LevelIcon::setLevel(AlertLevel level)
{
    m_level = level;
    setAccessibleName(levelTitle(level));
    setToolTip(levelTitle(level));
    update();
}

QSize LevelIcon::sizeHint() const
{
    return {m_size, m_size};
}

void LevelIcon::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    paint(painter, rect(), m_level);
}

QColor LevelIcon::color(AlertLevel level)
{
    return fillOf(level);
}

QIcon LevelIcon::icon(AlertLevel level)
{
    return QIcon(new LevelIconEngine(level));
}

void LevelIcon::paint(QPainter& p, const QRectF& rect, AlertLevel level, bool monochrome)
{
    const double side = std::min(rect.width(), rect.height());
    if (side <= 0)
        return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(rect.center().x() - side / 2, rect.center().y() - side / 2);
    p.scale(side / 100.0, side / 100.0); // draw in a 100 x 100 box

    const QColor fill = monochrome ? QColor(Qt::white) : fillOf(level);
    p.setPen(QPen(monochrome ? QColor(Qt::black) : fill.darker(170), monochrome ? 6 : 4,
                  Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(fill);
    switch (level) {
    case AlertLevel::Emergency:
        p.drawPolygon(regularPolygon(8, 48, M_PI / 8));
        break;
    case AlertLevel::Urgent:
        p.drawPolygon(QPolygonF{{50, 5}, {97, 92}, {3, 92}});
        break;
    case AlertLevel::StopMassage:
        p.drawRoundedRect(QRectF(6, 6, 88, 88), 10, 10);
        break;
    case AlertLevel::SeeDoctor:
        p.drawEllipse(QRectF(3, 3, 94, 94));
        break;
    case AlertLevel::Clearance:
        p.drawPolygon(QPolygonF{{50, 2}, {98, 50}, {50, 98}, {2, 50}});
        break;
    case AlertLevel::Info:
        p.drawEllipse(QRectF(5, 5, 90, 90));
        break;
    }

    p.setPen(Qt::NoPen);
    p.setBrush(monochrome ? QColor(Qt::black) : glyphOf(level));
    switch (level) {
    case AlertLevel::Emergency:
        exclamation(p, 20, 80);
        break;
    case AlertLevel::Urgent:
        exclamation(p, 34, 84);
        break;
    case AlertLevel::StopMassage: {
        // A raised hand: palm, four fingers and a thumb.
        QPainterPath hand;
        hand.addRoundedRect(QRectF(30, 46, 42, 36), 12, 12);
        for (int i = 0; i < 4; ++i) {
            const double top = (i == 1 || i == 2) ? 16 : 22;
            hand.addRoundedRect(QRectF(30 + i * 11, top, 9, 40), 4.5, 4.5);
        }
        QPainterPath thumb;
        thumb.addRoundedRect(QRectF(-4.5, -18, 9, 30), 4.5, 4.5);
        hand.addPath(QTransform().translate(27, 62).rotate(-35).map(thumb));
        hand.setFillRule(Qt::WindingFill);
        p.drawPath(hand.simplified());
        break;
    }
    case AlertLevel::SeeDoctor:
        p.drawRect(QRectF(42, 22, 16, 56));
        p.drawRect(QRectF(22, 42, 56, 16));
        break;
    case AlertLevel::Clearance:
        p.drawRect(QRectF(36, 32, 10, 36));
        p.drawRect(QRectF(54, 32, 10, 36));
        break;
    case AlertLevel::Info:
        p.drawEllipse(QRectF(43, 20, 14, 14));
        p.drawRoundedRect(QRectF(43, 41, 14, 40), 3, 3);
        break;
    }
    p.restore();
}

} // namespace backlog
