#include "ConnectionItem.h"

#include "CanvasScene.h"
#include "ComponentItem.h"
#include "model/catalog/DesignQueries.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <cmath>

namespace azimuth::views {

namespace {
const QColor kSelection(0x00, 0x73, 0xBB);
constexpr qreal kHead = 9;

QFont labelFont()
{
    QFont f;
    f.setPixelSize(10);
    return f;
}

/// Where a connection's label sits: the middle of the cross-bar of a bent arrow; a third
/// of the way along a straight one, clear of the frames around its target.
QPointF labelAnchor(const QVector<QPointF>& pts)
{
    if (pts.size() == 2) return pts[0] + (pts[1] - pts[0]) / 3;
    return (pts[pts.size() / 2 - 1] + pts[pts.size() / 2]) / 2;
}

/// Where an arrow meets a component from the side: a node at its icon, which is what the
/// eye reads as the component; anything else at its frame.
QRectF sideBox(const ComponentItem* item)
{
    const QRectF b = item->box();
    if (item->look() == ComponentItem::Look::Node)
        return QRectF(b.center().x() - 22, b.top() + 4, 44, 40);
    return b;
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
        m_labelWidth =
            m_label.isEmpty() ? 0 : QFontMetricsF(labelFont()).horizontalAdvance(m_label) + 8;
        m_async = async;
        m_points.clear(); // draw again even where the route stays
    }
    reroute();
}

bool ConnectionItem::segmentClear(const QPointF& a, const QPointF& b) const
{
    const QRectF r = QRectF(a, b).normalized().adjusted(-2, -2, 2, 2);
    for (ComponentItem* ci : m_scene.nodesNear(r)) {
        if (ci->id() == m_from || ci->id() == m_to) continue;
        if (ci->box().adjusted(8, 0, -8, -4).intersects(r)) return false;
    }
    return true;
}

void ConnectionItem::reroute()
{
    ComponentItem* from = m_scene.componentItem(m_from);
    ComponentItem* to = m_scene.componentItem(m_to);
    if (!from || !to) return;
    const QRectF a = from->box();
    const QRectF b = to->box();
    QVector<QPointF> pts;
    const bool vertical = b.top() >= a.bottom() + 8 || a.top() >= b.bottom() + 8;
    if (vertical) {
        const bool down = b.top() >= a.bottom();
        QPointF s(a.center().x(), down ? a.bottom() : a.top());
        QPointF e(b.center().x(), down ? b.top() : b.bottom());
        if (from->look() == ComponentItem::Look::Node && !down) s.setY(a.top() + 4);
        if (to->look() == ComponentItem::Look::Node && down) e.setY(b.top() + 4);
        // Entering from above, step right of any title the drop would cut through (a
        // region's tab, a zone's name) while the arrow still meets the target.
        if (down) {
            for (int pass = 0; pass < 4; ++pass) {
                const QRectF drop(QPointF(e.x() - 1, s.y()), QPointF(e.x() + 1, e.y()));
                bool moved = false;
                for (ComponentItem* it : m_scene.labelsNear(drop.adjusted(-6, 0, 6, 0))) {
                    const QRectF label = it->labelRect().adjusted(-6, 0, 6, 0);
                    if (!label.intersects(drop)) continue;
                    const qreal x = model::snapToGrid(label.right() + 10);
                    if (x > b.right() - 8) continue;
                    e.setX(x);
                    moved = true;
                    break;
                }
                if (!moved) break;
            }
        }
        if (std::abs(s.x() - e.x()) < 1) {
            pts = {s, e};
        } else {
            // The cross-bar sits near the source, so a fan-out reads as a tree and the bar
            // runs above the frames its targets sit in rather than along their edges; then
            // further out for a bar that hits no icon.
            const qreal dir = e.y() > s.y() ? 1 : -1;
            const qreal mid =
                model::snapToGrid(s.y() + dir * std::min<qreal>(24, std::abs(e.y() - s.y()) / 2));
            qreal best = mid;
            for (int k = 0; k < 12; ++k) {
                qreal y = mid + ((k % 2) ? 1 : -1) * 8 * ((k + 1) / 2);
                if ((y - s.y()) * (e.y() - y) <= 0) continue;
                if (segmentClear(QPointF(s.x(), y), QPointF(e.x(), y)) &&
                    segmentClear(s, QPointF(s.x(), y)) && segmentClear(QPointF(e.x(), y), e)) {
                    best = y;
                    break;
                }
            }
            pts = {s, QPointF(s.x(), best), QPointF(e.x(), best), e};
        }
    } else {
        const QRectF sa = sideBox(from);
        const QRectF sb = sideBox(to);
        const bool right = sb.center().x() >= sa.center().x();
        QPointF s(right ? sa.right() : sa.left(), sa.center().y());
        QPointF e(right ? sb.left() : sb.right(), sb.center().y());
        if (std::abs(s.y() - e.y()) < 1) {
            pts = {s, e};
        } else {
            const qreal mid = (s.x() + e.x()) / 2;
            qreal best = mid;
            for (int k = 0; k < 12; ++k) {
                qreal x = mid + ((k % 2) ? 1 : -1) * 8 * ((k + 1) / 2);
                if ((x - s.x()) * (e.x() - x) <= 0) continue;
                if (segmentClear(QPointF(x, s.y()), QPointF(x, e.y()))) {
                    best = x;
                    break;
                }
            }
            pts = {s, QPointF(best, s.y()), QPointF(best, e.y()), e};
        }
    }
    // Most reroutes after a relayout find the same route: leave the scene's index alone.
    if (pts == m_points) return;
    m_points = pts;
    m_path = QPainterPath();
    m_path.moveTo(pts.front());
    for (int i = 1; i < pts.size(); ++i)
        m_path.lineTo(pts[i]);
    QRectF bounds = m_path.boundingRect().adjusted(-kHead, -kHead, kHead, kHead);
    if (!m_label.isEmpty()) {
        const QPointF c = labelAnchor(pts);
        bounds = bounds.united(QRectF(c.x() - m_labelWidth / 2, c.y() - 9, m_labelWidth, 18));
    }
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
    if (!m_label.isEmpty() && lod > 0.4) {
        const QFont f = labelFont();
        const QFontMetricsF fm(f);
        const QPointF c = labelAnchor(m_points);
        const qreal w = fm.horizontalAdvance(m_label) + 8;
        QRectF r(c.x() - w / 2, c.y() - 8, w, 16);
        p->setBrush(m_scene.theme().labelBackground);
        p->drawRoundedRect(r, 3, 3);
        p->setFont(f);
        p->setPen(color);
        p->drawText(r, Qt::AlignCenter, m_label);
    }
}

} // namespace azimuth::views
