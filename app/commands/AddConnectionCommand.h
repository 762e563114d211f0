#pragma once

#include "model/controller/DocumentController.h"

#include <QUndoCommand>

namespace azimuth::app {

/// Adds one connection; undo removes it.
class AddConnectionCommand : public QUndoCommand
{
  public:
    AddConnectionCommand(model::DocumentController& controller, model::Connection connection,
                         QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    const model::Refusal& refusal() const { return m_refusal; }

  private:
    model::DocumentController& m_controller;
    model::Connection m_connection;
    model::Refusal m_refusal;
};

} // namespace azimuth::app
