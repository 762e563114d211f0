#include "ComponentItem.h"

#include "CanvasScene.h"
#include "ComponentText.h"
#include "IconCache.h"
#include "model/layout/AutoLayout.h"

#include <QCursor>
#include <QGraphicsSceneMouseEvent>
#include <QPaintEngine>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QSvgRenderer>
#include <cmath>

namespace azimuth::views {

namespace {

constexpr qreal kIcon = 40;
constexpr qreal kBandIcon = 32;
constexpr qreal kGroupIcon = 24;
constexpr qreal kGrip = 12;
const QColor kSelection(0x00, 0x73, 0xBB);
const QColor kPublicSubnet(0x7A, 0xA1, 0x16);

QFont titleFont(qreal scale = 1)
{
    return ComponentText::titleFont(scale);
}

QFont factFont(qreal scale = 1)
{
    return ComponentText::factFont(scale);
}

} // namespace

ComponentItem::ComponentItem(CanvasScene& scene, model::ComponentId id)
    : m_scene(scene), m_id(std::move(id))
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    refresh();
}

void ComponentItem::refresh()
{
    const model::Component* c = m_scene.design().component(m_id);
    if (!c) return;
    const auto& catalog = m_scene.catalog();
    const model::KindSpec* spec = catalog.find(c->kind);
    m_icon = spec ? QString::fromStdString(spec->icon) : QString();
    m_color = QColor(QString::fromStdString(spec ? catalog.colorOf(*spec) : "#545B64"));
    // A public subnet is green apart from the private ones' teal, as AWS draws them.
    if (spec && spec->networkRole == model::NetworkRole::Subnet &&
        catalog.boolean(*c, "public").value_or(false))
        m_color = kPublicSubnet;
    // VPCs and subnets are drawn as AWS draws its network groups: a solid frame with the
    // group's icon in its top-left corner.
    m_networkGroup = spec && (spec->networkRole == model::NetworkRole::Vpc ||
                              spec->networkRole == model::NetworkRole::Subnet);
    m_filled = spec && spec->networkRole == model::NetworkRole::Subnet;
    m_text = ComponentText::of(catalog, *c);
    m_title = m_text.title;
    m_summary = m_text.summary;
    m_widths = {};
    Look look = Look::Node;
    if (spec && spec->failureDomain == model::FailureDomain::Region)
        look = Look::Region;
    else if (spec && spec->failureDomain == model::FailureDomain::Zone)
        look = Look::Zone;
    else if (spec && spec->container)
        look = Look::Frame;
    else if (model::drawnAsBand(catalog, *c))
        look = Look::Band;
    if (look != m_look) prepareGeometryChange();
    m_look = look;
    // Containers sit under what they hold, deeper ones higher; bands over zones; arrows
    // over bands; icons on top.
    int depth = 0;
    for (const model::Component* p = c; p && !p->parent.empty();
         p = m_scene.design().component(p->parent))
        ++depth;
    setZValue(isContainer() ? depth : m_look == Look::Band ? 10 : 20);
    setCacheMode(m_look == Look::Node ? DeviceCoordinateCache : NoCache);
    geometryChanged();
    update();
}

void ComponentItem::setBox(const QRectF& sceneBox)
{
    const bool resized = sceneBox.size() != m_size;
    if (resized) {
        prepareGeometryChange();
        m_size = sceneBox.size();
    }
    m_silent = true;
    setPos(sceneBox.topLeft());
    m_lastPos = pos();
    m_silent = false;
    if (resized) geometryChanged();
}

void ComponentItem::moveSilently(const QPointF& delta)
{
    m_silent = true;
    setPos(pos() + delta);
    m_lastPos = pos();
    m_silent = false;
}

QPointF ComponentItem::connectHandle() const
{
    if (m_look == Look::Node)
        return mapToScene(QPointF((m_size.width() + kIcon) / 2 + 6, 4 + kIcon / 2));
    return mapToScene(QPointF(m_size.width(), m_size.height() / 2));
}

namespace {
model::Geometry geometryOf(const QRectF& r)
{
    return {r.x(), r.y(), r.width(), r.height()};
}
} // namespace

