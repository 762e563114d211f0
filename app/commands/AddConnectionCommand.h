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
    /// What became of the last redo (refused: the controller's reason).
    const model::EditResult& result() const { return m_result; }

  private:
    model::DocumentController& m_controller;
    model::Connection m_connection;
    model::EditResult m_result;
};

} // namespace azimuth::app
