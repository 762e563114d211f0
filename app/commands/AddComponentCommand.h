#pragma once

#include "model/controller/DocumentController.h"

#include <QUndoCommand>

namespace azimuth::app {

/// Adds one component; undo removes it again.
class AddComponentCommand : public QUndoCommand
{
  public:
    AddComponentCommand(model::DocumentController& controller, model::Component component,
                        QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    /// What became of the last redo (refused: the controller's reason).
    const model::EditResult& result() const { return m_result; }

  private:
    model::DocumentController& m_controller;
    model::Component m_component;
    int m_index = -1;
    model::EditResult m_result;
};

} // namespace azimuth::app
