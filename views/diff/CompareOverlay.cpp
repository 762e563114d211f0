#include "CompareOverlay.h"

#include "model/diff/DiffWords.h"
#include "views/canvas/CanvasScene.h"
#include "views/canvas/ComponentItem.h"

#include <QBrush>
#include <QFont>
#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QPen>
#include <cmath>

namespace azimuth::views {

const QColor CompareOverlay::kAdded(0x1D, 0x81, 0x02);
const QColor CompareOverlay::kChanged(0xC7, 0x6B, 0x00);
const QColor CompareOverlay::kRemoved(0x5F, 0x6B, 0x7A);

namespace {

// Marks are pictures only: no clicks, no selection, no hover.
void inert(QGraphicsItem* item)
{
    item->setAcceptedMouseButtons(Qt::NoButton);
    item->setAcceptHoverEvents(false);
    item->setFlag(QGraphicsItem::ItemIsSelectable, false);
    item->setFlag(QGraphicsItem::ItemIsMovable, false);
}

QString money(double delta)
{
    return QString::fromStdString(model::signedDollars(delta));
}

constexpr qreal kGhostWidth = 160;
constexpr qreal kGhostHeight = 96;

} // namespace

CompareOverlay::CompareOverlay(CanvasScene& scene, QObject* parent)
    : QObject(parent), m_scene(scene), m_sceneAlive(&scene)
{
}

CompareOverlay::~CompareOverlay()
{
    // A scene that went first took the marks with it.
    if (m_sceneAlive) clear();
}

void CompareOverlay::clear()
{
    for (QGraphicsItem* item : m_items) {
        m_scene.removeItem(item);
        delete item;
    }
    m_items.clear();
    m_labels.clear();
    m_ghosts.clear();
}

QRectF CompareOverlay::ghostRect(const std::string& id) const
{
    auto it = m_ghosts.find(id);
    return it == m_ghosts.end() ? QRectF() : it->second;
}

void CompareOverlay::show(const model::Design& before, const model::DesignDiff& diff)
{
    clear();
    std::map<std::string, double> deltas;
    for (const auto& c : diff.cost.items)
        if (!c.item.connection) deltas[c.item.id] = c.delta();
    QRectF all;
    for (const auto& c : m_scene.design().components())
        if (m_scene.componentItem(c.id)) all = all.united(m_scene.boxOf(c.id));
    m_nextLooseGhostY = all.top();
    for (const auto& item : diff.structure)
        if (!item.connection) mark(item, before, deltas);
}

void CompareOverlay::mark(const model::ItemChange& item, const model::Design& before,
                          const std::map<std::string, double>& deltas)
{
    const auto delta = deltas.find(item.id);
    const bool priced = delta != deltas.end();
    const model::ComponentId id(item.id);
    QString label;
    switch (item.change) {
    case model::ItemChangeKind::Added: {
        if (!m_scene.componentItem(id)) return;
        const QRectF box = m_scene.boxOf(id);
        label = priced ? tr("new, %1").arg(money(delta->second)) : tr("new");
        addFrame(box, kAdded, false, false);
        addLabel(label, QPointF(box.left() + 6, box.top()), kAdded);
        break;
    }
    case model::ItemChangeKind::Changed: {
        if (!m_scene.componentItem(id)) return;
        const QRectF box = m_scene.boxOf(id);
        label = priced ? money(delta->second) : tr("changed");
        addFrame(box, kChanged, false, false);
        addLabel(label, QPointF(box.left() + 6, box.top()), kChanged);
        break;
    }
    case model::ItemChangeKind::Removed: {
        const model::Component* gone = before.component(id);
        if (!gone) return;
        const QRectF box = placeGhost(before, *gone);
        m_ghosts[item.id] = box;
        label = priced ? tr("removed, %1").arg(money(delta->second)) : tr("removed");
        addFrame(box, kRemoved, true, true);
        auto* name = new QGraphicsSimpleTextItem(QString::fromStdString(gone->displayName()));
        name->setBrush(kRemoved);
        name->setPos(box.left() + 8, box.center().y() - name->boundingRect().height() / 2);
        inert(name);
        name->setZValue(kOverlayZ + 2);
        m_scene.addItem(name);
        m_items.push_back(name);
        addLabel(label, QPointF(box.left() + 6, box.top()), kRemoved);
        break;
    }
    }
    m_labels[item.id] = label;
}

QRectF CompareOverlay::placeGhost(const model::Design& before, const model::Component& gone)
{
    // Where it stood: its geometry, relative to the nearest container still on the canvas
    // (through any containers removed with it). Without geometry all the way up, it goes
    // in a column right of the design.
    const QSizeF size =
        gone.geometry ? QSizeF(std::max(gone.geometry->w, 40.0), std::max(gone.geometry->h, 30.0))
                      : QSizeF(kGhostWidth, kGhostHeight);
    QPointF offset;
    const model::Component* at = &gone;
    for (size_t depth = 0; at && depth <= before.components().size(); ++depth) {
        if (!at->geometry) break;
        offset += QPointF(at->geometry->x, at->geometry->y);
        if (at->parent.empty()) return QRectF(offset, size);
        if (m_scene.componentItem(at->parent))
            return QRectF(m_scene.boxOf(at->parent).topLeft() + offset, size);
        at = before.component(at->parent);
    }
    QRectF all;
    for (const auto& c : m_scene.design().components())
        if (m_scene.componentItem(c.id)) all = all.united(m_scene.boxOf(c.id));
    const QRectF box(QPointF(all.right() + 40, m_nextLooseGhostY),
                     QSizeF(kGhostWidth, kGhostHeight));
    m_nextLooseGhostY = box.bottom() + 24;
    return box;
}

void CompareOverlay::addFrame(const QRectF& box, const QColor& colour, bool dashed, bool filled)
{
    auto* frame = new QGraphicsRectItem(box.adjusted(-3, -3, 3, 3));
    QPen pen(colour, 3);
    if (dashed) pen.setStyle(Qt::DashLine);
    frame->setPen(pen);
    QColor fill = colour;
    fill.setAlpha(filled ? 40 : 0);
    frame->setBrush(filled ? QBrush(fill) : QBrush(Qt::NoBrush));
    inert(frame);
    frame->setZValue(kOverlayZ);
    m_scene.addItem(frame);
    m_items.push_back(frame);
}

void CompareOverlay::addLabel(const QString& text, const QPointF& anchor, const QColor& fill)
{
    auto* textItem = new QGraphicsSimpleTextItem(text);
    QFont font = textItem->font();
    font.setBold(true);
    font.setPointSizeF(9);
    textItem->setFont(font);
    textItem->setBrush(Qt::white);
    const QRectF t = textItem->boundingRect();
    // On the box's top edge, clear of its title, the way a reviewer's sticky note sits.
    const QPointF topLeft(anchor.x(), anchor.y() - t.height() / 2);
    auto* pill = new QGraphicsPathItem;
    QPainterPath shape;
    shape.addRoundedRect(QRectF(topLeft, t.size()).adjusted(-6, -2, 6, 2), 8, 8);
    pill->setPath(shape);
    pill->setBrush(fill);
    pill->setPen(Qt::NoPen);
    textItem->setParentItem(pill);
    textItem->setPos(topLeft);
    inert(pill);
    inert(textItem);
    pill->setZValue(kOverlayZ + 4);
    m_scene.addItem(pill);
    m_items.push_back(pill);
}

} // namespace azimuth::views
