#pragma once

#include "model/controller/DocumentController.h"

#include <QUndoCommand>

namespace azimuth::app {

/// Replaces a connection's props (its traffic); undo puts the old ones back.
class SetConnectionPropsCommand : public QUndoCommand
{
  public:
    SetConnectionPropsCommand(model::DocumentController& controller, model::ConnectionId id,
                              model::Json props, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    /// What became of the last redo (refused: the controller's reason).
    const model::EditResult& result() const { return m_result; }

  private:
    model::DocumentController& m_controller;
    model::ConnectionId m_id;
    model::Json m_props;
    model::Json m_before;
    model::EditResult m_result;
};

} // namespace azimuth::app
