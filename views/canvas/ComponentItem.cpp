#include "ComponentItem.h"

#include "CanvasScene.h"
#include "IconCache.h"
#include "model/kinds/KindUnit.h"
#include "model/layout/AutoLayout.h"

#include <QCursor>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace azimuth::views {

namespace {

constexpr qreal kIcon = 40;
constexpr qreal kBandIcon = 32;
constexpr qreal kGrip = 12;
const QColor kSelection(0x00, 0x73, 0xBB);

QFont titleFont(qreal scale = 1)
{
    QFont f;
    f.setPixelSize(qRound(12 * scale));
    f.setBold(true);
    return f;
}

QFont factFont(qreal scale = 1)
{
    QFont f;
    f.setPixelSize(qRound(10 * scale));
    return f;
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
    const QString label =
        spec ? QString::fromStdString(spec->label) : QString::fromStdString(c->kind);
    m_icon = spec ? QString::fromStdString(spec->icon) : QString();
    m_color = QColor(QString::fromStdString(spec ? catalog.colorOf(*spec) : "#545B64"));
    m_summary = QString::fromStdString(model::componentSummary(catalog, *c));
    const QString name = QString::fromStdString(c->displayName());
    Look look = Look::Node;
    if (spec && spec->failureDomain == model::FailureDomain::Region)
        look = Look::Region;
    else if (spec && spec->failureDomain == model::FailureDomain::Zone)
        look = Look::Zone;
    else if (spec && spec->container)
        look = Look::Frame;
    else if (spec && spec->spansZones && !catalog.idList(*c, "zones").empty())
        look = Look::Band;
    if (look != m_look) prepareGeometryChange();
    m_look = look;
    switch (m_look) {
    case Look::Region: {
        QString code = m_summary;
        m_title = QStringLiteral("Region · ") + code;
        if (c->name && !c->name->empty() && name != code)
            m_title += QStringLiteral(" (%1)").arg(name);
        m_summary.clear();
        break;
    }
    case Look::Node:
        m_title = name;
        break;
    default:
        m_title = label + QStringLiteral(" · ") + name;
        break;
    }
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

bool ComponentItem::hitsConnectHandle(const QPointF& scenePos) const
{
    return QLineF(scenePos, connectHandle()).length() <= 7;
}

QRectF ComponentItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_size).adjusted(-4, -4, 12, 4);
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
        const QString text = fm.elidedText(m_title, Qt::ElideRight, r.width() - 16);
        QRectF tab(0, 0, fm.horizontalAdvance(text) + 16, 24);
        p->fillRect(tab, m_color);
        p->setPen(Qt::white);
        p->drawText(tab, Qt::AlignCenter, text);
        return;
    }
    QColor fill = m_color;
    fill.setAlpha(m_look == Look::Zone ? 14 : 10);
    QPen pen(m_color, 1.5 * theme.lineScale, Qt::DashLine);
    p->setPen(pen);
    p->setBrush(fill);
    p->drawRoundedRect(r, m_look == Look::Frame ? 8 : 2, m_look == Look::Frame ? 8 : 2);
    if (lod < 0.25) return;
    p->setFont(font);
    p->setPen(m_color);
    p->drawText(QRectF(10, 6, r.width() - 20, 20), Qt::AlignLeft | Qt::AlignVCenter,
                frameTitle(r.width() - 20, theme.textScale));
}

QString ComponentItem::frameTitle(qreal width, qreal textScale) const
{
    const QFontMetricsF fm(titleFont(textScale));
    QString text = m_title;
    if (!m_summary.isEmpty()) text += QStringLiteral(" · ") + m_summary;
    // A narrow zone shows its name whole rather than "Availability Zone · us-e…".
    if (fm.horizontalAdvance(text) > width && text.contains(QStringLiteral(" · ")))
        text = text.section(QStringLiteral(" · "), 1, -1);
    return fm.elidedText(text, Qt::ElideRight, width);
}

void ComponentItem::geometryChanged()
{
    const QFontMetricsF fm(titleFont());
    if (m_look == Look::Region) {
        const QString text = fm.elidedText(m_title, Qt::ElideRight, m_size.width() - 16);
        m_label = QRectF(QPointF(), QSizeF(fm.horizontalAdvance(text) + 16, 24));
    } else if (isContainer()) {
        const qreal w = fm.horizontalAdvance(frameTitle(m_size.width() - 20));
        m_label = QRectF(QPointF(10, 6), QSizeF(w, 20));
    } else {
        m_label = QRectF();
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
    p->drawText(QRectF(textX, r.height() / 2 - 18 * s, textW, 16 * s),
                Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetricsF(tf).elidedText(m_title, Qt::ElideRight, textW));
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
    p->drawText(QRectF(0, 50, w, 16 * s), Qt::AlignHCenter | Qt::AlignVCenter,
                QFontMetricsF(tf).elidedText(m_title, Qt::ElideRight, w));
    p->setFont(ff);
    p->setPen(m_scene.theme().fact);
    p->drawText(QRectF(0, 50 + 17 * s, w, 14 * s), Qt::AlignHCenter | Qt::AlignVCenter,
                QFontMetricsF(ff).elidedText(m_summary, Qt::ElideRight, w));
}

void ComponentItem::paintIcon(QPainter* p, const QRectF& r, qreal lod)
{
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
