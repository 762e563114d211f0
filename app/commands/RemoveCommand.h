#pragma once

#include "model/controller/DocumentController.h"

#include <QUndoCommand>

namespace azimuth::app {

/// Removes components (with what they hold and their connections) and connections; undo
/// restores the value snapshots of what was taken, exactly where it stood.
class RemoveCommand : public QUndoCommand
{
  public:
    RemoveCommand(model::DocumentController& controller, std::vector<model::ComponentId> components,
                  std::vector<model::ConnectionId> connections, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

  private:
    model::DocumentController& m_controller;
    std::vector<model::ComponentId> m_components;
    std::vector<model::ConnectionId> m_connections;
    model::RemovalSnapshot m_connectionSnapshot;
    model::RemovalSnapshot m_componentSnapshot;
};

} // namespace azimuth::app