const ComponentItem::TextWidths& ComponentItem::textWidths() const
{
    const qreal s = m_scene.theme().textScale;
    if (m_widths.scale != s) {
        m_widths.scale = s;
        m_widths.title = QFontMetricsF(titleFont(s)).horizontalAdvance(m_title);
        m_widths.summary =
            m_summary.isEmpty() ? 0 : QFontMetricsF(factFont(s)).horizontalAdvance(m_summary);
    }
    return m_widths;
}

std::vector<model::Geometry> ComponentItem::obstacles() const
{
    const QRectF b = box();
    const qreal s = m_scene.theme().textScale;
    const qreal tw = textWidths().title;
    const qreal fw = textWidths().summary;
    std::vector<model::Geometry> out;
    switch (m_look) {
    case Look::Node:
        out.push_back(geometryOf(QRectF(b.center().x() - kIcon / 2, b.top() + 4, kIcon, kIcon)));
        out.push_back(geometryOf(QRectF(b.center().x() - tw / 2, b.top() + 50, tw, 16 * s)));
        if (fw > 0)
            out.push_back(
                geometryOf(QRectF(b.center().x() - fw / 2, b.top() + 50 + 17 * s, fw, 14 * s)));
        break;
    case Look::Band:
        out.push_back(geometryOf(
            QRectF(b.left() + 10, b.top() + (b.height() - kBandIcon) / 2, kBandIcon, kBandIcon)));
        out.push_back(geometryOf(QRectF(b.left() + 52, b.center().y() - 18 * s, tw, 16 * s)));
        if (fw > 0)
            out.push_back(geometryOf(QRectF(b.left() + 52, b.center().y() + 1, fw, 16 * s)));
        break;
    default:
        if (!m_label.isEmpty()) out.push_back(geometryOf(labelRect()));
        break;
    }
    return out;
}

std::vector<model::Port> ComponentItem::ports() const
{
    using model::Side;
    const QRectF b = box();
    if (m_look == Look::Node) {
        const qreal s = m_scene.theme().textScale;
        const QRectF icon(b.center().x() - kIcon / 2, b.top() + 4, kIcon, kIcon);
        const qreal foot = b.top() + 50 + (m_summary.isEmpty() ? 16 : 31) * s;
        return {{{icon.right(), icon.center().y()}, Side::Right},
                {{icon.left(), icon.center().y()}, Side::Left},
                {{icon.center().x(), foot}, Side::Bottom},
                {{icon.center().x(), icon.top()}, Side::Top}};
    }
    std::vector<model::Port> out{{{b.right(), b.center().y()}, Side::Right},
                                 {{b.left(), b.center().y()}, Side::Left},
                                 {{b.center().x(), b.bottom()}, Side::Bottom},
                                 {{b.center().x(), b.top()}, Side::Top}};
    // A wide band or frame may be met anywhere along its top and bottom: the arrow from a
    // component above can then drop straight in.
    for (qreal x = b.left() + 48; x <= b.right() - 24; x += 48)
        if (std::abs(x - b.center().x()) >= 24) {
            out.push_back({{x, b.bottom()}, Side::Bottom});
            out.push_back({{x, b.top()}, Side::Top});
        }
    return out;
}

bool ComponentItem::hitsConnectHandle(const QPointF& scenePos) const
{
    return QLineF(scenePos, connectHandle()).length() <= 7;
}

QRectF ComponentItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_size).adjusted(-4 - m_overflow, -4, 12 + m_overflow, 4);
}

QPainterPath ComponentItem::shape() const
{
    QPainterPath path;
    if (isContainer()) {
        // Only the frame and its label pick: a click inside lands on the canvas or on
        // what the container holds, so rubber-band selection works inside a region.
        QPainterPath outer;
        outer.addRect(QRectF(QPointF(0, 0), m_size).adjusted(-3, -3, 3, 3));
        QPainterPath inner;
        inner.addRect(QRectF(QPointF(0, 0), m_size).adjusted(5, 28, -5, -5));
        path = outer.subtracted(inner);
    } else {
        // Winding fill: with the default odd-even rule the handle inside the box would be
        // a hole, and a press on it would find no item at all.
        path.setFillRule(Qt::WindingFill);
        path.addRect(QRectF(QPointF(0, 0), m_size));
        path.addEllipse(mapFromScene(connectHandle()), 7, 7);
    }
    return path;
}

