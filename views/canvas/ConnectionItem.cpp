#include "ConnectionItem.h"

#include "CanvasScene.h"
#include "ComponentItem.h"
#include "model/catalog/DesignQueries.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <algorithm>
#include <cmath>

namespace azimuth::views {

namespace {
const QColor kSelection(0x00, 0x73, 0xBB);
constexpr qreal kHead = 9;

/// Connection labels: 10 pixels, larger with the theme's text (presentation mode).
QFont labelFont(qreal scale)
{
    QFont f;
    f.setPixelSize(qRound(10 * scale));
    return f;
}
} // namespace

ConnectionItem::ConnectionItem(CanvasScene& scene, model::ConnectionId id)
    : m_scene(scene), m_id(std::move(id))
{
    setFlags(ItemIsSelectable);
    setZValue(15);
    refresh();
}

void ConnectionItem::refresh()
{
    const model::Connection* c = m_scene.design().connection(m_id);
    if (!c) return;
    m_from = c->from;
    m_to = c->to;
    const QString label = QString::fromStdString(c->label.value_or(""));
    const bool async = model::isAsync(m_scene.design(), m_scene.catalog(), *c);
    if (label != m_label || async != m_async) {
        m_label = label;
        m_async = async;
        m_points.clear(); // draw again even where the route stays
    }
    reroute();
}

QSizeF ConnectionItem::labelSize() const
{
    if (m_label.isEmpty()) return {};
    const qreal s = m_scene.theme().textScale;
    const QFontMetricsF fm(labelFont(s));
    return {std::ceil(fm.horizontalAdvance(m_label) + 8 * s), std::ceil(fm.height() + 4 * s)};
}

void ConnectionItem::reroute()
{
    ComponentItem* from = m_scene.componentItem(m_from);
    ComponentItem* to = m_scene.componentItem(m_to);
    if (!from || !to || m_scene.layoutPending()) return;
    const QSizeF label = labelSize();
    const model::Route route = m_scene.router().route(m_id.value, from->ports(), to->ports(),
                                                      label.width(), label.height());
    QVector<QPointF> pts;
    for (const auto& p : route.points)
        pts.append(QPointF(p.x, p.y));
    const QRectF labelBox =
        route.label ? QRectF(route.label->x, route.label->y, route.label->w, route.label->h)
                    : QRectF();
    setRoute(pts, labelBox);
}

void ConnectionItem::drawStraight()
{
    ComponentItem* from = m_scene.componentItem(m_from);
    ComponentItem* to = m_scene.componentItem(m_to);
    if (!from || !to) return;
    // From border to border of the two boxes, on the line between their centres.
    const QRectF a = from->box();
    const QRectF b = to->box();
    auto border = [](const QRectF& r, const QPointF& towards) {
        const QPointF c = r.center();
        const QPointF d = towards - c;
        if (d.isNull()) return c;
        const qreal sx = d.x() != 0 ? (r.width() / 2) / std::abs(d.x()) : 1e300;
        const qreal sy = d.y() != 0 ? (r.height() / 2) / std::abs(d.y()) : 1e300;
        return c + d * std::min({sx, sy, 1.0});
    };
    setRoute({border(a, b.center()), border(b, a.center())}, QRectF());
}

void ConnectionItem::setRoute(const QVector<QPointF>& pts, const QRectF& labelBox)
{
    // Most reroutes after a relayout find the same route: leave the scene's index alone.
    if (pts == m_points && labelBox == m_labelBox) return;
    m_points = pts;
    m_labelBox = labelBox;
    m_path = QPainterPath();
    if (!pts.isEmpty()) {
        m_path.moveTo(pts.front());
        for (int i = 1; i < pts.size(); ++i)
            m_path.lineTo(pts[i]);
    }
    QRectF bounds = m_path.boundingRect().adjusted(-kHead, -kHead, kHead, kHead);
    if (!m_labelBox.isEmpty()) bounds = bounds.united(m_labelBox);
    if (bounds != m_bounds) {
        prepareGeometryChange();
        m_bounds = bounds;
    }
    update();
}

QRectF ConnectionItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath ConnectionItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    return stroker.createStroke(m_path);
}

void ConnectionItem::paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget*)
{
    if (m_points.size() < 2) return;
    const qreal lod = option->levelOfDetailFromTransform(p->worldTransform());
    p->setRenderHint(QPainter::Antialiasing, lod > 0.3);
    const QColor color = isSelected() ? kSelection : m_scene.theme().line;
    QPen pen(color, (isSelected() ? 2.5 : 1.5) * m_scene.theme().lineScale,
             m_async ? Qt::DashLine : Qt::SolidLine);
    pen.setCapStyle(Qt::FlatCap);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    if (lod < 0.15) {
        // Far out an arrowhead is a few pixels: the route alone says what joins what.
        p->drawPolyline(m_points.constData(), static_cast<int>(m_points.size()));
        return;
    }
    // Stop the line where the arrowhead starts so the tip stays sharp.
    QPainterPath line;
    line.moveTo(m_points.front());
    for (int i = 1; i < m_points.size() - 1; ++i)
        line.lineTo(m_points[i]);
    const QPointF end = m_points.back();
    const QPointF prev = m_points[m_points.size() - 2];
    const QLineF last(prev, end);
    QPointF base = end;
    if (last.length() > kHead) base = last.pointAt(1 - kHead / last.length());
    line.lineTo(base);
    p->drawPath(line);
    // Solid head.
    const QLineF dir(end, prev);
    const qreal angle = std::atan2(-dir.dy(), dir.dx());
    const qreal spread = 0.45;
    QPolygonF head;
    head << end
         << end + QPointF(std::cos(angle + spread) * kHead, -std::sin(angle + spread) * kHead)
         << end + QPointF(std::cos(angle - spread) * kHead, -std::sin(angle - spread) * kHead);
    p->setPen(Qt::NoPen);
    p->setBrush(color);
    p->drawPolygon(head);
    if (!m_label.isEmpty() && !m_labelBox.isEmpty() && lod > 0.4) {
        const QFont f = labelFont(m_scene.theme().textScale);
        const QRectF r = m_labelBox;
        p->setBrush(m_scene.theme().labelBackground);
        p->drawRoundedRect(r, 3, 3);
        p->setFont(f);
        p->setPen(color);
        p->drawText(r, Qt::AlignCenter, m_label);
    }
}

} // namespace azimuth::views
