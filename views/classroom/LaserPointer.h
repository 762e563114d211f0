#pragma once
// A laser-pointer dot for presenting: a red glow that follows the mouse over the canvas,
// the same size on screen at any zoom.

#include <QGraphicsItem>

namespace azimuth::views {

class LaserPointer : public QGraphicsItem
{
  public:
    enum
    {
        Type = UserType + 40
    };
    /// Radius of the glow on screen, in pixels.
    static constexpr qreal kRadius = 16;

    LaserPointer();

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
};

} // namespace azimuth::views