void ComponentItem::paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const qreal lod = option->levelOfDetailFromTransform(p->worldTransform());
    p->setRenderHint(QPainter::Antialiasing, lod > 0.3);
    if (lod < 0.1 && m_look != Look::Node) {
        paintOutline(p);
    } else
        switch (m_look) {
        case Look::Region:
        case Look::Zone:
        case Look::Frame:
            paintContainer(p, lod);
            break;
        case Look::Band:
            paintBand(p, lod);
            break;
        case Look::Node:
            paintNode(p, lod);
            break;
        }
    if (isSelected()) {
        p->setPen(QPen(kSelection, 2));
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(QRectF(QPointF(0, 0), m_size).adjusted(-3, -3, 3, 3), 4, 4);
        if (isResizable()) {
            p->setBrush(kSelection);
            p->drawRect(QRectF(m_size.width() - kGrip + 2, m_size.height() - kGrip + 2, kGrip - 4,
                               kGrip - 4));
        }
        if (!isContainer()) {
            p->setBrush(Qt::white);
            p->drawEllipse(mapFromScene(connectHandle()), 5, 5);
        }
    }
}

void ComponentItem::paintOutline(QPainter* p)
{
    // A frame a few pixels across: its colour and extent, without the dashes, rounded
    // corners and titles that cost the most to draw and cannot be read there.
    QColor fill = m_color;
    fill.setAlpha(m_look == Look::Band ? 40 : m_look == Look::Zone ? 14 : 10);
    p->setPen(QPen(m_color, 0));
    p->setBrush(m_look == Look::Region ? QBrush(Qt::NoBrush) : QBrush(fill));
    p->drawRect(QRectF(QPointF(0, 0), m_size));
}

void ComponentItem::paintContainer(QPainter* p, qreal lod)
{
    const QRectF r(QPointF(0, 0), m_size);
    const CanvasTheme& theme = m_scene.theme();
    QFont font = titleFont(theme.textScale);
    if (m_look == Look::Region) {
        p->setPen(QPen(m_color, 2 * theme.lineScale));
        p->setBrush(Qt::NoBrush);
        p->drawRect(r);
        if (lod < 0.25) return;
        p->setFont(font);
        const QFontMetricsF fm(font);
        const QString text = m_text.fittedTitle(r.width() - 16, font);
        QRectF tab(0, 0, fm.horizontalAdvance(text) + 16, 24);
        p->fillRect(tab, m_color);
        p->setPen(Qt::white);
        p->drawText(tab, Qt::AlignCenter, text);
        return;
    }
    if (m_networkGroup) return paintNetworkGroup(p, lod);
    QColor fill = m_color;
    fill.setAlpha(m_look == Look::Zone ? 14 : 10);
    QPen pen(m_color, 1.5 * theme.lineScale, Qt::DashLine);
    p->setPen(pen);
    p->setBrush(fill);
    p->drawRoundedRect(r, m_look == Look::Frame ? 8 : 2, m_look == Look::Frame ? 8 : 2);
    if (lod < 0.25) return;
    p->setFont(font);
    p->setPen(m_color);
    const QString title = frameTitle(r.width() - 20, theme.textScale);
    p->drawText(
        QRectF(10, 6, std::max(r.width() - 20, QFontMetricsF(font).horizontalAdvance(title)), 20),
        Qt::AlignLeft | Qt::AlignVCenter, title);
}

void ComponentItem::paintNetworkGroup(QPainter* p, qreal lod)
{
    const QRectF r(QPointF(0, 0), m_size);
    const CanvasTheme& theme = m_scene.theme();
    // The tint and the frame drawn apart: an export reads an unfilled 2 px frame as a
    // container, as it does a region's.
    if (m_filled) {
        QColor fill = m_color;
        fill.setAlpha(26);
        p->setPen(Qt::NoPen);
        p->setBrush(fill);
        p->drawRect(r);
    }
    p->setPen(QPen(m_color, 2 * theme.lineScale));
    p->setBrush(Qt::NoBrush);
    p->drawRect(r);
    if (lod < 0.25) return;
    // The icon sits on the corner, as in AWS diagrams.
    paintIcon(p, QRectF(0, 0, kGroupIcon, kGroupIcon), lod);
    const QFont font = titleFont(theme.textScale);
    p->setFont(font);
    // On a dark page (light title text) a darker kind colour would sink into it.
    const bool darkPage = theme.title.lightness() > 128;
    p->setPen(darkPage ? m_color.lighter(135) : m_color.darker(m_filled ? 140 : 110));
    const QString title = frameTitle(r.width() - kGroupIcon - 14, theme.textScale);
    p->drawText(
        QRectF(kGroupIcon + 8, 2,
               std::max(r.width() - kGroupIcon - 14, QFontMetricsF(font).horizontalAdvance(title)),
               kGroupIcon - 4),
        Qt::AlignLeft | Qt::AlignVCenter, title);
}

