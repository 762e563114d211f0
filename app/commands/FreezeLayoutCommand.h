#pragma once

#include "model/controller/DocumentController.h"
#include "model/layout/AutoLayout.h"

#include <QUndoCommand>

namespace azimuth::app {

/// Writes the automatic layout into the components that have no geometry, so the first
/// hand edit of a laid-out design moves only what the user touched. Undo takes the
/// geometry away again. Always part of a larger edit's macro.
class FreezeLayoutCommand : public QUndoCommand
{
  public:
    FreezeLayoutCommand(model::DocumentController& controller, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    /// Whether any component lacks geometry (else this command has nothing to do).
    static bool needed(const model::Design& design);

  private:
    model::DocumentController& m_controller;
    std::vector<std::pair<model::ComponentId, model::Geometry>> m_frozen;
};

} // namespace azimuth::app
