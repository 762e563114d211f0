#pragma once

#include "model/controller/DocumentController.h"

#include <QUndoCommand>

namespace azimuth::app {

/// Gives a connection a label ("HTTPS"), or takes it away; undo puts the old one back.
class SetConnectionLabelCommand : public QUndoCommand
{
  public:
    SetConnectionLabelCommand(model::DocumentController& controller, model::ConnectionId id,
                              std::optional<std::string> label, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

  private:
    model::DocumentController& m_controller;
    model::ConnectionId m_id;
    std::optional<std::string> m_before;
    std::optional<std::string> m_after;
};

} // namespace azimuth::app