QString ComponentItem::frameTitle(qreal width, qreal textScale) const
{
    // Shorter forms before a cut: the name itself is never elided.
    return m_text.fittedTitle(width, titleFont(textScale));
}

void ComponentItem::geometryChanged()
{
    const QFontMetricsF fm(titleFont());
    if (m_look == Look::Region) {
        const QString text = m_text.fittedTitle(m_size.width() - 16, titleFont());
        m_label = QRectF(QPointF(), QSizeF(fm.horizontalAdvance(text) + 16, 24));
    } else if (isContainer() && m_networkGroup) {
        const qreal w = fm.horizontalAdvance(frameTitle(m_size.width() - kGroupIcon - 14));
        m_label = QRectF(QPointF(0, 0), QSizeF(kGroupIcon + 8 + w, kGroupIcon));
    } else if (isContainer()) {
        const qreal w = fm.horizontalAdvance(frameTitle(m_size.width() - 20));
        m_label = QRectF(QPointF(10, 6), QSizeF(w, 20));
    } else {
        m_label = QRectF();
    }
    // Presentation mode draws names larger in the same boxes: a long one may reach past
    // the sides, and the item must repaint all of it.
    const qreal nameW = QFontMetricsF(titleFont(1.2)).horizontalAdvance(m_title);
    const qreal overflow = std::max<qreal>(0, m_look == Look::Node ? (nameW - m_size.width()) / 2
                                                                   : nameW - m_size.width());
    if (overflow != m_overflow) {
        prepareGeometryChange();
        m_overflow = overflow;
    }
    m_scene.itemGeometryChanged(this);
}

void ComponentItem::paintBand(QPainter* p, qreal lod)
{
    const QRectF r(QPointF(0, 0), m_size);
    // Opaque, a pale tint of the kind's colour over the page: the zone frames it crosses
    // must not run through its title and facts.
    const QColor page = m_scene.theme().labelBackground;
    const auto tint = [&](int a, int b) { return (a * 90 + b * 10) / 100; };
    const QColor fill(tint(page.red(), m_color.red()), tint(page.green(), m_color.green()),
                      tint(page.blue(), m_color.blue()));
    const qreal s = m_scene.theme().textScale;
    p->setPen(QPen(m_color, 1.5 * m_scene.theme().lineScale, Qt::DashLine));
    p->setBrush(fill);
    p->drawRoundedRect(r, 8, 8);
    if (lod < 0.25) return;
    const qreal iconY = (r.height() - kBandIcon) / 2;
    paintIcon(p, QRectF(10, iconY, kBandIcon, kBandIcon), lod);
    const qreal textX = 10 + kBandIcon + 10;
    const qreal textW = r.width() - textX - 8;
    QFont tf = titleFont(s);
    QFont ff = factFont(s);
    p->setFont(tf);
    p->setPen(m_color.darker(115));
    // The layout made the band wide enough for its title: drawn whole.
    p->drawText(QRectF(textX, r.height() / 2 - 18 * s,
                       std::max(textW, QFontMetricsF(tf).horizontalAdvance(m_title)), 16 * s),
                Qt::AlignLeft | Qt::AlignVCenter, m_title);
    p->setFont(ff);
    p->setPen(m_scene.theme().fact);
    p->drawText(QRectF(textX, r.height() / 2 + 1, textW, 16 * s), Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetricsF(ff).elidedText(m_summary, Qt::ElideRight, textW));
}

