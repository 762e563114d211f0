#pragma once

#include "model/controller/DocumentController.h"

#include <QUndoCommand>

namespace azimuth::app {

/// Sets one property of a component; undo puts all its props back as they were.
class SetPropertyCommand : public QUndoCommand
{
  public:
    SetPropertyCommand(model::DocumentController& controller, model::ComponentId id,
                       std::string name, model::Json value, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    /// What became of the last redo (refused: the controller's reason).
    const model::EditResult& result() const { return m_result; }

  private:
    model::DocumentController& m_controller;
    model::ComponentId m_id;
    std::string m_name;
    model::Json m_value;
    model::Json m_before;
    model::EditResult m_result;
};

} // namespace azimuth::app
