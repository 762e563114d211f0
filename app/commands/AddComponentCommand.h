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
    /// Why the last redo was refused, if it was.
    const model::Refusal& refusal() const { return m_refusal; }

  private:
    model::DocumentController& m_controller;
    model::Component m_component;
    int m_index = -1;
    model::Refusal m_refusal;
};

} // namespace azimuth::app