void ComponentItem::paintNode(QPainter* p, qreal lod)
{
    const qreal w = m_size.width();
    const QRectF iconRect((w - kIcon) / 2, 4, kIcon, kIcon);
    if (lod < 0.35) {
        p->fillRect(iconRect, m_color);
        return;
    }
    paintIcon(p, iconRect, lod);
    const qreal s = m_scene.theme().textScale;
    QFont tf = titleFont(s);
    QFont ff = factFont(s);
    p->setFont(tf);
    p->setPen(m_scene.theme().title);
    // The layout made the node wide enough for its name: drawn whole, centred.
    const qreal nameW = std::max(w, QFontMetricsF(tf).horizontalAdvance(m_title));
    p->drawText(QRectF((w - nameW) / 2, 50, nameW, 16 * s), Qt::AlignHCenter | Qt::AlignVCenter,
                m_title);
    p->setFont(ff);
    p->setPen(m_scene.theme().fact);
    p->drawText(QRectF(0, 50 + 17 * s, w, 14 * s), Qt::AlignHCenter | Qt::AlignVCenter,
                QFontMetricsF(ff).elidedText(m_summary, Qt::ElideRight, w));
}

void ComponentItem::paintIcon(QPainter* p, const QRectF& r, qreal lod)
{
    // Exports draw the icon itself: paths in an SVG or PDF, sharp at any zoom, and pixels
    // at the export's own scale in a PNG. The screen keeps cached bitmaps, which are fast.
    const QPaintEngine* engine = p->paintEngine();
    const bool vector =
        engine && (engine->type() == QPaintEngine::SVG || engine->type() == QPaintEngine::Pdf ||
                   (p->device() && p->device()->devType() == QInternal::Image));
    if (vector) {
        if (QSvgRenderer* svg = IconCache::renderer(m_icon)) {
            p->save();
            svg->render(p, r);
            p->restore();
        }
        return;
    }
    const qreal dpr = p->device() ? p->device()->devicePixelRatioF() : 1.0;
    const QPixmap pm =
        IconCache::pixmap(m_icon, qRound(r.width()), dpr * std::max<qreal>(1.0, lod));
    // An opaque brush first: the PDF engine otherwise draws the icon with the alpha of
    // the translucent fill before it (exports and prints of bands).
    p->setBrush(Qt::white);
    if (!pm.isNull()) p->drawPixmap(r, pm, QRectF(QPointF(0, 0), QSizeF(pm.size())));
}

QVariant ComponentItem::itemChange(GraphicsItemChange change, const QVariant& value)
{
    if (change == ItemPositionChange && !m_silent) {
        QPointF pt = value.toPointF();
        return QPointF(model::snapToGrid(pt.x()), model::snapToGrid(pt.y()));
    }
    if (change == ItemPositionHasChanged) {
        m_scene.itemGeometryChanged(this);
        const QPointF delta = pos() - m_lastPos;
        m_lastPos = pos();
        if (!m_silent) m_scene.itemDragged(this, delta);
    }
    if (change == ItemSelectedHasChanged) update();
    return QGraphicsItem::itemChange(change, value);
}

bool ComponentItem::inResizeGrip(const QPointF& local) const
{
    return isResizable() && isSelected() && local.x() >= m_size.width() - kGrip &&
           local.y() >= m_size.height() - kGrip && local.x() <= m_size.width() + 4 &&
           local.y() <= m_size.height() + 4;
}

void ComponentItem::mousePressEvent(QGraphicsSceneMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && inResizeGrip(event->pos())) {
        m_resizing = true;
        event->accept();
        return;
    }
    QGraphicsItem::mousePressEvent(event);
}

void ComponentItem::mouseMoveEvent(QGraphicsSceneMouseEvent* event)
{
    if (m_resizing) {
        QSizeF s(std::max<qreal>(model::snapToGrid(event->pos().x()), 96),
                 std::max<qreal>(model::snapToGrid(event->pos().y()), 48));
        prepareGeometryChange();
        m_size = s;
        geometryChanged();
        m_scene.itemDragged(this, QPointF());
        return;
    }
    QGraphicsItem::mouseMoveEvent(event);
}

void ComponentItem::mouseReleaseEvent(QGraphicsSceneMouseEvent* event)
{
    if (m_resizing) {
        m_resizing = false;
        m_scene.itemResized(this);
        return;
    }
    QGraphicsItem::mouseReleaseEvent(event);
}

void ComponentItem::hoverMoveEvent(QGraphicsSceneHoverEvent* event)
{
    setCursor(inResizeGrip(event->pos()) ? Qt::SizeFDiagCursor : Qt::ArrowCursor);
    QGraphicsItem::hoverMoveEvent(event);
}

} // namespace azimuth::views
