#pragma once

#include "model/controller/DocumentController.h"

#include <QUndoCommand>

namespace azimuth::app {

/// Makes a connection sync or async, or gives it back the default of its ends (no mode);
/// undo puts the old mode back.
class SetConnectionModeCommand : public QUndoCommand
{
  public:
    SetConnectionModeCommand(model::DocumentController& controller, model::ConnectionId id,
                             std::optional<std::string> mode, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

  private:
    model::DocumentController& m_controller;
    model::ConnectionId m_id;
    std::optional<std::string> m_before;
    std::optional<std::string> m_after;
};

} // namespace azimuth::app
