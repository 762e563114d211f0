#pragma once

#include "model/controller/DocumentController.h"

#include <QUndoCommand>

namespace azimuth::app {

/// Replaces the design's settings (the settings dialog); undo puts the old ones back.
class SetSettingsCommand : public QUndoCommand
{
  public:
    SetSettingsCommand(model::DocumentController& controller, model::Settings settings,
                       QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

  private:
    model::DocumentController& m_controller;
    model::Settings m_before;
    model::Settings m_after;
};

} // namespace azimuth::app
