#pragma once
// The views' edit requests, answered with undoable commands on one undo stack. It checks
// containment first so a refused edit never reaches the stack.

#include "views/core/EditGateway.h"

#include <QString>

class QUndoStack;

namespace azimuth::app {

class UndoEditGateway : public views::EditGateway
{
  public:
    UndoEditGateway(model::DocumentController& controller, QUndoStack& stack);

    model::Refusal addComponent(const std::string& kind, const model::ComponentId& parent,
                                const model::Geometry& geometry,
                                std::optional<std::vector<std::string>> zones) override;
    model::Refusal moveComponents(const std::vector<views::MoveRequest>& moves) override;
    model::Refusal addConnection(const model::ComponentId& from,
                                 const model::ComponentId& to) override;
    model::Refusal setProperty(const model::ComponentId& id, const std::string& name,
                               model::Json value) override;
    model::Refusal rename(const model::ComponentId& id, const std::string& name) override;
    void remove(const std::vector<model::ComponentId>& components,
                const std::vector<model::ConnectionId>& connections) override;
    /// Adds copied components and connections (already given fresh ids) as one edit.
    model::Refusal paste(std::vector<model::Component> components,
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
