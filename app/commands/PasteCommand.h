#pragma once

#include "model/controller/DocumentController.h"

#include <QUndoCommand>

namespace azimuth::app {

/// Adds pasted components and the connections between them: one child command each, so
/// undo takes them all away in reverse order.
class PasteCommand : public QUndoCommand
{
  public:
    PasteCommand(model::DocumentController& controller, std::vector<model::Component> components,
                 std::vector<model::Connection> connections, QUndoCommand* parent = nullptr);
};

} // namespace azimuth::app
