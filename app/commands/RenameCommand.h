#pragma once

#include "model/controller/DocumentController.h"

#include <QUndoCommand>

namespace azimuth::app {

/// Renames a component; an empty name removes it (the id shows again).
class RenameCommand : public QUndoCommand
{
  public:
    RenameCommand(model::DocumentController& controller, model::ComponentId id, std::string name,
                  QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

  private:
    model::DocumentController& m_controller;
    model::ComponentId m_id;
    std::optional<std::string> m_before;
    std::optional<std::string> m_after;
};

} // namespace azimuth::app
