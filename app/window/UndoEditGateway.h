#pragma once
// The views' edit requests, answered with undoable commands on one undo stack. It asks
// the controller first (the controller's `can...` checks) so a refused edit never
// reaches the stack, and hands back the controller's refusal unchanged.

#include "model/cost/PriceCatalog.h"
#include "views/core/EditGateway.h"

#include <QString>
#include <functional>

class QUndoStack;

namespace azimuth::app {

class UndoEditGateway : public views::EditGateway
{
  public:
    UndoEditGateway(model::DocumentController& controller, QUndoStack& stack);

    model::EditResult addComponent(const std::string& kind, const model::ComponentId& parent,
                                   const model::Geometry& geometry,
                                   std::optional<std::vector<std::string>> zones) override;
    model::EditResult moveComponents(const std::vector<views::MoveRequest>& moves) override;
    model::EditResult addConnection(const model::ComponentId& from,
                                    const model::ComponentId& to) override;
    model::EditResult setProperty(const model::ComponentId& id, const std::string& name,
                                  model::Json value) override;
    model::EditResult setConnectionProps(const model::ConnectionId& id, model::Json props) override;
    model::EditResult setConnectionLabel(const model::ConnectionId& id,
                                         std::optional<std::string> label) override;
    model::EditResult setConnectionMode(const model::ConnectionId& id,
                                        std::optional<std::string> mode) override;
    model::EditResult rename(const model::ComponentId& id, const std::string& name) override;
    void remove(const std::vector<model::ComponentId>& components,
                const std::vector<model::ConnectionId>& connections) override;
    /// Adds copied components and connections (already given fresh ids) as one edit.
    model::EditResult paste(std::vector<model::Component> components,
                            std::vector<model::Connection> connections);

    /// Arrange > Tidy: lays out `scope` (nothing: the whole design) afresh as one edit,
    /// everything else pinned where it is; false when nothing would move.
    bool tidy(const std::vector<model::ComponentId>& scope);

    /// The id the next component of a kind gets.
    model::ComponentId nextId(const std::string& kind) const;
    /// Where zone names of regions come from (the built-in catalog unless set).
    void setPrices(std::function<const model::PriceCatalog&()> prices)
    {
        m_prices = std::move(prices);
    }

  private:
    const model::PriceCatalog& prices() const;
    /// Pushes the step that lets everything fit after `ids` took their boxes.
    void makeRoomFor(const std::vector<model::ComponentId>& ids);
    /// A new component's name and box where its region decides them: an Availability
    /// Zone named after the next free zone, beside the zones already there; a group
    /// across its zones' columns; a database's zones from the column it is in.
    void fitNew(model::Component& c) const;
    /// The zones a failover node drawn where it is now uses, if they change.
    std::optional<std::vector<std::string>> followedZones(const model::ComponentId& id,
                                                          bool failover) const;
    /// Pushes renames of a region's AZs that carry a name generated for `oldCode`.
    void renameZones(const model::ComponentId& region, const std::string& oldCode,
                     const std::string& newCode);

    /// Starts a macro that first fixes the automatic layout when the design has one.
    void beginGeometryEdit(const QString& text);

    model::DocumentController& m_controller;
    QUndoStack& m_stack;
    std::function<const model::PriceCatalog&()> m_prices;
};

} // namespace azimuth::app
