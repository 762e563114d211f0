#pragma once
// The views' edit requests, answered with undoable commands on one undo stack. It asks
// the controller first (the controller's `can...` checks) so a refused edit never
// reaches the stack, and hands back the controller's refusal unchanged.

#include "views/core/EditGateway.h"

#include <QString>

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

  private:
    /// Starts a macro that first fixes the automatic layout when the design has one.
    void beginGeometryEdit(const QString& text);

    model::DocumentController& m_controller;
    QUndoStack& m_stack;
};

} // namespace azimuth::app
