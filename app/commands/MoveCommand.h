#pragma once

#include "model/controller/DocumentController.h"

#include <QUndoCommand>

namespace azimuth::app {

/// Gives a component a new box, and a new parent when it was dropped into another
/// container. Pushed once when the drag ends, never per mouse move.
class MoveCommand : public QUndoCommand
{
  public:
    MoveCommand(model::DocumentController& controller, model::ComponentId id,
                model::ComponentId newParent, std::optional<model::Geometry> newGeometry,
                QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

  private:
    void apply(const model::ComponentId& parent, const std::optional<model::Geometry>& g);

    model::DocumentController& m_controller;
    model::ComponentId m_id;
    model::ComponentId m_oldParent;
    model::ComponentId m_newParent;
    std::optional<model::Geometry> m_oldGeometry;
    std::optional<model::Geometry> m_newGeometry;
};

} // namespace azimuth::app
