#include "LaserPointer.h"

#include <QPainter>
#include <QRadialGradient>

namespace azimuth::views {

LaserPointer::LaserPointer()
{
    setFlag(ItemIgnoresTransformations);
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
    setZValue(20000); // above the drill overlay too
}

QRectF LaserPointer::boundingRect() const
{
    return QRectF(-kRadius, -kRadius, 2 * kRadius, 2 * kRadius);
}

void LaserPointer::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    QRadialGradient glow(QPointF(0, 0), kRadius);
    glow.setColorAt(0.0, QColor(255, 40, 40, 255));
    glow.setColorAt(0.25, QColor(255, 30, 30, 230));
    glow.setColorAt(0.45, QColor(255, 0, 0, 110));
    glow.setColorAt(1.0, QColor(255, 0, 0, 0));
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(glow);
    painter->drawEllipse(boundingRect());
}

} // namespace azimuth::views
