#pragma once
// The scene of a design: one item per component and per connection, keyed by id, updated
// only for what the model says changed. Item boxes come from the layout, recomputed once
// after a burst of changes.

#include "CanvasTheme.h"
#include "SpatialGrid.h"
#include "model/layout/AutoLayout.h"
#include "model/layout/OrthogonalRouter.h"
#include "views/core/EditGateway.h"
#include "views/core/ModelSignals.h"

#include <QGraphicsScene>
#include <unordered_map>
#include <vector>

namespace azimuth::views {

class ComponentItem;
class ConnectionItem;
class StandbyMark;

class CanvasScene : public QGraphicsScene
{
    Q_OBJECT
  public:
    explicit CanvasScene(ModelSignals& modelSignals, QObject* parent = nullptr);

    model::DocumentController& controller() const { return m_signals.controller(); }
    /// The model's changes as signals, for widgets that follow what the canvas shows.
    ModelSignals& modelSignals() const { return m_signals; }
    const model::Design& design() const { return controller().design(); }
    const model::KindCatalog& catalog() const { return controller().catalog(); }
    void setGateway(EditGateway* gateway) { m_gateway = gateway; }
    EditGateway* gateway() const { return m_gateway; }

    ComponentItem* componentItem(const model::ComponentId& id) const;
    ConnectionItem* connectionItem(const model::ConnectionId& id) const;
    size_t componentItemCount() const { return m_items.size(); }
    size_t connectionItemCount() const { return m_connections.size(); }
    /// The standby drawn for a Multi-AZ database, if it has one.
    StandbyMark* standbyMark(const model::ComponentId& database) const;

    /// The colours items draw text and lines in; setting it repaints.
    const CanvasTheme& theme() const { return m_theme; }
    void setTheme(const CanvasTheme& theme);
    /// Routes every arrow around the items' icons, names and titles.
    model::OrthogonalRouter& router() { return m_router; }
    /// Routes every connection again, in file order (the order decides who gets the
    /// straighter path, so the same design always draws the same). The first
    /// kRoutedAtOnce are routed now; the rest a slice at a time from the event loop, drawn
    /// as straight lines until then, so that a large design opens at once.
    void rerouteAll();
    /// Routes now whatever is still waiting (exports need every route).
    void finishRouting();
    /// Whether some arrows are still straight lines waiting for their routes.
    bool routingPending() const { return m_routeNext < m_routeQueue.size(); }
    static constexpr size_t kRoutedAtOnce = 64;
    /// Whether a relayout is due: routes drawn now would be thrown away.
    bool layoutPending() const { return m_layoutDirty; }

    /// Brings item boxes up to date with the model now (normally done after each burst).
    void ensureLayout();
    const model::Layout& layout();

    /// Where a component of `kind` would land at a scene point: the innermost container
    /// there that may hold it (or the top level), else why not.
    struct Target
    {
        model::ComponentId parent;
        /// Refused when no container there may hold the kind (nor the top level).
        model::EditResult result;
    };
    Target targetAt(const std::string& kind, const QPointF& scenePos,
                    const model::ComponentId& self = {}) const;
    /// The zones of `region` that a box lies across, left to right.
    std::vector<std::string> zonesUnder(const QRectF& box, const model::ComponentId& region) const;
    /// The absolute box of a component as drawn.
    QRectF boxOf(const model::ComponentId& id) const;

    /// Asks the gateway to add a component of `kind` dropped at a scene point; the new
    /// component is then the selection.
    model::EditResult dropKind(const std::string& kind, const QPointF& scenePos);
    /// Turns items the user dragged into one move request; puts back a refused one.
    model::EditResult commitMoves();
    /// Moves the selected components by a delta, as one edit.
    model::EditResult nudgeSelection(const QPointF& delta);

    std::vector<model::ComponentId> selectedComponents() const;
    std::vector<model::ConnectionId> selectedConnections() const;
    void selectComponents(const std::vector<model::ComponentId>& ids);
    /// Every component in keyboard order: each container, then what it holds, siblings in
    /// file order (an outline of the design, independent of where things are drawn).
    std::vector<model::ComponentId> keyboardOrder() const;
    /// Selects the component after (or before) the selected one in keyboard order,
    /// wrapping around; the first (or last) when none is selected. False when there are
    /// no components.
    bool selectNext(bool forward);

    /// Component icons (not containers or bands) whose boxes meet `area`: what arrows
    /// route around.
    std::vector<ComponentItem*> nodesNear(const QRectF& area) const;
    /// Containers whose titles (labelRect) meet `area`, topmost first: what an arrow
    /// dropping into a container steps aside from.
    std::vector<ComponentItem*> labelsNear(const QRectF& area) const;
    /// Called by an item whose box, look or title changed, to keep the grids current.
    void itemGeometryChanged(ComponentItem* item);

    /// Called by items while the user drags or resizes them.
    void itemDragged(ComponentItem* item, const QPointF& delta);
    void itemResized(ComponentItem* item);

  signals:
    /// A message for the status bar (a refused drop says why).
    void statusMessage(const QString& text);
    /// Boxes changed after a relayout.
    void laidOut();
    /// Every arrow has its route (after rerouteAll, once the waiting ones are done).
    void routed();

  private:
    void rebuild();
    void addComponentItem(const model::ComponentId& id);
    void addConnectionItem(const model::ConnectionId& id);
    void removeConnectionItem(const QString& id);
    void scheduleLayout();
    void reattach();
    void rerouteAttached(const model::ComponentId& id);
    /// Draws each Multi-AZ database's standby in its standby zone's column.
    void placeStandbys();
    /// Routes the next waiting connection.
    void routeNext();
    /// Routes waiting connections for a few milliseconds, then yields to the event loop.
    void routeSlice();
    void moveDescendants(const model::ComponentId& id, const QPointF& delta);
    bool isDescendantOf(const model::ComponentId& id, const model::ComponentId& ancestor) const;
    std::optional<MoveRequest> requestFor(ComponentItem* item, model::EditResult& result) const;
    model::EditResult report(model::EditResult result);

    ModelSignals& m_signals;
    EditGateway* m_gateway = nullptr;
    std::unordered_map<model::ComponentId, ComponentItem*> m_items;
    std::unordered_map<model::ConnectionId, ConnectionItem*> m_connections;
    std::unordered_map<model::ComponentId, std::vector<ConnectionItem*>> m_attached;
    std::unordered_map<model::ComponentId, StandbyMark*> m_standbys;
    model::Layout m_layout;
    SpatialGrid<ComponentItem> m_nodeGrid;
    SpatialGrid<ComponentItem> m_labelGrid;
    SpatialGrid<ComponentItem> m_containerGrid;
    CanvasTheme m_theme;
    model::OrthogonalRouter m_router;
    bool m_layoutDirty = true;
    bool m_attachDirty = true;
    bool m_layoutScheduled = false;
    std::vector<model::ConnectionId> m_routeQueue; ///< file order, for rerouteAll
    size_t m_routeNext = 0;
    bool m_routeScheduled = false;
    /// While set, the components the model adds are appended here (what a drop added).
    std::vector<model::ComponentId>* m_added = nullptr;
};

} // namespace azimuth::views
