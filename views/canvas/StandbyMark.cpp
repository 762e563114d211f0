#include "StandbyMark.h"

#include "IconCache.h"

#include <QPaintEngine>
#include <QPainter>
#include <QSvgRenderer>

namespace azimuth::views {

StandbyMark::StandbyMark(const QString& icon) : m_icon(icon)
{
    // Above the zones and bands, below the components: it is not picked or moved.
    setZValue(15);
    setAcceptedMouseButtons(Qt::NoButton);
}

void StandbyMark::place(const QRectF& box, const QString& of)
{
    prepareGeometryChange();
    setPos(box.topLeft());
    m_size = box.size();
    m_of = of;
    update();
}

QRectF StandbyMark::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_size).adjusted(-2, -2, 2, 2);
}

void StandbyMark::paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*)
{
    p->setRenderHint(QPainter::Antialiasing);
    const QRectF r(QPointF(0, 0), m_size);
    QPen pen(QColor(0x3B, 0x48, 0xCC));
    pen.setStyle(Qt::DashLine);
    pen.setWidthF(1.2);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    p->drawRoundedRect(r.adjusted(1, 1, -1, -1), 6, 6);
    const QRectF icon(r.center().x() - 20, r.top() + 4, 40, 40);
    p->setOpacity(0.45);
    // Exports draw the icon's paths (an SVG or PDF holds no bitmap); the screen a cached one.
    const QPaintEngine* engine = p->paintEngine();
    QSvgRenderer* svg =
        engine && (engine->type() == QPaintEngine::SVG || engine->type() == QPaintEngine::Pdf)
            ? IconCache::renderer(m_icon)
            : nullptr;
    if (svg) {
        svg->render(p, icon);
    } else {
        const QPixmap pm =
            IconCache::pixmap(m_icon, 40, p->device() ? p->device()->devicePixelRatioF() : 1.0);
        if (!pm.isNull()) p->drawPixmap(icon, pm, QRectF(QPointF(0, 0), QSizeF(pm.size())));
    }
    p->setOpacity(1);
    QFont f = p->font();
    f.setPointSizeF(8);
    p->setFont(f);
    p->setPen(QColor(0x3B, 0x48, 0xCC));
    p->drawText(QRectF(r.left(), r.top() + 50, r.width(), 16), Qt::AlignHCenter | Qt::AlignVCenter,
                QStringLiteral("Standby"));
    p->drawText(QRectF(r.left(), r.top() + 66, r.width(), 14), Qt::AlignHCenter | Qt::AlignVCenter,
                QFontMetricsF(f).elidedText(m_of, Qt::ElideRight, r.width() - 4));
}

} // namespace azimuth::views
