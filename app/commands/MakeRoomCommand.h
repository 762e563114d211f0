#pragma once

#include "model/controller/DocumentController.h"

#include <QUndoCommand>
#include <optional>
#include <utility>
#include <vector>

namespace azimuth::app {

/// The boxes an edit moves or grows to make room (model/layout/RoomMaker): containers that
/// grow, siblings that step aside. Pushed inside the edit's own step; undo puts them back.
class MakeRoomCommand : public QUndoCommand
{
  public:
    MakeRoomCommand(model::DocumentController& controller,
                    std::vector<std::pair<model::ComponentId, model::Geometry>> boxes,
                    QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

  private:
    struct Change
    {
        model::ComponentId id;
        std::optional<model::Geometry> before;
        model::Geometry after;
    };
    model::DocumentController& m_controller;
    std::vector<Change> m_changes;
};

} // namespace azimuth::app
