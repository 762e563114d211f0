#include "CanvasScene.h"

#include "CanvasLabelMetrics.h"
#include "ComponentItem.h"
#include "ConnectionItem.h"
#include "StandbyMark.h"

#include <QElapsedTimer>
#include <QTimer>
#include <algorithm>
#include <cmath>

namespace azimuth::views {

using model::ComponentId;
using model::ConnectionId;

namespace {
ComponentId cid(const QString& s)
{
    return ComponentId{s.toStdString()};
}

/// The size a new component of a kind gets when dropped.
QSizeF dropSize(const model::KindSpec& spec)
{
    using M = model::LayoutMetrics;
    if (spec.failureDomain == model::FailureDomain::Region) return {480, 320};
    if (spec.failureDomain == model::FailureDomain::Zone) return {M::zoneMinW + 16, 192};
    if (spec.container) return {304, 200};
    if (spec.spansZones) return {288, M::bandH};
    return {M::nodeW, M::nodeH};
}
} // namespace

CanvasScene::CanvasScene(ModelSignals& modelSignals, QObject* parent)
    : QGraphicsScene(parent), m_signals(modelSignals)
{
    // No BSP index: a design of 10,000 components has 20,000 items, and gathering them
    // from the tree for a fitted view cost more than testing each box (about twice the
    // time to render), as did keeping the tree current while a relayout or a drag moves
    // them. The queries asked per move (routing, drop targets) have their own grids.
    setItemIndexMethod(NoIndex);
    // Level of detail when zoomed out: what covers under two pixels each way is not
    // drawn at all (Qt skips it before setting up the painter).
    setMinimumRenderSize(2);
    connect(&modelSignals, &ModelSignals::designReset, this, &CanvasScene::rebuild);
    connect(&modelSignals, &ModelSignals::componentAdded, this, [this](const QString& id) {
        addComponentItem(cid(id));
        if (m_added) m_added->push_back(cid(id));
        scheduleLayout();
    });
    connect(&modelSignals, &ModelSignals::componentRemoved, this, [this](const QString& id) {
        auto it = m_items.find(cid(id));
        if (it == m_items.end()) return;
        m_nodeGrid.remove(it->second);
        m_labelGrid.remove(it->second);
        m_router.setObstacles(it->first.value, {});
        m_router.setFrames(it->first.value, {});
        m_containerGrid.remove(it->second);
        delete it->second;
        m_items.erase(it);
        m_attachDirty = true;
        scheduleLayout();
    });
    connect(&modelSignals, &ModelSignals::componentChanged, this, [this](const QString& id) {
        if (ComponentItem* item = componentItem(cid(id))) item->refresh();
        // A standby mark shows its database's name: drawn now, as the item is.
        if (standbyMark(cid(id))) placeStandbys();
        scheduleLayout();
    });
    connect(&modelSignals, &ModelSignals::componentReparented, this,
            [this](const QString& id, const QString&) {
                // Depth sets the stacking order; everything under it moved with it.
                for (auto& [key, item] : m_items)
                    if (key == cid(id) || isDescendantOf(key, cid(id))) item->refresh();
                scheduleLayout();
            });
    connect(&modelSignals, &ModelSignals::connectionAdded, this, [this](const QString& id) {
        addConnectionItem(ConnectionId{id.toStdString()});
        m_attachDirty = true;
    });
    connect(&modelSignals, &ModelSignals::connectionRemoved, this,
            &CanvasScene::removeConnectionItem);
    connect(&modelSignals, &ModelSignals::connectionChanged, this, [this](const QString& id) {
        if (ConnectionItem* item = connectionItem(ConnectionId{id.toStdString()})) item->refresh();
    });
    rebuild();
}

ComponentItem* CanvasScene::componentItem(const ComponentId& id) const
{
    auto it = m_items.find(id);
    return it == m_items.end() ? nullptr : it->second;
}

ConnectionItem* CanvasScene::connectionItem(const ConnectionId& id) const
{
    auto it = m_connections.find(id);
    return it == m_connections.end() ? nullptr : it->second;
}

void CanvasScene::rebuild()
{
    clear();
    m_standbys.clear(); // clear() deleted them
    m_router = model::OrthogonalRouter();
    m_items.clear();
    m_nodeGrid.clear();
    m_labelGrid.clear();
    m_containerGrid.clear();
    m_connections.clear();
    m_attached.clear();
    m_items.reserve(design().components().size());
    for (const auto& c : design().components())
        addComponentItem(c.id);
    for (const auto& c : design().connections())
        addConnectionItem(c.id);
    m_attachDirty = true;
    m_layoutDirty = true;
    ensureLayout();
}

void CanvasScene::addComponentItem(const ComponentId& id)
{
    if (m_items.count(id)) return;
    auto* item = new ComponentItem(*this, id);
    addItem(item);
    m_items.emplace(id, item);
}

void CanvasScene::addConnectionItem(const ConnectionId& id)
{
    if (m_connections.count(id)) return;
    auto* item = new ConnectionItem(*this, id);
    addItem(item);
    m_connections.emplace(id, item);
}

void CanvasScene::removeConnectionItem(const QString& id)
{
    auto it = m_connections.find(ConnectionId{id.toStdString()});
    if (it == m_connections.end()) return;
    m_router.forget(it->first.value);
    delete it->second;
    m_connections.erase(it);
    m_attachDirty = true;
}

void CanvasScene::scheduleLayout()
{
    m_layoutDirty = true;
    if (m_layoutScheduled) return;
    m_layoutScheduled = true;
    QTimer::singleShot(0, this, [this] { ensureLayout(); });
}

void CanvasScene::ensureLayout()
{
    m_layoutScheduled = false;
    if (m_attachDirty) reattach();
    if (!m_layoutDirty) return;
    m_layoutDirty = false;
    const CanvasLabelMetrics labels(catalog());
    m_layout = model::computeLayout(design(), catalog(), &labels);
    for (auto& [id, item] : m_items)
        if (const model::Geometry* g = m_layout.box(id))
            item->setBox(QRectF(g->x, g->y, g->w, g->h));
    placeStandbys();
    rerouteAll();
    const QRectF all = itemsBoundingRect();
    setSceneRect(all.adjusted(-400, -300, 400, 300));
    emit laidOut();
}

StandbyMark* CanvasScene::standbyMark(const ComponentId& database) const
{
    auto it = m_standbys.find(database);
    return it == m_standbys.end() ? nullptr : it->second;
}

/// Router obstacle ids of standby marks: no component id holds a ':'.
static const std::string kStandbyObstacle = "standby:";

void CanvasScene::placeStandbys()
{
    std::unordered_map<ComponentId, StandbyMark*> kept;
    for (const auto& c : design().components()) {
        const model::KindSpec* spec = catalog().find(c.kind);
        if (!spec || spec->failover.empty() ||
            !catalog().boolean(c, spec->failover).value_or(false))
            continue;
        const auto zones = catalog().idList(c, "zones");
        const model::Component* parent = design().component(c.parent);
        if (zones.size() < 2 || !parent || !catalog().isRegion(parent->kind)) continue;
        ComponentItem* primary = componentItem(c.id);
        ComponentItem* zone = componentItem(ComponentId{zones[1]});
        const model::Component* z = design().component(ComponentId{zones[1]});
        if (!primary || !zone || !z || z->parent != c.parent) continue;
        const QRectF b = primary->box();
        // Only a database drawn in its primary's column has a standby beside it; one drawn
        // among the regional services shows Multi-AZ in its summary line.
        const ComponentItem* first = componentItem(ComponentId{zones[0]});
        if (!first || b.center().x() < first->box().left() || b.center().x() > first->box().right())
            continue;
        StandbyMark* mark = standbyMark(c.id);
        if (!mark) {
            mark = new StandbyMark(QString::fromStdString(spec->icon));
            addItem(mark);
        }
        m_standbys.erase(c.id);
        const QRectF at(zone->box().center().x() - b.width() / 2, b.top(), b.width(), b.height());
        mark->place(at, QString::fromStdString(c.displayName()));
        // Arrows keep off its icon and words, as they do a component's.
        m_router.setObstacles(kStandbyObstacle + c.id.value,
                              {model::Geometry{at.left() + 2, at.top() + 4, at.width() - 4, 78}});
        kept[c.id] = mark;
    }
    for (auto& [id, mark] : m_standbys) {
        m_router.setObstacles(kStandbyObstacle + id.value, {});
        delete mark;
    }
    m_standbys = std::move(kept);
}

void CanvasScene::setTheme(const CanvasTheme& theme)
{
    const bool resized = theme.textScale != m_theme.textScale;
    m_theme = theme;
    if (resized) {
        // Names and labels change size: what arrows avoid and where labels fit with them.
        for (auto& [id, item] : m_items)
            m_router.setObstacles(id.value, item->obstacles());
        rerouteAll();
    }
    update();
}

void CanvasScene::rerouteAll()
{
    m_router.clearRoutes();
    m_routeQueue.clear();
    m_routeNext = 0;
    for (const auto& c : design().connections())
        if (connectionItem(c.id)) m_routeQueue.push_back(c.id);
    while (routingPending() && m_routeNext < kRoutedAtOnce)
        routeNext();
    if (!routingPending()) {
        emit routed();
        return;
    }
    // Routing a dense design of thousands of arrows takes seconds: the window shows
    // straight arrows first and routes them without blocking it.
    for (size_t i = m_routeNext; i < m_routeQueue.size(); ++i)
        if (ConnectionItem* item = connectionItem(m_routeQueue[i])) item->drawStraight();
    if (!m_routeScheduled) {
        m_routeScheduled = true;
        QTimer::singleShot(0, this, [this] { routeSlice(); });
    }
}

void CanvasScene::routeNext()
{
    if (ConnectionItem* item = connectionItem(m_routeQueue[m_routeNext])) item->reroute();
    ++m_routeNext;
}

void CanvasScene::routeSlice()
{
    m_routeScheduled = false;
    QElapsedTimer clock;
    clock.start();
    while (routingPending() && clock.elapsed() < 15)
        routeNext();
    if (!routingPending()) {
        emit routed();
        return;
    }
    m_routeScheduled = true;
    QTimer::singleShot(0, this, [this] { routeSlice(); });
}

void CanvasScene::finishRouting()
{
    ensureLayout();
    if (!routingPending()) return;
    while (routingPending())
        routeNext();
    emit routed();
}

const model::Layout& CanvasScene::layout()
{
    ensureLayout();
    return m_layout;
}

void CanvasScene::itemGeometryChanged(ComponentItem* item)
{
    m_nodeGrid.place(item, item->look() == ComponentItem::Look::Node ? item->box() : QRectF());
    m_labelGrid.place(item, item->labelRect());
    m_containerGrid.place(item, item->isContainer() ? item->box() : QRectF());
    m_router.setObstacles(item->id().value, item->obstacles());
    const QRectF b = item->box();
    m_router.setFrames(item->id().value,
                       item->look() == ComponentItem::Look::Node
                           ? std::vector<model::Geometry>{}
                           : std::vector<model::Geometry>{{b.x(), b.y(), b.width(), b.height()}});
}

std::vector<ComponentItem*> CanvasScene::nodesNear(const QRectF& area) const
{
    std::vector<ComponentItem*> out;
    m_nodeGrid.forEachNear(area, [&](ComponentItem* item, const QRectF&) { out.push_back(item); });
    return out;
}

std::vector<ComponentItem*> CanvasScene::labelsNear(const QRectF& area) const
{
    std::vector<ComponentItem*> out;
    m_labelGrid.forEachNear(area, [&](ComponentItem* item, const QRectF&) { out.push_back(item); });
    // Topmost first, as the scene would stack them; file order among equals.
    std::sort(out.begin(), out.end(), [this](ComponentItem* a, ComponentItem* b) {
        if (a->zValue() != b->zValue()) return a->zValue() > b->zValue();
        return design().indexOf(a->id()) > design().indexOf(b->id());
    });
    return out;
}

void CanvasScene::reattach()
{
    m_attachDirty = false;
    m_attached.clear();
    for (auto& [id, item] : m_connections) {
        const model::Connection* c = design().connection(id);
        if (!c) continue;
        m_attached[c->from].push_back(item);
        m_attached[c->to].push_back(item);
    }
}

void CanvasScene::rerouteAttached(const ComponentId& id)
{
    if (m_attachDirty) reattach();
    auto it = m_attached.find(id);
    if (it == m_attached.end()) return;
    for (ConnectionItem* c : it->second)
        c->reroute();
}

bool CanvasScene::isDescendantOf(const ComponentId& id, const ComponentId& ancestor) const
{
    const model::Component* c = design().component(id);
    for (size_t steps = 0; c && !c->parent.empty() && steps < 64; ++steps) {
        if (c->parent == ancestor) return true;
        c = design().component(c->parent);
    }
    return false;
}

CanvasScene::Target CanvasScene::targetAt(const std::string& kind, const QPointF& pos,
                                          const ComponentId& self) const
{
    std::vector<ComponentItem*> containers;
    m_containerGrid.forEachNear(
        QRectF(pos, QSizeF(1, 1)), [&](ComponentItem* ci, const QRectF& box) {
            if (!box.contains(pos)) return;
            if (!self.empty() && (ci->id() == self || isDescendantOf(ci->id(), self))) return;
            containers.push_back(ci);
        });
    std::sort(containers.begin(), containers.end(), [](ComponentItem* a, ComponentItem* b) {
        const QRectF ra = a->box(), rb = b->box();
        return ra.width() * ra.height() < rb.width() * rb.height();
    });
    const auto& policy = controller().containment();
    for (ComponentItem* c : containers)
        if (!policy.refusal(design(), kind, c->id(), self)) return {c->id(), {}};
    if (!policy.refusal(design(), kind, ComponentId{}, self)) return {ComponentId{}, {}};
    // Why the innermost container under the point refuses it, asked of the design: a
    // NAT gateway on a private subnet, a subnet in an AZ outside a VPC.
    std::optional<std::string> why;
    if (!containers.empty()) why = policy.refusal(design(), kind, containers.front()->id(), self);
    if (!why) why = policy.refusal(design(), kind, ComponentId{}, self);
    return {ComponentId{}, model::EditResult::refused(why.value_or(""))};
}

std::vector<std::string> CanvasScene::zonesUnder(const QRectF& box, const ComponentId& region) const
{
    std::vector<std::pair<qreal, std::string>> found;
    for (const model::Component* c : design().children(region)) {
        if (!catalog().isZone(c->kind)) continue;
        ComponentItem* zone = componentItem(c->id);
        if (!zone) continue;
        const QRectF z = zone->box();
        const qreal overlapX = std::min(z.right(), box.right()) - std::max(z.left(), box.left());
        const qreal overlapY = std::min(z.bottom(), box.bottom()) - std::max(z.top(), box.top());
        if (overlapX >= 24 && overlapY > 0) found.emplace_back(z.left(), c->id.value);
    }
    std::sort(found.begin(), found.end());
    std::vector<std::string> out;
    for (auto& f : found)
        out.push_back(f.second);
    return out;
}

QRectF CanvasScene::boxOf(const ComponentId& id) const
{
    ComponentItem* item = componentItem(id);
    return item ? item->box() : QRectF();
}

model::EditResult CanvasScene::report(model::EditResult result)
{
    if (!result) emit statusMessage(QString::fromStdString(result.reason()));
    return result;
}

model::EditResult CanvasScene::dropKind(const std::string& kind, const QPointF& pos)
{
    ensureLayout();
    const model::KindSpec* spec = catalog().find(kind);
    if (!spec)
        return report(model::EditResult::refused("There is no component kind \"" + kind + "\"."));
    if (!m_gateway) return report(model::EditResult::refused("This canvas is read-only."));
    Target t = targetAt(kind, pos);
    if (!t.result) return report(t.result);
    const QSizeF size = dropSize(*spec);
    const QPointF topLeft(model::snapToGrid(pos.x() - size.width() / 2),
                          model::snapToGrid(pos.y() - size.height() / 2));
    const QRectF box(topLeft, size);
    std::optional<std::vector<std::string>> zones;
    const model::Component* parent = design().component(t.parent);
    if (spec->spansZones && parent && catalog().isRegion(parent->kind)) {
        auto under = zonesUnder(box, t.parent);
        if (!under.empty()) zones = under;
    }
    const QPointF origin = parent ? boxOf(t.parent).topLeft() : QPointF();
    model::Geometry g{topLeft.x() - origin.x(), topLeft.y() - origin.y(), size.width(),
                      size.height()};
    std::vector<ComponentId> added;
    m_added = &added;
    const model::EditResult result = m_gateway->addComponent(kind, t.parent, g, zones);
    m_added = nullptr;
    if (!result) return report(result);
    // What was just added is what the user works on next: the inspector shows it.
    ensureLayout();
    selectComponents(added);
    const model::KindSpec* label = catalog().find(kind);
    emit statusMessage(QStringLiteral("Added %1").arg(QString::fromStdString(label->label)));
    return model::EditResult::applied();
}

std::optional<MoveRequest> CanvasScene::requestFor(ComponentItem* item,
                                                   model::EditResult& result) const
{
    const model::Component* c = design().component(item->id());
    if (!c) return std::nullopt;
    const QRectF box = item->box();
    // A node belongs where its icon is; a frame where its top-left corner is.
    const QPointF probe = item->isContainer() ? box.topLeft() + QPointF(4, 4)
                          : item->look() == ComponentItem::Look::Node
                              ? QPointF(box.center().x(), box.top() + 24)
                              : box.center();
    Target t = targetAt(c->kind, probe, c->id);
    if (!t.result) {
        result = t.result;
        return std::nullopt;
    }
    MoveRequest r;
    r.id = c->id;
    r.parent = t.parent;
    const QPointF origin = t.parent.empty() ? QPointF() : boxOf(t.parent).topLeft();
    r.geometry = {box.left() - origin.x(), box.top() - origin.y(), box.width(), box.height()};
    const model::KindSpec* spec = catalog().find(c->kind);
    const model::Component* parent = design().component(t.parent);
    if (spec && spec->spansZones && parent && catalog().isRegion(parent->kind)) {
        auto under = zonesUnder(box, t.parent);
        if (under != catalog().idList(*c, "zones")) r.zones = under;
    }
    return r;
}

model::EditResult CanvasScene::commitMoves()
{
    std::vector<ComponentItem*> moved;
    for (auto& [id, item] : m_items) {
        const model::Geometry* g = m_layout.box(id);
        if (!g) continue;
        if (QRectF(g->x, g->y, g->w, g->h) != item->box()) moved.push_back(item);
    }
    if (moved.empty()) return model::EditResult::applied();
    std::vector<MoveRequest> requests;
    model::EditResult result;
    for (ComponentItem* item : moved) {
        bool ancestorMoved = std::any_of(moved.begin(), moved.end(), [&](ComponentItem* other) {
            return other != item && isDescendantOf(item->id(), other->id());
        });
        if (ancestorMoved) continue;
        if (auto r = requestFor(item, result))
            requests.push_back(*r);
        else
            break;
    }
    if (result && m_gateway)
        result = m_gateway->moveComponents(requests);
    else if (!m_gateway)
        result = model::EditResult::refused("This canvas is read-only.");
    if (!result) {
        // Put everything back where the model says it is.
        m_layoutDirty = true;
        ensureLayout();
        return report(result);
    }
    ensureLayout();
    return result;
}

model::EditResult CanvasScene::nudgeSelection(const QPointF& delta)
{
    ensureLayout();
    auto ids = selectedComponents();
    if (ids.empty()) return model::EditResult::applied();
    for (const auto& id : ids) {
        ComponentItem* item = componentItem(id);
        bool ancestorSelected = std::any_of(
            ids.begin(), ids.end(), [&](const ComponentId& o) { return isDescendantOf(id, o); });
        if (ancestorSelected) continue;
        item->moveSilently(delta);
        moveDescendants(id, delta);
    }
    return commitMoves();
}

void CanvasScene::moveDescendants(const ComponentId& id, const QPointF& delta)
{
    if (!componentItem(id) || !componentItem(id)->isContainer()) return;
    for (auto& [key, item] : m_items) {
        if (item->isSelected() || !isDescendantOf(key, id)) continue;
        item->moveSilently(delta);
        rerouteAttached(key);
    }
}

void CanvasScene::itemDragged(ComponentItem* item, const QPointF& delta)
{
    if (!delta.isNull()) moveDescendants(item->id(), delta);
    rerouteAttached(item->id());
}

void CanvasScene::itemResized(ComponentItem*)
{
    commitMoves();
}

std::vector<ComponentId> CanvasScene::selectedComponents() const
{
    std::vector<ComponentId> out;
    for (QGraphicsItem* it : selectedItems())
        if (it->type() == ComponentItem::Type) out.push_back(static_cast<ComponentItem*>(it)->id());
    // File order, so copies and removals are stable.
    std::sort(out.begin(), out.end(), [this](const ComponentId& a, const ComponentId& b) {
        return design().indexOf(a) < design().indexOf(b);
    });
    return out;
}

std::vector<ConnectionId> CanvasScene::selectedConnections() const
{
    std::vector<ConnectionId> out;
    for (QGraphicsItem* it : selectedItems())
        if (it->type() == ConnectionItem::Type)
            out.push_back(static_cast<ConnectionItem*>(it)->id());
    return out;
}

void CanvasScene::selectComponents(const std::vector<ComponentId>& ids)
{
    clearSelection();
    for (const auto& id : ids)
        if (ComponentItem* item = componentItem(id)) item->setSelected(true);
}

std::vector<ComponentId> CanvasScene::keyboardOrder() const
{
    // One pass for every parent's children, then depth first: linear in the design.
    std::unordered_map<ComponentId, std::vector<ComponentId>> kids;
    for (const auto& c : design().components())
        kids[c.parent].push_back(c.id);
    std::vector<ComponentId> out;
    out.reserve(design().components().size());
    std::vector<ComponentId> open;
    const auto push = [&](const ComponentId& parent) {
        auto it = kids.find(parent);
        if (it == kids.end()) return;
        for (auto k = it->second.rbegin(); k != it->second.rend(); ++k)
            open.push_back(*k);
    };
    push(ComponentId{});
    while (!open.empty() && out.size() <= design().components().size()) {
        ComponentId at = open.back();
        open.pop_back();
        if (componentItem(at)) out.push_back(at);
        push(at);
    }
    return out;
}

bool CanvasScene::selectNext(bool forward)
{
    const auto order = keyboardOrder();
    if (order.empty()) return false;
    const auto selected = selectedComponents();
    size_t next = forward ? 0 : order.size() - 1;
    if (!selected.empty()) {
        // From the last selected going forward, the first going back.
        const ComponentId& from = forward ? selected.back() : selected.front();
        auto at = std::find(order.begin(), order.end(), from);
        if (at != order.end()) {
            const size_t i = static_cast<size_t>(at - order.begin());
            next = forward ? (i + 1) % order.size() : (i + order.size() - 1) % order.size();
        }
    }
    selectComponents({order[next]});
    return true;
}

} // namespace azimuth::views
